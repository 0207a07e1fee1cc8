// API keys, roles and protected mode against the real service on loopback: without a key every
// mutation is refused (401 UNAUTHENTICATED), with a read key too (403 FORBIDDEN), with a write
// key it runs and the curation log names the key. With no key configured, a mutation from this
// machine works, writes from elsewhere are refused, and the service listens on loopback only.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_CALLER, type Caller, operationRefusal, parseApiKeys, sha256 } from '../../src/api/index.js';
import { ErrorCode, InvalidInputError } from '../../src/domain/index.js';
import { type LogEntry } from '../../src/graph/persistence/index.js';
import { runKg } from '../support/run-kg.js';
import { type Target, codeOf, startTarget } from './support.js';

const READER = 'reader-secret-0123456789';
const WRITER = 'writer-secret-0123456789';
const ADMIN = 'admin-secret-0123456789ab';
// The admin's secret is configured as its SHA-256, as a keys file may hold it.
const KEYS = `reader:read:${READER}, writer:write:${WRITER}, boss:admin:sha256:${sha256(ADMIN).toString('hex')}`;

const bearer = (secret: string): Record<string, string> => ({ authorization: `Bearer ${secret}` });

const MUTATIONS: readonly [string, string][] = [
  ['renameEntity', 'mutation { renameEntity(id: "country:france", name: "Pwned Land") { name } }'],
  ['mergeEntities', 'mutation { mergeEntities(keep: "country:spain", merge: ["country:portugal"]) { name } }'],
  ['deleteDocument', 'mutation { deleteDocument(id: "doc:0000000000000000") { id } }'],
  ['ingestDocument', 'mutation { ingestDocument(input: { text: "Report\\n\\nFrance met Spain in Paris." }) { alreadyPresent } }'],
];

/** Entries of the curation log. */
async function curationLog(target: Target): Promise<LogEntry[]> {
  const entries: LogEntry[] = [];
  await target.server.graph.storage.readLog((entry) => entries.push(entry));
  return entries.filter((e) => e.kind === 'curation');
}

describe('parseApiKeys', () => {
  it('reads name:role:secret entries, plain or as sha256, and finds a key by its secret', () => {
    const ring = parseApiKeys(KEYS, 'test');
    expect(ring.size).toBe(3);
    expect(ring.find(READER)).toEqual({ name: 'reader', role: 'read' });
    expect(ring.find(ADMIN)).toEqual({ name: 'boss', role: 'admin' });
    expect(ring.find('reader-secret-012345678')).toBeUndefined();
    expect(ring.find('')).toBeUndefined();
  });

  it('reads one entry a line, skipping blank lines and comments', () => {
    expect(parseApiKeys(`# keys\nreader:read:${READER}\n\nwriter:write:${WRITER}\n`, 'file').size).toBe(2);
  });

  it.each([
    ['no role', `reader:${READER}`],
    ['an unknown role', `reader:owner:${READER}`],
    ['a short secret', 'reader:read:short'],
    ['a bad hash', 'reader:read:sha256:abc'],
    ['a bad name', `read er:read:${READER}`],
    ['a name twice', `a:read:${READER},a:write:${WRITER}`],
  ])('refuses %s', (_what, text) => {
    expect(() => parseApiKeys(text, 'test')).toThrow(InvalidInputError);
  });
});

