// The service's settings from the environment, read once at start and checked (zod): a bad value
// stops the start with one line naming the variable. Every variable is optional.
import { z } from 'zod';
import { InvalidInputError } from '../domain/index.js';
import { type AccessPolicy } from './access.js';
import { apiKeysFromEnvironment } from './api-keys.js';
import { DEFAULT_MAX_EXPORT_BYTES, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_QUERY_TIMEOUT_MS } from './apollo.js';
import { type ExecutionLimits } from './execution-guard.js';
import { DEFAULT_RATE_PER_ADDRESS, DEFAULT_RATE_PER_KEY, type RateLimits } from './rate-limit.js';

/** Settings of the HTTP service beside storage and port. */
export interface ServiceConfig {
  readonly access: AccessPolicy;
  readonly limits: ExecutionLimits;
  readonly rateLimits: RateLimits;
  /** Origins allowed to call the API from a browser (CORS); empty: none. */
  readonly corsOrigins: readonly string[];
}

const count = (fallback: number, min: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min))
    .optional()
    .transform((value) => value ?? fallback);

const ENVIRONMENT = z.object({
  KG_PUBLIC_READS: z
    .enum(['true', 'false', ''], { message: 'must be true or false' })
    .optional()
    .transform((value) => value === 'true'),
  KG_QUERY_TIMEOUT_MS: count(DEFAULT_QUERY_TIMEOUT_MS, 1),
  KG_MAX_RESPONSE_BYTES: count(DEFAULT_MAX_RESPONSE_BYTES, 1024),
  KG_MAX_EXPORT_BYTES: count(DEFAULT_MAX_EXPORT_BYTES, 1024),
  KG_RATE_LIMIT_PER_ADDRESS: count(DEFAULT_RATE_PER_ADDRESS, 0),
  KG_RATE_LIMIT_PER_KEY: count(DEFAULT_RATE_PER_KEY, 0),
  KG_CORS_ORIGINS: z
    .string()
    .optional()
    .transform((value) =>
      (value ?? '')
        .split(',')
        .map((origin) => origin.trim())
        .filter((origin) => origin !== ''),
    )
    .pipe(z.array(z.string().regex(/^https?:\/\/[^/\s]+$/, 'must list origins such as https://example.org, comma-separated'))),
});

/** The service settings of `env`; throws InvalidInputError naming the first bad variable. */
export function serviceConfigFromEnvironment(env: NodeJS.ProcessEnv): ServiceConfig {
  const parsed = ENVIRONMENT.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidInputError(`${issue?.path.join('.') ?? 'environment'} ${issue?.message ?? 'is invalid'}.`);
  }
  const e = parsed.data;
  return {
    access: { keys: apiKeysFromEnvironment(env), publicReads: e.KG_PUBLIC_READS },
    limits: { timeoutMs: e.KG_QUERY_TIMEOUT_MS, maxResponseBytes: e.KG_MAX_RESPONSE_BYTES, maxExportBytes: e.KG_MAX_EXPORT_BYTES },
    rateLimits: { perAddress: e.KG_RATE_LIMIT_PER_ADDRESS, perKey: e.KG_RATE_LIMIT_PER_KEY },
    corsOrigins: e.KG_CORS_ORIGINS,
  };
}
