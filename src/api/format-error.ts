// Error mapping for clients: our own errors (KgError) keep their message and give their code in
// `extensions.code`; errors about the request itself (parse, validation, variables, limits) pass
// through with the code Apollo gave them; anything else is a bug, logged in full and masked, so
// no internals leak to clients.
import { unwrapResolverError } from '@apollo/server/errors';
import { type GraphQLFormattedError } from 'graphql';
import { type Logger } from 'pino';
import { ErrorCode, KgError } from '../domain/index.js';

/** What clients see instead of an unexpected error. */
export const MASKED_MESSAGE = 'Internal server error';

/** Apollo's `formatError`, logging unexpected errors to `logger`. */
export function createFormatError(logger: Logger): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const original = unwrapResolverError(error);
    const where = {
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
    };
    if (original instanceof KgError) {
      return { message: original.message, ...where, extensions: { code: original.code } };
    }
    // Apollo gives INTERNAL_SERVER_ERROR to everything it cannot classify, thrown bugs included.
    // The code, not `instanceof GraphQLError`, decides: graphql is loaded both as CommonJS (by
    // Apollo and graphql-armor) and as ESM, and errors of one build fail the other's instanceof.
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code !== ErrorCode.INTERNAL) return formatted;
    logger.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL request');
    return { message: MASKED_MESSAGE, ...where, extensions: { code: ErrorCode.INTERNAL } };
  };
}