describe('operationRefusal', () => {
  const ring = parseApiKeys(KEYS, 'test');
  const remote: Caller = { key: undefined, loopback: false, address: '192.0.2.9' };
  const withKey = (name: string, role: 'read' | 'write' | 'admin'): Caller => ({ key: { name, role }, loopback: false, address: '192.0.2.9' });
  const cases: readonly [string, Parameters<typeof operationRefusal>, string | undefined][] = [
    ['protected mode: a read from elsewhere', [{ keys: undefined, publicReads: true }, remote, 'query'], undefined],
    ['protected mode: a write from this machine', [{ keys: undefined, publicReads: true }, LOCAL_CALLER, 'mutation'], undefined],
    ['protected mode: a write from elsewhere', [{ keys: undefined, publicReads: true }, remote, 'mutation'], ErrorCode.FORBIDDEN],
    ['keys: a read without a key', [{ keys: ring, publicReads: false }, remote, 'query'], ErrorCode.UNAUTHENTICATED],
    ['keys, public reads: a read without a key', [{ keys: ring, publicReads: true }, remote, 'query'], undefined],
    ['keys, public reads: a write without a key', [{ keys: ring, publicReads: true }, LOCAL_CALLER, 'mutation'], ErrorCode.UNAUTHENTICATED],
    ['keys: a write with a read key', [{ keys: ring, publicReads: false }, withKey('reader', 'read'), 'mutation'], ErrorCode.FORBIDDEN],
    ['keys: a write with a write key', [{ keys: ring, publicReads: false }, withKey('writer', 'write'), 'mutation'], undefined],
    ['keys: a write with an admin key', [{ keys: ring, publicReads: false }, withKey('boss', 'admin'), 'mutation'], undefined],
  ];
  it.each(cases)('%s', (_what, args, code) => {
    expect(operationRefusal(...args)?.extensions.code).toBe(code);
  });
});

describe('with KG API keys configured', { timeout: 60_000 }, () => {
  let target: Target;
  beforeAll(async () => {
    target = await startTarget(10, { access: { keys: parseApiKeys(KEYS, 'test'), publicReads: false } });
  }, 60_000);
  afterAll(() => target.close());

  it.each(MUTATIONS)('refuses %s without a key: 401 UNAUTHENTICATED, and changes nothing', async (_name, mutation) => {
    const version = target.server.store.version;
    const answer = await target.graphql(mutation);
    expect(answer.status).toBe(401);
    expect(codeOf(answer)).toBe(ErrorCode.UNAUTHENTICATED);
    expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(target.server.store.version).toBe(version);
  });

  it.each(MUTATIONS)('refuses %s with a read key: 403 FORBIDDEN', async (_name, mutation) => {
    const answer = await target.graphql(mutation, undefined, bearer(READER));
    expect(answer.status).toBe(403);
    expect(codeOf(answer)).toBe(ErrorCode.FORBIDDEN);
  });

  it('refuses an unknown key with 401, even for a read', async () => {
    const answer = await target.graphql('{ stats { entities } }', undefined, bearer('not-a-key-at-all-0123'));
    expect(answer.status).toBe(401);
    expect(codeOf(answer)).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('refuses reads without a key (reads are not public), on GraphQL and the JSON route', async () => {
    const answer = await target.graphql('{ stats { entities } }');
    expect(answer.status).toBe(401);
    const rest = await fetch(`${target.server.url}/api/entities/country:france`);
    expect(rest.status).toBe(401);
    expect((await fetch(`${target.server.url}/api/overview`)).status).toBe(401);
    // The health check stays open for load balancers.
    expect((await fetch(`${target.server.url}/healthz`)).status).toBe(200);
  });

  it('answers reads with a read key', async () => {
    const answer = await target.graphql('{ stats { entities } }', undefined, bearer(READER));
    expect(answer.status).toBe(200);
    expect(answer.body?.errors).toBeUndefined();
  });

  it('runs a rename with a write key and names the key in the curation log', async () => {
    const answer = await target.graphql('mutation { renameEntity(id: "country:france", name: "French Republic") { name } }', undefined, bearer(WRITER));
    expect(answer.body?.errors).toBeUndefined();
    expect(answer.body?.data).toEqual({ renameEntity: { name: 'French Republic' } });
    const log = await curationLog(target);
    expect(log.at(-1)).toMatchObject({ op: { kind: 'rename', id: 'country:france', name: 'French Republic' }, by: 'writer' });
  });

  it('runs a rename with the admin key stored as a hash', async () => {
    const answer = await target.graphql('mutation { renameEntity(id: "country:france", name: "France") { name } }', undefined, bearer(ADMIN));
    expect(answer.body?.errors).toBeUndefined();
    expect((await curationLog(target)).at(-1)).toMatchObject({ op: { kind: 'rename' }, by: 'boss' });
  });

  it('lets the CLI ingest with KG_API_KEY', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'news-kg-cli-key-'));
    const file = join(dir, 'a.txt');
    await writeFile(file, 'Talks in Lisbon\n\nThe foreign minister of Portugal met officials from Spain in Lisbon.');
    const url = `${target.server.url}/graphql`;
    const accepted = await runKg(['ingest', '--url', url, file], { KG_API_KEY: WRITER });
    expect(accepted.stderr).toBe('');
    expect(accepted.code).toBe(0);
    await rm(dir, { recursive: true, force: true });
  });
});

