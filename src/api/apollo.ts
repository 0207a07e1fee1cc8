// The Apollo Server of the API: schema from schema.graphql, resolvers, error mapping, request
// limits, introspection on (GraphiQL needs it) and Apollo's own landing page off (we serve ours).
import type http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { type Logger } from 'pino';
import { MAX_TOKENS, armorProtection } from './armor.js';
import { type ApiContext } from './context.js';
import { createFormatError } from './format-error.js';
import { resolvers } from './resolvers/index.js';
import { resultBudgetPlugin } from './result-budget.js';
import { loadTypeDefs } from './schema.js';

/** What the API needs. */
export interface ApolloOptions {
  readonly logger: Logger;
  /** When given, stopping Apollo also drains this server's connections. */
  readonly httpServer?: http.Server;
}

/** A configured, not yet started, Apollo Server. Contexts come from createContext(). */
export function createApolloServer(options: ApolloOptions): ApolloServer<ApiContext> {
  const armor = armorProtection();
  // graphql-armor is a CommonJS package, so its typings name the CJS build of @apollo/server,
  // whose private HeaderMap brand differs from the ESM one; the plugin objects are the same.
  const armorPlugins = armor.plugins as unknown as ApolloServerPlugin<ApiContext>[];
  const plugins: ApolloServerPlugin<ApiContext>[] = [...armorPlugins, resultBudgetPlugin<ApiContext>(), ApolloServerPluginLandingPageDisabled()];
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
    // The process owner (server.ts) decides what a signal does.
    stopOnTerminationSignals: false,
  });
}
