// Rate limits (rate-limiter-flexible, in memory): requests per minute per peer address, and per
// API key for requests that name one, so one client cannot take the service for itself. Over a
// limit the answer is 429 RATE_LIMITED with Retry-After (seconds). A limit of 0 turns it off.
import type express from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { type Logger } from 'pino';
import { ErrorCode } from '../domain/index.js';
import { callerOf } from './access.js';
import { errorBody } from './http-errors.js';
import { REFUSAL_STATUS } from './refusal.js';

/** Requests per minute per peer address by default (KG_RATE_LIMIT_PER_ADDRESS). */
export const DEFAULT_RATE_PER_ADDRESS = 3_000;
/** Requests per minute per API key by default (KG_RATE_LIMIT_PER_KEY). */
export const DEFAULT_RATE_PER_KEY = 6_000;

/** Requests per minute; 0 for no limit. */
export interface RateLimits {
  readonly perAddress: number;
  readonly perKey: number;
}

type Limiter = RateLimiterMemory | undefined;

function limiter(points: number): Limiter {
  return points > 0 ? new RateLimiterMemory({ points, duration: 60 }) : undefined;
}

/** Middleware limiting requests per address (before the caller is identified, so bad keys count too). */
export function addressRateLimit(limits: RateLimits, logger: Logger): express.RequestHandler {
  const perAddress = limiter(limits.perAddress);
  return (req, res, next) => {
    if (perAddress === undefined) {
      next();
      return;
    }
    consume(perAddress, `address:${req.socket.remoteAddress ?? ''}`, res, next, logger);
  };
}

/** Middleware limiting requests per API key; requests without a key pass (the address limit holds them). */
export function keyRateLimit(limits: RateLimits, logger: Logger): express.RequestHandler {
  const perKey = limiter(limits.perKey);
  return (_req, res, next) => {
    const key = callerOf(res).key;
    if (perKey === undefined || key === undefined) {
      next();
      return;
    }
    consume(perKey, `key:${key.name}`, res, next, logger);
  };
}

function consume(limit: RateLimiterMemory, id: string, res: express.Response, next: express.NextFunction, logger: Logger): void {
  limit.consume(id).then(
    () => next(),
    (rejection: unknown) => {
      if (!(rejection instanceof RateLimiterRes)) {
        next(rejection);
        return;
      }
      const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      // Once per window, not once per refused request.
      if (rejection.consumedPoints === limit.points + 1) logger.warn({ limited: id }, 'rate limit reached');
      res
        .status(REFUSAL_STATUS.RATE_LIMITED)
        .set('Retry-After', String(seconds))
        .json(errorBody(`Too many requests; try again in ${seconds} s.`, ErrorCode.RATE_LIMITED));
    },
  );
}