describe('with keys and KG_PUBLIC_READS=true', { timeout: 60_000 }, () => {
  let target: Target;
  beforeAll(async () => {
    target = await startTarget(5, { access: { keys: parseApiKeys(KEYS, 'test'), publicReads: true } });
  }, 60_000);
  afterAll(() => target.close());

  it('answers reads without a key and still refuses mutations without one', async () => {
    expect((await target.graphql('{ stats { entities } }')).status).toBe(200);
    const answer = await target.graphql(MUTATIONS[0]?.[1] ?? '');
    expect(answer.status).toBe(401);
    expect(codeOf(answer)).toBe(ErrorCode.UNAUTHENTICATED);
  });
});

/** Non-loopback IPv4 addresses of this machine. */
function outsideAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .flatMap((i) => (i !== undefined && i.family === 'IPv4' && !i.internal ? [i.address] : []));
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2_000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

describe('with no key configured (protected mode)', { timeout: 60_000 }, () => {
  let target: Target;
  beforeAll(async () => {
    // No host given: protected mode chooses loopback.
    target = await startTarget(5, { access: { keys: undefined, publicReads: true }, host: undefined });
  }, 60_000);
  afterAll(() => target.close());

  it('listens on 127.0.0.1 only', async () => {
    expect(target.server.protectedMode).toBe(true);
    const url = new URL(target.server.url);
    expect(url.hostname).toBe('127.0.0.1');
    for (const address of outsideAddresses()) expect(await canConnect(address, Number(url.port))).toBe(false);
  });

  it('runs a mutation from this machine', async () => {
    const answer = await target.graphql('mutation { renameEntity(id: "country:france", name: "French Republic") { name } }');
    expect(answer.body?.errors).toBeUndefined();
    expect(answer.body?.data).toEqual({ renameEntity: { name: 'French Republic' } });
  });
});

describe('protected mode on all interfaces (HOST=0.0.0.0)', { timeout: 60_000 }, () => {
  let target: Target;
  beforeAll(async () => {
    target = await startTarget(5, { access: { keys: undefined, publicReads: true }, host: '0.0.0.0' });
  }, 60_000);
  afterAll(() => target.close());

  it('answers reads from another address but refuses writes from it with 403 FORBIDDEN', async () => {
    const port = new URL(target.server.url).port;
    for (const address of outsideAddresses()) {
      const post = (query: string) =>
        fetch(`http://${address}:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      expect((await post('{ stats { entities } }')).status).toBe(200);
      const write = await post('mutation { renameEntity(id: "country:france", name: "Pwned Land") { name } }');
      expect(write.status).toBe(403);
      expect(((await write.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(ErrorCode.FORBIDDEN);
    }
    expect(target.server.store.graph.getNodeAttributes('country:france').name).toBe('France');
  });
});

describe('rate limits', { timeout: 60_000 }, () => {
  let target: Target;
  beforeAll(async () => {
    target = await startTarget(3, { rateLimits: { perAddress: 5, perKey: 0 } });
  }, 60_000);
  afterAll(() => target.close());

  it('answers 429 RATE_LIMITED with Retry-After past the per-address limit, and logs no error', async () => {
    const answers = [];
    for (let i = 0; i < 7; i += 1) answers.push(await target.graphql('{ stats { entities } }'));
    expect(answers.slice(0, 5).map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    const limited = answers[6];
    expect(limited?.status).toBe(429);
    expect(limited === undefined ? undefined : codeOf(limited)).toBe(ErrorCode.RATE_LIMITED);
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(target.errorLines()).toEqual([]);
  });
});
