// The GraphQL API over the graph: schema loading, Apollo Server, per-request context and loaders,
// resolvers, error mapping and the plain HTTP routes beside GraphQL. The application services
// it calls (ingest, curation, seeding) live in service/.
export { createApolloServer } from './apollo.js';
export { createContext, type ApiContext } from './context.js';
export { createLoaders } from './loaders.js';
export { MASKED_MESSAGE } from './format-error.js';
export { MAX_ALIASES, MAX_DEPTH } from './armor.js';
export { loadTypeDefs } from './schema.js';
export { resolvers } from './resolvers/index.js';
export { restRoutes } from './rest-routes.js';
export { OVERVIEW_QUERY, OverviewCache, executeOverview } from './overview-cache.js';
export { webRoutes } from './web-routes.js';
export { jsonErrorHandler, notFoundHandler } from './http-errors.js';
export { type AccessPolicy, type Caller, LOCAL_CALLER, callerOf, identifyCaller, operationRefusal } from './access.js';
export { parseApiKeys, sha256 } from './api-keys.js';
export { serviceConfigFromEnvironment } from './config.js';
export { type ExecutionLimits } from './execution-guard.js';
export { type RateLimits, addressRateLimit, keyRateLimit } from './rate-limit.js';
export { MAX_BODY_DEPTH, nestingDepth, verifyBodyDepth } from './body-depth.js';
export { securityHeaders, corsAllowList } from './web-security.js';
export { selectionGuard, selectionProblem } from './selection-guard.js';
