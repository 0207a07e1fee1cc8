// Read functions over the store, each fn(store, options). They never write; whatever they derive
// from the whole graph (indices, projections, centrality, communities) is cached per graph version.
// (nothing of ./version-cache.js is used through this index)
export { type Connection, type Edge, type LazyConnection, connectionAt, decodeCursor, encodeCursor, pageFrom, pageSize } from './connection.js';
export { type Order } from './order.js';
export { type DateRange } from './filters.js';
export { getEntity } from './entity.js';
export { type ListEntitiesOptions, listEntities } from './entities.js';
export {
  type Direction,
  type RelationFilter,
  type RelationOrderField,
  allRelations,
  DIRECTIONS,
  getRelation,
  listRelations,
  relationsOf,
} from './relations.js';
export { type ListStatementsOptions, type StatementFilter, type StatementOrderField, listStatements, statementPage } from './statements.js';
export { type FactFilter, type FactOrderField, type ListFactsOptions, factPage, listFacts } from './facts.js';
export { type FigureRecord, type FiguresOptions, listFigures } from './figures.js';
export { type DocumentFilter, type DocumentOrderField, type ListDocumentsOptions, documentPage, getDocument, listDocuments } from './documents.js';
export { type GraphStats, graphStats } from './stats.js';
export { type GraphSizes, type ListSize, graphSizes } from './list-sizes.js';
export { type NodeRecord, getNode, getNodes } from './node.js';
// (nothing of ./projection.js is used through this index)
export { type Centrality, centralities, centralityOf, rankingIsStale } from './centrality.js';
export { type CommunityRecord, communityOf, communityPartition, listCommunities } from './communities.js';
export { seededRandom } from './seeded-random.js';
export { MAX_SUBGRAPH_NODES, type NeighborPage, type Reached, type SubgraphRecord, neighbors, subgraph } from './neighbors.js';
export {
  type PathList,
  type PathRecord,
  type PathStepRecord,
  allPaths,
  MAX_PATH_LENGTH,
  MAX_PATH_SEARCH_STEPS,
  MAX_PATHS_COUNTED,
  shortestPath,
} from './paths.js';
// (nothing of ./search-index.js is used through this index)
export { type SearchHit, type Snippet, rankedHits, search, searchWhenIndexed, snippetHtml } from './search.js';
export { type TimelineEntry, type TimelineKind, timeline, timelineEntries } from './timeline.js';
