// Root query fields: read the arguments, call graph/queries, return the records.
import {
  type Connection,
  type DocumentRecord,
  type EntityRecord,
  type FactRecord,
  type FiguresOptions,
  type FigureRecord,
  type GraphStats,
  type ListDocumentsOptions,
  type ListEntitiesOptions,
  type ListFactsOptions,
  type ListStatementsOptions,
  type RelationRecord,
  type StatementRecord,
  getDocument,
  getRelation,
  graphStats,
  listDocuments,
  listEntities,
  listFacts,
  listFigures,
  listStatements,
} from '../../graph/index.js';
import { type ApiContext } from '../context.js';
import { type CurationRecord, curationPage, curationRecord } from '../../service/index.js';

/** Resolvers of `Query`. */
export const queryResolvers = {
  entity: (_: unknown, args: { readonly id: string }, context: ApiContext): EntityRecord | null => context.loaders.entity.get(args.id),

  entities: (_: unknown, args: ListEntitiesOptions, context: ApiContext): Connection<EntityRecord> => {
    const page = listEntities(context.store, args);
    for (const edge of page.edges) context.loaders.entity.prime(edge.node.id, edge.node);
    return page;
  },

  statements: (_: unknown, args: ListStatementsOptions, context: ApiContext): StatementRecord[] => listStatements(context.store, args),

  facts: (_: unknown, args: ListFactsOptions, context: ApiContext): FactRecord[] => listFacts(context.store, args),

  figures: (_: unknown, args: FiguresOptions, context: ApiContext): FigureRecord[] => listFigures(context.store, args),

  documents: (_: unknown, args: ListDocumentsOptions, context: ApiContext): DocumentRecord[] => listDocuments(context.store, args),

  document: (_: unknown, args: { readonly id: string }, context: ApiContext): DocumentRecord | null => getDocument(context.store, args),

  stats: (_: unknown, _args: unknown, context: ApiContext): GraphStats => graphStats(context.store),

  relation: (_: unknown, args: { readonly id: string; readonly includeRejected?: boolean | null }, context: ApiContext): RelationRecord | null =>
    getRelation(context.store, args),

  curations: (_: unknown, args: { readonly first?: number | null; readonly after?: string | null }, context: ApiContext): Connection<CurationRecord> => {
    const page = curationPage(context.graph, args);
    return { ...page, edges: page.edges.map((edge) => ({ ...edge, node: curationRecord(edge.node) })) };
  },
};
