// HTTP-level failures outside GraphQL execution (malformed or oversized bodies, unknown routes,
// bugs in plain routes) answered as JSON in the GraphQL error shape, never as an HTML stack trace.
import type express from 'express';
import { type Logger } from 'pino';
import { ErrorCode } from '../domain/index.js';
import { MASKED_MESSAGE } from './format-error.js';

/** Codes of HTTP failures, in `errors[0].extensions.code` (Apollo's spelling for a bad request). */
export const HttpErrorCode = {
  BAD_REQUEST: 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
} as const;

/** Body of every JSON error answer. */
export interface ErrorBody {
  readonly errors: readonly { readonly message: string; readonly extensions: { readonly code: string } }[];
}

/** An error answer body with one error. */
export function errorBody(message: string, code: string): ErrorBody {
  return { errors: [{ message, extensions: { code } }] };
}

/** Answers every request that no route took with 404. */
export function notFoundHandler(): express.RequestHandler {
  return (req, res) => {
    res.status(404).json(errorBody(`No route for ${req.method} ${req.path}.`, ErrorCode.NOT_FOUND));
  };
}

/**
 * Last error handler: client mistakes (status 4xx set by body-parser and the like) get their status
 * and a fixed message; anything else is logged in full and answered 500 with a masked message.
 */
export function jsonErrorHandler(logger: Logger): express.ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status = clientStatusOf(error);
    if (status === undefined) {
      logger.error({ err: error, method: req.method, path: req.path }, 'unexpected error in an HTTP request');
      res.status(500).json(errorBody(MASKED_MESSAGE, ErrorCode.INTERNAL));
      return;
    }
    if (status === 413) {
      res.status(413).json(errorBody('The request body is too large.', HttpErrorCode.PAYLOAD_TOO_LARGE));
      return;
    }
    const type = typeof error === 'object' && error !== null && 'type' in error ? error.type : undefined;
    const message =
      type === 'entity.parse.failed'
        ? 'The request body is not valid JSON.'
        : type === 'entity.too.deep' && error instanceof Error
          ? error.message
          : 'The request cannot be read.';
    res.status(status).json(errorBody(message, HttpErrorCode.BAD_REQUEST));
  };
}

/** The 4xx status an error carries (body-parser and http-errors set `status`), or undefined. */
function clientStatusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = 'status' in error ? error.status : 'statusCode' in error ? error.statusCode : undefined;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}
