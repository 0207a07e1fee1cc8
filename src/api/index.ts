// The GraphQL API over the graph: schema loading, Apollo Server, per-request context and loaders,
// resolvers, error mapping, the ingest service and the plain HTTP routes beside GraphQL.
export { createApolloServer, type ApolloOptions } from './apollo.js';
export { createContext, type ApiContext } from './context.js';
export { createLoaders, type Loaders } from './loaders.js';
export { createFormatError, MASKED_MESSAGE } from './format-error.js';
export { armorProtection, MAX_ALIASES, MAX_COST, MAX_DEPTH } from './armor.js';
export { ingestDocument, ingestDocuments, validateDocumentInput, extractorVersion, MAX_SOURCE_CHARS, MAX_TITLE_CHARS } from './ingest-service.js';
export { deleteDocument, mergeEntities, renameEntity } from './curation-service.js';
export { loadTypeDefs, schemaPath } from './schema.js';
export { packageRoot } from './package-root.js';
export { resolvers } from './resolvers/index.js';
export { restRoutes } from './rest-routes.js';
export { webRoutes } from './web-routes.js';
export { jsonErrorHandler, notFoundHandler, errorBody, HttpErrorCode, type ErrorBody } from './http-errors.js';
export { ingestFolder, seedOnFirstStart } from './seed.js';
