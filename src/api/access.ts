// Who may do what. With API keys configured (api-keys.ts), every request names its key in
// `Authorization: Bearer <secret>`: mutations need a `write` or `admin` key, reads any key unless
// reads are public. With no key configured (a newcomer's `npm start`), the service is in protected
// mode, as Redis is: it listens on the loopback interface by default (server.ts), anyone who can
// reach it may read, and writes are accepted only from this machine.
import type express from 'express';
import { type GraphQLError } from 'graphql';
import { ErrorCode } from '../domain/index.js';
import { type KeyHolder, type KeyRing, canWrite } from './api-keys.js';
import { errorBody } from './http-errors.js';
import { REFUSAL_STATUS, refusal } from './refusal.js';

/** The access rules of a running service. */
export interface AccessPolicy {
  /** The configured keys; undefined for protected mode (no keys). */
  readonly keys: KeyRing | undefined;
  /** With keys configured: true when reads need no key (KG_PUBLIC_READS=true). */
  readonly publicReads: boolean;
}

/** Who sent a request. */
export interface Caller {
  /** The key the request named; undefined without one (or in protected mode). */
  readonly key: KeyHolder | undefined;
  /** True when the request came from this machine (a loopback address). */
  readonly loopback: boolean;
  /** The peer's address, for rate limits and logs. */
  readonly address: string;
}

/** The caller of in-process requests (tests, the CLI's own server): this machine, no key. */
export const LOCAL_CALLER: Caller = { key: undefined, loopback: true, address: '127.0.0.1' };

/** The header that tells a client to send a bearer token (refusal.ts sends the same). */
const WWW_AUTHENTICATE = 'Bearer realm="news-kg"';

/** True for IPv4 127.0.0.0/8, IPv6 ::1 and IPv4-mapped loopback addresses. */
export function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return address === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/** The caller of an Express request, as identifyCaller left it. */
export function callerOf(res: express.Response): Caller {
  const caller: unknown = res.locals.caller;
  return typeof caller === 'object' && caller !== null && 'loopback' in caller ? (caller as Caller) : LOCAL_CALLER;
}

/**
 * Middleware that identifies the caller (res.locals.caller). With keys configured it answers 401
 * UNAUTHENTICATED to a request with an unknown or malformed key, and to one without a key when
 * `keyRequired` (reads are not public). In protected mode the Authorization header is ignored.
 */
export function identifyCaller(policy: AccessPolicy, keyRequired: boolean): express.RequestHandler {
  return (req, res, next) => {
    const address = req.socket.remoteAddress ?? '';
    const loopback = isLoopback(address);
    const header = req.headers.authorization;
    if (policy.keys === undefined || header === undefined) {
      if (policy.keys !== undefined && keyRequired && !policy.publicReads) {
        unauthenticated(res, 'This service needs an API key: send "Authorization: Bearer <secret>".');
        return;
      }
      res.locals.caller = { key: undefined, loopback, address } satisfies Caller;
      next();
      return;
    }
    const match = /^Bearer +(\S{1,512})$/i.exec(header.trim());
    const key = match?.[1] === undefined ? undefined : policy.keys.find(match[1]);
    if (key === undefined) {
      unauthenticated(res, 'The API key is not valid: send "Authorization: Bearer <secret>" with a configured key.');
      return;
    }
    res.locals.caller = { key, loopback, address } satisfies Caller;
    next();
  };
}

function unauthenticated(res: express.Response, message: string): void {
  res.status(REFUSAL_STATUS.UNAUTHENTICATED).set('WWW-Authenticate', WWW_AUTHENTICATE).json(errorBody(message, ErrorCode.UNAUTHENTICATED));
}

/** Why `caller` may not run an operation of this kind, or undefined when it may. */
export function operationRefusal(policy: AccessPolicy, caller: Caller, kind: 'query' | 'mutation'): GraphQLError | undefined {
  if (policy.keys === undefined) {
    if (kind === 'mutation' && !caller.loopback) {
      return refusal('FORBIDDEN', 'Writes are accepted from this machine only while no API key is configured (set KG_API_KEYS).');
    }
    return undefined;
  }
  if (caller.key === undefined) {
    if (kind === 'query' && policy.publicReads) return undefined;
    return refusal('UNAUTHENTICATED', `${kind === 'mutation' ? 'Mutations need' : 'This service needs'} an API key: send "Authorization: Bearer <secret>".`);
  }
  if (kind === 'mutation' && !canWrite(caller.key.role)) {
    return refusal('FORBIDDEN', `The key "${caller.key.name}" has the role ${caller.key.role}; mutations need write or admin.`);
  }
  return undefined;
}
