// Read functions over the store, each fn(store, options). They never write; whatever they derive
// from the whole graph (indices, projections, centrality, communities) is cached per graph version.
export { perVersion, perVersionKeyed } from './version-cache.js';
export {
  comparePositions,
  type Connection,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  type Edge,
  encodeCursor,
  type LazyConnection,
  MAX_PAGE_SIZE,
  pageFrom,
  type PageInfo,
  type PageOptions,
  pageSize,
  paginate,
  type SortPosition,
} from './connection.js';
export { type Comparator, compareNumbers, compareStrings, type Order, ORDER_DIRECTIONS, type OrderDirection, sortStable } from './order.js';
export {
  allowed,
  checkConfidence,
  compareDocumentTimes,
  type DateRange,
  type DocumentTime,
  documentTimes,
  publishedTime,
  publishedWithin,
  timeWindow,
  type TimeWindow,
} from './filters.js';
export { getEntities, getEntity } from './entity.js';
export { ENTITY_ORDER_FIELDS, type EntityFilter, type EntityOrderField, listEntities, type ListEntitiesOptions } from './entities.js';
export {
  allRelations,
  type Direction,
  DIRECTIONS,
  getRelation,
  listRelations,
  type ListRelationsOptions,
  RELATION_ORDER_FIELDS,
  type RelationFilter,
  type RelationOrderField,
  relationPredicate,
  relationRecord,
  relationsOf,
  type RelationsOfOptions,
} from './relations.js';
export {
  getStatement,
  listStatements,
  type ListStatementsOptions,
  STATEMENT_ORDER_FIELDS,
  type StatementFilter,
  type StatementOrderField,
  statementPage,
} from './statements.js';
export { FACT_ORDER_FIELDS, type FactFilter, type FactOrderField, factPage, getFact, listFacts, type ListFactsOptions } from './facts.js';
export {
  DOCUMENT_ORDER_FIELDS,
  type DocumentFilter,
  type DocumentOrderField,
  documentPage,
  getDocument,
  listDocuments,
  type ListDocumentsOptions,
} from './documents.js';
export { graphStats, type GraphStats } from './stats.js';
export { getNode, getNodes, type NodeRecord } from './node.js';
export { directedProjection, type LinkAttrs, type LinkNodeAttrs, undirectedProjection } from './projection.js';
export { centralities, type Centrality, centralityOf } from './centrality.js';
export { communityOf, type CommunityPartition, communityPartition, type CommunityRecord, listCommunities } from './communities.js';
export {
  MAX_NEIGHBOR_DEPTH,
  MAX_SUBGRAPH_NODES,
  MAX_SUBGRAPH_SEEDS,
  type NeighborPage,
  neighbors,
  type NeighborsOptions,
  type Reached,
  relationsAmong,
  subgraph,
  type SubgraphOptions,
  type SubgraphRecord,
  type TraversalOptions,
} from './neighbors.js';
export {
  allPaths,
  MAX_ALL_PATHS_LENGTH,
  MAX_PATH_LENGTH,
  type PathList,
  type PathOptions,
  type PathRecord,
  type PathStepRecord,
  shortestPath,
} from './paths.js';
export { entitiesWithPrefix, type IndexedText, SEARCH_FIELDS, type SearchField, type SearchIndex, searchIndex, type Token, tokenize } from './search-index.js';
export { type Highlight, MAX_QUERY_CHARS, rankedHits, search, type SearchHit, type SearchOptions, type Snippet, SNIPPET_CHARS, snippetHtml } from './search.js';
export { timeline, TIMELINE_KINDS, timelineEntries, type TimelineEntry, type TimelineKind, type TimelineOptions } from './timeline.js';
