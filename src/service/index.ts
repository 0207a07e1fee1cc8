// Application services: what the API, the CLI and the server call to change the graph.
export { type Extractor, type PoolOptions, DEFAULT_EXTRACTION_TIMEOUT_MS, inProcessExtractor, workerPoolExtractor } from './extractor.js';
export { ingestDocument, ingestDocuments, validateDocumentInput, extractorVersion, MAX_SOURCE_CHARS, MAX_TITLE_CHARS } from './ingest-service.js';
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
export { ingestFolder, seedOnFirstStart } from './seed.js';
export { packageRoot } from './package-root.js';
