// Root query fields for exploring the graph: global ids, search, paged lists, subgraphs, paths,
// communities, timelines and export. Each reads its arguments, calls one graph query and hands
// back the records; the types' own resolvers (explore-types.ts) shape them.
import { type EntityType, InvalidInputError, type RelationType } from '../../domain/index.js';
import {
  type CommunityRecord,
  type DateRange,
  type DocumentFilter,
  type DocumentOrderField,
  type DocumentRecord,
  type ExportFormat,
  type FactFilter,
  type FactOrderField,
  type FactRecord,
  type LazyConnection,
  type NodeRecord,
  type Order,
  type PathList,
  type PathRecord,
  type RelationFilter,
  type RelationOrderField,
  type RelationRecord,
  type SearchHit,
  type StatementFilter,
  type StatementOrderField,
  type StatementRecord,
  type SubgraphRecord,
  type TimelineEntry,
  type TimelineKind,
  allPaths,
  documentPage,
  exportAs,
  factPage,
  getNodes,
  listCommunities,
  listRelations,
  searchWhenIndexed,
  shortestPath,
  statementPage,
  subgraph,
  timeline,
} from '../../graph/index.js';
import { type ApiContext } from '../context.js';
import { type TaggedNode, tagNode } from './tags.js';

/** Most ids `nodes(ids)` takes at once. */
export const MAX_NODE_IDS = 100;

interface Page {
  readonly first?: number | null;
  readonly after?: string | null;
}

interface SearchArgs extends Page {
  readonly query: string;
  readonly types?: readonly EntityType[] | null;
}

interface ListArgs<F, O extends string> extends Page {
  readonly filter?: F | null;
  readonly orderBy?: Order<O> | null;
}

interface SubgraphArgs {
  readonly ids?: readonly string[] | null;
  readonly depth?: number | null;
  readonly limit?: number | null;
  readonly predicates?: readonly RelationType[] | null;
  readonly types?: readonly EntityType[] | null;
}

interface PathArgs {
  readonly from: string;
  readonly to: string;
  readonly maxLength?: number | null;
  readonly predicates?: readonly RelationType[] | null;
}

interface TimelineArgs extends Page {
  readonly entity: string;
  readonly kinds?: readonly TimelineKind[] | null;
  readonly published?: DateRange | null;
}

/** Resolvers of the exploration fields of `Query`. */
export const exploreQueryResolvers = {
  node: (_: unknown, args: { readonly id: string }, context: ApiContext): TaggedNode | null => {
    const [found] = getNodes(context.store, { ids: [args.id] });
    return found === undefined || found === null ? null : tagNode(found);
  },

  nodes: (_: unknown, args: { readonly ids: readonly string[] }, context: ApiContext): (TaggedNode | null)[] => {
    if (args.ids.length > MAX_NODE_IDS) throw new InvalidInputError(`nodes: at most ${MAX_NODE_IDS} ids, got ${args.ids.length}.`);
    return getNodes(context.store, args).map((found: NodeRecord | null) => (found === null ? null : tagNode(found)));
  },

  search: (_: unknown, args: SearchArgs, context: ApiContext): Promise<LazyConnection<SearchHit>> => searchWhenIndexed(context.store, args),

  relations: (_: unknown, args: ListArgs<RelationFilter, RelationOrderField>, context: ApiContext): LazyConnection<RelationRecord> =>
    listRelations(context.store, args),

  statementConnection: (_: unknown, args: ListArgs<StatementFilter, StatementOrderField>, context: ApiContext): LazyConnection<StatementRecord> =>
    statementPage(context.store, { ...args.filter, orderBy: args.orderBy ?? null, first: args.first ?? null, after: args.after ?? null }),

  factConnection: (_: unknown, args: ListArgs<FactFilter, FactOrderField>, context: ApiContext): LazyConnection<FactRecord> =>
    factPage(context.store, { ...args.filter, orderBy: args.orderBy ?? null, first: args.first ?? null, after: args.after ?? null }),

  documentConnection: (_: unknown, args: ListArgs<DocumentFilter, DocumentOrderField>, context: ApiContext): LazyConnection<DocumentRecord> =>
    documentPage(context.store, { ...args.filter, orderBy: args.orderBy ?? null, first: args.first ?? null, after: args.after ?? null }),

  subgraph: (_: unknown, args: SubgraphArgs, context: ApiContext): SubgraphRecord => subgraph(context.store, args),

  path: (_: unknown, args: PathArgs, context: ApiContext): PathRecord | null => shortestPath(context.store, args),

  paths: (_: unknown, args: PathArgs & { readonly first?: number | null }, context: ApiContext): PathList => allPaths(context.store, args),

  communities: (_: unknown, args: { readonly minSize?: number | null }, context: ApiContext): CommunityRecord[] => listCommunities(context.store, args),

  timeline: (_: unknown, args: TimelineArgs, context: ApiContext): LazyConnection<TimelineEntry> => timeline(context.store, args),

  export: (_: unknown, args: { readonly format: ExportFormat }, context: ApiContext): string => exportAs(context.store, args),
};
