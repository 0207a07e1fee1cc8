// Resolvers of the types the exploration fields return: search hits, neighbourhoods, subgraphs,
// paths, communities and timeline entries. They only shape records; every entity and document
// they point at comes through the request's memo (loaders.ts), so each is built once per request.
import { type Evidence } from '../../domain/index.js';
import {
  type CommunityRecord,
  type DocumentRecord,
  type Edge,
  type EntityRecord,
  type NeighborPage,
  type PathRecord,
  type PathStepRecord,
  type Reached,
  type RelationRecord,
  type SearchHit,
  type Snippet,
  type TimelineEntry,
  pageSize,
  snippetHtml,
} from '../../graph/index.js';
import { type ApiContext } from '../context.js';
import { loadEntities, loadRequiredEntity } from './load.js';
import { tagTimelineItem, typeNameOf } from './tags.js';

/** Resolvers of `SearchEdge`; the edge's node is the hit, the API's node is the entity. */
export const searchEdgeResolvers = {
  node: (edge: Edge<SearchHit>, _args: unknown, context: ApiContext): EntityRecord => loadRequiredEntity(context, edge.node.entity),
  score: (edge: Edge<SearchHit>): number => edge.node.score,
  matchedIn: (edge: Edge<SearchHit>): string => edge.node.field,
  snippet: (edge: Edge<SearchHit>): Snippet & { readonly document: string | null } => ({ ...edge.node.snippet, document: edge.node.document }),
};

/** Resolvers of `Snippet`. */
export const snippetResolvers = {
  html: (snippet: Snippet): string => snippetHtml(snippet),
};

/** Resolvers of `NeighborConnection`. */
export const neighborConnectionResolvers = {
  relations: (page: NeighborPage): readonly RelationRecord[] => page.relations,
};

/** Resolvers of `NeighborEdge`. */
export const neighborEdgeResolvers = {
  node: (edge: Edge<Reached>, _args: unknown, context: ApiContext): EntityRecord => loadRequiredEntity(context, edge.node.id),
  distance: (edge: Edge<Reached>): number => edge.node.distance,
};

/** Resolvers of `SubgraphNode`. */
export const subgraphNodeResolvers = {
  entity: (node: Reached, _args: unknown, context: ApiContext): EntityRecord => loadRequiredEntity(context, node.id),
};

/** Resolvers of `Path`. */
export const pathResolvers = {
  length: (path: PathRecord): number => path.steps.length,
  entities: (path: PathRecord, _args: unknown, context: ApiContext): EntityRecord[] => loadEntities(context, path.entities),
};

/** Resolvers of `PathStep`. */
export const pathStepResolvers = {
  from: (step: PathStepRecord, _args: unknown, context: ApiContext): EntityRecord => loadRequiredEntity(context, step.from),
  to: (step: PathStepRecord, _args: unknown, context: ApiContext): EntityRecord => loadRequiredEntity(context, step.to),
  direction: (step: PathStepRecord): 'FORWARD' | 'BACKWARD' => (step.forward ? 'FORWARD' : 'BACKWARD'),
  evidence: (step: PathStepRecord): Evidence => {
    const [first] = step.relation.evidence;
    if (first === undefined) throw new Error(`PathStep.evidence: relation "${step.relation.id}" has no evidence.`);
    return first;
  },
};

/** Resolvers of `Community`. */
export const communityResolvers = {
  size: (community: CommunityRecord): number => community.members.length,
  label: (community: CommunityRecord, _args: unknown, context: ApiContext): string => {
    const [top] = community.members;
    return top === undefined ? '' : loadRequiredEntity(context, top).name;
  },
  members: (community: CommunityRecord, args: { readonly first?: number | null }, context: ApiContext): EntityRecord[] =>
    loadEntities(context, community.members.slice(0, pageSize(args.first, 'Community.members'))),
};

/** Resolvers of `TimelineEntry`. */
export const timelineEntryResolvers = {
  date: (entry: TimelineEntry, _args: unknown, context: ApiContext): string | null =>
    context.loaders.document.get(entry.evidence.document)?.publishedAt ?? null,
  document: (entry: TimelineEntry, _args: unknown, context: ApiContext): DocumentRecord => {
    const document = context.loaders.document.get(entry.evidence.document);
    if (document === null) throw new Error(`TimelineEntry.document: no document "${entry.evidence.document}".`);
    return document;
  },
  item: tagTimelineItem,
};

/** `__resolveType` of the `Node` interface and the `TimelineItem` union: their values are tagged. */
export const abstractTypeResolvers = {
  Node: { __resolveType: typeNameOf },
  TimelineItem: { __resolveType: typeNameOf },
};
