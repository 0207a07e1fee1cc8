// Application services: what the API, the CLI and the server call to change the graph.
export { type Extractor, type PoolOptions, inProcessExtractor, workerPoolExtractor } from './extractor.js';
export { ingestDocument, ingestDocuments, validateDocumentInput, extractorVersion } from './ingest-service.js';
export {
  type AddRelationInput,
  type CurationRecord,
  addRelation,
  confirmRelation,
  curationId,
  curationPage,
  curationRecord,
  deleteDocument,
  mergeEntities,
  rejectRelation,
  renameEntity,
  restoreRelation,
  setEntityType,
  undoCuration,
} from './curation-service.js';
export { seedOnFirstStart } from './seed.js';
export { packageRoot } from './package-root.js';
