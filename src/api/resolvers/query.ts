// Root query fields: read the arguments, call graph/queries, return the records.
import { type EntityType, type FactKind } from '../../domain/index.js';
import {
  type Connection,
  type DocumentRecord,
  type EntityRecord,
  type FactRecord,
  type GraphStats,
  type StatementRecord,
  getDocument,
  graphStats,
  listDocuments,
  listEntities,
  listFacts,
  listStatements,
} from '../../graph/index.js';
import { type ApiContext } from '../context.js';

interface EntitiesArgs {
  readonly type?: EntityType | null;
  readonly search?: string | null;
  readonly first?: number | null;
  readonly after?: string | null;
}

/** Resolvers of `Query`. */
export const queryResolvers = {
  entity: (_: unknown, args: { readonly id: string }, context: ApiContext): Promise<EntityRecord | null> =>
    context.loaders.entity.load(args.id),

  entities: (_: unknown, args: EntitiesArgs, context: ApiContext): Connection<EntityRecord> => {
    const page = listEntities(context.store, args);
    for (const edge of page.edges) context.loaders.entity.prime(edge.node.id, edge.node);
    return page;
  },

  statements: (_: unknown, args: { readonly speaker?: string | null; readonly reportedBy?: string | null }, context: ApiContext): StatementRecord[] =>
    listStatements(context.store, args),

  facts: (_: unknown, args: { readonly kind?: FactKind | null }, context: ApiContext): FactRecord[] => listFacts(context.store, args),

  documents: (_: unknown, _args: unknown, context: ApiContext): DocumentRecord[] => listDocuments(context.store),

  document: (_: unknown, args: { readonly id: string }, context: ApiContext): DocumentRecord | null => getDocument(context.store, args),

  stats: (_: unknown, _args: unknown, context: ApiContext): GraphStats => graphStats(context.store),
};
