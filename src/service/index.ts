// Application services: what the API, the CLI and the server call to change the graph.
export { type Extractor, type PoolOptions, DEFAULT_EXTRACTION_TIMEOUT_MS, inProcessExtractor, workerPoolExtractor } from './extractor.js';
