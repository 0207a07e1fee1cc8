// The resolver map handed to Apollo. Fields not listed resolve to the record property of the
// same name (GraphQL's default resolver).
import { entityResolvers } from './entity.js';
import { factKindValues } from './enums.js';
import { ingestResultResolvers, mutationResolvers } from './mutation.js';
import { queryResolvers } from './query.js';
import { documentResolvers, factResolvers, relationResolvers, statementResolvers } from './records.js';

/** Every resolver of the API, by type name. */
export const resolvers = {
  Query: queryResolvers,
  Mutation: mutationResolvers,
  IngestResult: ingestResultResolvers,
  Entity: entityResolvers,
  Relation: relationResolvers,
  Statement: statementResolvers,
  Fact: factResolvers,
  Document: documentResolvers,
  FactKind: factKindValues,
};
