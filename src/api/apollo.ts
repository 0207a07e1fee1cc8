// The Apollo Server of the API: schema from schema.graphql, resolvers, error mapping, request
// limits, introspection on (GraphiQL needs it) and Apollo's own landing page off (we serve ours).
import type http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { type Logger } from 'pino';
import { MAX_TOKENS, armorProtection } from './armor.js';
import { type AccessPolicy } from './access.js';
import { type ApiContext } from './context.js';
import { createFormatError } from './format-error.js';
import { resolvers } from './resolvers/index.js';
import { type ExecutionLimits, cappedStringify, executionGuardPlugin } from './execution-guard.js';
import { operationGuardPlugin } from './operation-guard.js';
import { resultBudgetPlugin } from './result-budget.js';
import { loadTypeDefs } from './schema.js';

/** Longest execution of one query by default, in milliseconds (KG_QUERY_TIMEOUT_MS). */
export const DEFAULT_QUERY_TIMEOUT_MS = 2_000;
/** Largest answer by default, exports aside, in bytes of JSON (KG_MAX_RESPONSE_BYTES): 8 MiB. */
export const DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024;
/** Largest export by default, in characters (KG_MAX_EXPORT_BYTES): 64 MiB. */
export const DEFAULT_MAX_EXPORT_BYTES = 64 * 1024 * 1024;

/** What the API needs. */
export interface ApolloOptions {
  readonly logger: Logger;
  /** When given, stopping Apollo also drains this server's connections. */
  readonly httpServer?: http.Server;
  /** Time and size limits of one query; the defaults above when absent. */
  readonly limits?: Partial<ExecutionLimits>;
  /** Who may do what; protected mode (no keys, writes from this machine) when absent. */
  readonly access?: AccessPolicy;
}

/** A configured, not yet started, Apollo Server. Contexts come from createContext(). */
export function createApolloServer(options: ApolloOptions): ApolloServer<ApiContext> {
  const armor = armorProtection();
  // graphql-armor is a CommonJS package, so its typings name the CJS build of @apollo/server,
  // whose private HeaderMap brand differs from the ESM one; the plugin objects are the same.
  const armorPlugins = armor.plugins as unknown as ApolloServerPlugin<ApiContext>[];
  const limits: ExecutionLimits = {
    timeoutMs: options.limits?.timeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS,
    maxResponseBytes: options.limits?.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    maxExportBytes: options.limits?.maxExportBytes ?? DEFAULT_MAX_EXPORT_BYTES,
  };
  // Order matters where hooks share a stage: the operation is checked (kind) before it is estimated.
  const plugins: ApolloServerPlugin<ApiContext>[] = [
    ...armorPlugins,
    operationGuardPlugin<ApiContext>(options.access),
    resultBudgetPlugin<ApiContext>(limits),
    executionGuardPlugin<ApiContext>(limits),
    ApolloServerPluginLandingPageDisabled(),
    // No field has a cache hint, and the default cache-control plugin costs a hook on every field
    // (a fifth of the time of a 30,000-field answer).
    ApolloServerPluginCacheControlDisabled(),
  ];
  if (options.httpServer !== undefined) plugins.push(ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer }));
  return new ApolloServer<ApiContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: true,
    plugins,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: MAX_TOKENS },
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    formatError: createFormatError(options.logger),
    // Apollo's own messages (such as a plugin's failure) go to our log, not the console.
    logger: options.logger,
    stringifyResult: cappedStringify(limits.maxResponseBytes + limits.maxExportBytes),
    // The process owner (server.ts) decides what a signal does.
    stopOnTerminationSignals: false,
  });
}
