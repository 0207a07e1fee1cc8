// API keys: who may call the service and with which role. Keys are configured as
// `name:role:secret` entries, comma-separated in KG_API_KEYS or one a line in the file named by
// KG_API_KEYS_FILE (blank lines and lines starting with # are skipped). A secret may be written as
// `sha256:` followed by the 64 hex digits of its SHA-256, so the file need not hold the secret
// itself. Secrets are compared by their SHA-256 digests with a constant-time comparison, against
// every key, so the time an answer takes does not tell how much of a secret was right.
import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { InvalidInputError } from '../domain/index.js';

/** What a key allows: `read` queries; `write` queries and mutations; `admin` everything. */
export const ROLES = ['read', 'write', 'admin'] as const;
/** A role of an API key. */
export type Role = (typeof ROLES)[number];

/** Prefix of a secret stored as its SHA-256 in hex. */
export const HASHED_SECRET_PREFIX = 'sha256:';
/** Shortest secret accepted in plain text. */
export const MIN_SECRET_CHARS = 16;

/** A configured key; the secret is kept only as its digest. */
export interface ApiKey {
  readonly name: string;
  readonly role: Role;
  readonly digest: Buffer;
}

/** The caller a request's key names. */
export interface KeyHolder {
  readonly name: string;
  readonly role: Role;
}

const NAME = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'a key name is 1 to 64 letters, digits, dots, dashes or underscores');
const ROLE = z.enum(ROLES, { message: `a role is one of ${ROLES.join(', ')}` });

/** True when `role` may run mutations. */
export function canWrite(role: Role): boolean {
  return role === 'write' || role === 'admin';
}

/** The configured keys, matched in constant time. */
export class KeyRing {
  readonly #keys: readonly ApiKey[];

  constructor(keys: readonly ApiKey[]) {
    const names = new Set<string>();
    for (const key of keys) {
      if (names.has(key.name)) throw new InvalidInputError(`API keys: the name "${key.name}" is given twice.`);
      names.add(key.name);
    }
    this.#keys = keys;
  }

  /** Number of keys. */
  get size(): number {
    return this.#keys.length;
  }

  /** The holder of `secret`, or undefined when no key has it. Compares against every key. */
  find(secret: string): KeyHolder | undefined {
    const digest = sha256(secret);
    let found: ApiKey | undefined;
    for (const key of this.#keys) {
      if (timingSafeEqual(digest, key.digest) && found === undefined) found = key;
    }
    return found === undefined ? undefined : { name: found.name, role: found.role };
  }
}

/**
 * Parses key entries (`name:role:secret`), separated by commas or new lines; `where` names the
 * source in errors. Throws InvalidInputError naming the entry's position, never its secret.
 */
export function parseApiKeys(text: string, where: string): KeyRing {
  const entries = text
    .split(/[,\n]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '' && !entry.startsWith('#'));
  return new KeyRing(entries.map((entry, index) => parseEntry(entry, `${where}: entry ${index + 1}`)));
}

function parseEntry(entry: string, where: string): ApiKey {
  const first = entry.indexOf(':');
  const second = first < 0 ? -1 : entry.indexOf(':', first + 1);
  if (second < 0) throw new InvalidInputError(`${where} is not of the form name:role:secret.`);
  const name = NAME.safeParse(entry.slice(0, first));
  if (!name.success) throw new InvalidInputError(`${where}: ${name.error.issues[0]?.message ?? 'bad name'}.`);
  const role = ROLE.safeParse(entry.slice(first + 1, second));
  if (!role.success) throw new InvalidInputError(`${where}: ${role.error.issues[0]?.message ?? 'bad role'}.`);
  const secret = entry.slice(second + 1);
  if (secret.startsWith(HASHED_SECRET_PREFIX)) {
    const hex = secret.slice(HASHED_SECRET_PREFIX.length);
    if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new InvalidInputError(`${where}: a hashed secret is "sha256:" and 64 hex digits.`);
    return { name: name.data, role: role.data, digest: Buffer.from(hex, 'hex') };
  }
  if (secret.length < MIN_SECRET_CHARS) throw new InvalidInputError(`${where}: the secret must be at least ${MIN_SECRET_CHARS} characters.`);
  return { name: name.data, role: role.data, digest: sha256(secret) };
}

/**
 * The keys of the environment: KG_API_KEYS, or the file KG_API_KEYS_FILE (not both); undefined
 * when neither is set. Throws InvalidInputError for a malformed entry or an unreadable file.
 */
export function apiKeysFromEnvironment(env: NodeJS.ProcessEnv): KeyRing | undefined {
  const inline = env.KG_API_KEYS?.trim();
  const file = env.KG_API_KEYS_FILE?.trim();
  if (inline && file) throw new InvalidInputError('API keys: set KG_API_KEYS or KG_API_KEYS_FILE, not both.');
  if (inline) return nonEmpty(parseApiKeys(inline, 'KG_API_KEYS'), 'KG_API_KEYS');
  if (!file) return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InvalidInputError(`KG_API_KEYS_FILE: cannot read "${file}" (${error instanceof Error ? error.message : String(error)}).`);
  }
  return nonEmpty(parseApiKeys(text, `KG_API_KEYS_FILE "${file}"`), 'KG_API_KEYS_FILE');
}

function nonEmpty(ring: KeyRing, where: string): KeyRing {
  if (ring.size === 0) throw new InvalidInputError(`${where}: no key is given.`);
  return ring;
}

/** SHA-256 of a secret, as stored with the `sha256:` prefix (hex). */
export function sha256(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}
