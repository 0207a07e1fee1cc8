// The GraphQL API over the graph: schema loading, Apollo Server, per-request context and loaders,
// resolvers, error mapping and the plain HTTP routes beside GraphQL. The application services
// it calls (ingest, curation, seeding) live in service/.
export { createApolloServer, type ApolloOptions, DEFAULT_MAX_EXPORT_BYTES, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_QUERY_TIMEOUT_MS } from './apollo.js';
export { createContext, type ApiContext } from './context.js';
export { createLoaders, type Loaders } from './loaders.js';
export { createFormatError, MASKED_MESSAGE } from './format-error.js';
export { armorProtection, MAX_ALIASES, MAX_COST, MAX_DEPTH } from './armor.js';
export { loadTypeDefs, schemaPath } from './schema.js';
export { resolvers } from './resolvers/index.js';
export { restRoutes } from './rest-routes.js';
export { webRoutes } from './web-routes.js';
export { jsonErrorHandler, notFoundHandler, errorBody, HttpErrorCode, type ErrorBody } from './http-errors.js';
export { type AccessPolicy, type Caller, LOCAL_CALLER, callerOf, identifyCaller, isLoopback, operationRefusal } from './access.js';
export { type ApiKey, type KeyHolder, type Role, KeyRing, ROLES, HASHED_SECRET_PREFIX, apiKeysFromEnvironment, parseApiKeys, sha256 } from './api-keys.js';
export { type ServiceConfig, serviceConfigFromEnvironment } from './config.js';
export { type ExecutionLimits, cappedStringify, executionGuardPlugin } from './execution-guard.js';
export { type RateLimits, addressRateLimit, keyRateLimit, DEFAULT_RATE_PER_ADDRESS, DEFAULT_RATE_PER_KEY } from './rate-limit.js';
export { BodyTooDeepError, MAX_BODY_DEPTH, nestingDepth, verifyBodyDepth } from './body-depth.js';
export { securityHeaders, corsAllowList } from './web-security.js';
export { MAX_SELECTIONS, MAX_REPEATED_FIELD, selectionGuard, selectionProblem } from './selection-guard.js';
export { MAX_ESTIMATED_OBJECTS, estimateAnswer } from './result-budget.js';
export { REFUSAL_STATUS, refusal } from './refusal.js';
