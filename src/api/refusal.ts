// Refusals of a client's request raised outside resolvers (plugins, guards): a GraphQLError with a
// stable `extensions.code` and the HTTP status Apollo must answer with, so a refusal is never a 500.
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { type ErrorCode } from '../domain/index.js';

/** HTTP status of each refusal code raised before or around execution. */
export const REFUSAL_STATUS = {
  BAD_USER_INPUT: 400,
  QUERY_TOO_COMPLEX: 400,
  RESPONSE_TOO_LARGE: 400,
  QUERY_TIMEOUT: 400,
  OPERATION_NOT_SUPPORTED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
} as const satisfies Partial<Record<ErrorCode, number>>;

/** A code a refusal may carry. */
export type RefusalCode = keyof typeof REFUSAL_STATUS;

/** A GraphQLError Apollo answers with the code's HTTP status (`extensions.http` is not sent to clients). */
export function refusal(code: RefusalCode, message: string): GraphQLError {
  // A 401 says how to authenticate (RFC 9110).
  const headers = code === 'UNAUTHENTICATED' ? new HeaderMap([['www-authenticate', 'Bearer realm="news-kg"']]) : new HeaderMap();
  return new GraphQLError(message, { extensions: { code, http: { status: REFUSAL_STATUS[code], headers } } });
}
