// The resolver map handed to Apollo. Fields not listed resolve to the record property of the
// same name (GraphQL's default resolver).
import { relationCurationFieldResolvers, relationCurationResolvers } from './curation.js';
import { entityResolvers, mentionsResolvers } from './entity.js';
import { exploreQueryResolvers } from './explore.js';
import {
  abstractTypeResolvers,
  communityResolvers,
  neighborConnectionResolvers,
  neighborEdgeResolvers,
  pathResolvers,
  pathStepResolvers,
  searchEdgeResolvers,
  snippetResolvers,
  subgraphNodeResolvers,
  timelineEntryResolvers,
} from './explore-types.js';
import { factKindValues } from './enums.js';
import { ingestResultResolvers, mutationResolvers } from './mutation.js';
import { queryResolvers } from './query.js';
import { documentResolvers, evidenceResolvers, factResolvers, figureResolvers, relationResolvers, statementResolvers } from './records.js';

/** Every resolver of the API, by type name. */
export const resolvers = {
  Query: { ...queryResolvers, ...exploreQueryResolvers },
  Mutation: mutationResolvers,
  IngestResult: ingestResultResolvers,
  Entity: entityResolvers,
  Mentions: mentionsResolvers,
  Relation: { ...relationResolvers, ...relationCurationFieldResolvers },
  RelationCuration: relationCurationResolvers,
  Statement: statementResolvers,
  Fact: factResolvers,
  Evidence: evidenceResolvers,
  Figure: figureResolvers,
  Document: documentResolvers,
  FactKind: factKindValues,
  SearchEdge: searchEdgeResolvers,
  Snippet: snippetResolvers,
  NeighborConnection: neighborConnectionResolvers,
  NeighborEdge: neighborEdgeResolvers,
  SubgraphNode: subgraphNodeResolvers,
  Path: pathResolvers,
  PathStep: pathStepResolvers,
  Community: communityResolvers,
  TimelineEntry: timelineEntryResolvers,
  ...abstractTypeResolvers,
};
