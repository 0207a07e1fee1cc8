// Fields of `Relation`, `Statement`, `Fact` and `Document` that point at entities: ids in the
// store, entities in the API, fetched through the request's DataLoader.
import { type EntityType } from '../../domain/index.js';
import { type DocumentRecord, type EntityRecord, type FactRecord, type RelationRecord, type StatementRecord } from '../../graph/index.js';
import { type ApiContext } from '../context.js';
import { loadEntities, loadEntity, loadRequiredEntity } from './load.js';

/** Resolvers of `Relation`. */
export const relationResolvers = {
  source: (relation: RelationRecord, _args: unknown, context: ApiContext): Promise<EntityRecord> =>
    loadRequiredEntity(context, relation.source),
  target: (relation: RelationRecord, _args: unknown, context: ApiContext): Promise<EntityRecord> =>
    loadRequiredEntity(context, relation.target),
};

/** Resolvers of `Statement`. */
export const statementResolvers = {
  speaker: (statement: StatementRecord, _args: unknown, context: ApiContext): Promise<EntityRecord | null> =>
    loadEntity(context, statement.speaker),
  reportedBy: (statement: StatementRecord, _args: unknown, context: ApiContext): Promise<EntityRecord | null> =>
    loadEntity(context, statement.reportedBy),
};

/** Resolvers of `Fact`. */
export const factResolvers = {
  subject: (fact: FactRecord, _args: unknown, context: ApiContext): Promise<EntityRecord | null> => loadEntity(context, fact.subject),
};

/** Resolvers of `Document`. */
export const documentResolvers = {
  entities: async (document: DocumentRecord, args: { readonly types?: readonly EntityType[] | null }, context: ApiContext): Promise<EntityRecord[]> => {
    const entities = await loadEntities(context, context.store.entitiesOfDocument(document.id));
    return args.types === undefined || args.types === null || args.types.length === 0 ? entities : entities.filter((e) => args.types?.includes(e.type));
  },
};
