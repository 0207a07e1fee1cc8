// A bound on how deeply a request body nests. JSON.parse reads any depth, but code that walks
// the value recursively (serialisers, validators) overflows the stack on a body nested 100,000
// deep; such a body is refused with 400 before anything else reads it.
import type express from 'express';
import { HttpErrorCode, errorBody } from './http-errors.js';

/** Deepest nesting of arrays and objects accepted in a request body. */
export const MAX_BODY_DEPTH = 64;

/** Middleware that answers 400 BAD_REQUEST to a parsed body nested deeper than MAX_BODY_DEPTH. */
export function bodyDepthGuard(): express.RequestHandler {
  return (req, res, next) => {
    if (depthExceeds(req.body, MAX_BODY_DEPTH)) {
      res.status(400).json(errorBody(`The request body nests deeper than ${MAX_BODY_DEPTH} levels, the limit.`, HttpErrorCode.BAD_REQUEST));
      return;
    }
    next();
  };
}

/** True when `value` nests arrays or objects more than `limit` deep; iterative, so any depth is safe. */
export function depthExceeds(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [item, depth] = top;
    if (typeof item !== 'object' || item === null) continue;
    if (depth >= limit) return true;
    for (const child of Array.isArray(item) ? item : Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}
