// The `kg` command as a user meets it: the package's binary, where it looks for the service (KG_URL,
// PORT), and the store commands refusing a store that is not there without creating one.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/read-article.js';
import { defaultGraphqlUrl } from '../../src/cli/graphql-client.js';
import { type KgRun, runKg } from '../support/run-kg.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const packageJson = (await import('../../package.json', { with: { type: 'json' } })).default as { bin: { kg: string } };

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'news-kg-command-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Runs `kg` with no storage from the environment, so only the options choose one. */
function kg(args: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<KgRun> {
  return runKg(args, { DATABASE_URL: '', KG_DATA: '', KG_URL: '', PORT: '', ...env });
}

describe('kg: the package binary', () => {
  it('is the file package.json names, and prints the help with every command', async () => {
    expect(packageJson.bin.kg).toBe('./bin/kg.mjs');
    const child = spawn(process.execPath, [join(repoRoot, 'bin', 'kg.mjs'), '--help'], { cwd: tmpdir(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    for (const command of ['extract', 'eval', 'ingest', 'export', 'reindex', 'backup', 'restore']) expect(stdout).toContain(`  ${command}`);
  });
});

describe('kg: where the service is', () => {
  const cases: [env: Record<string, string>, url: string][] = [
    [{}, 'http://localhost:4000/graphql'],
    [{ PORT: '4123' }, 'http://localhost:4123/graphql'],
    [{ KG_URL: 'http://kg.example:8080/graphql' }, 'http://kg.example:8080/graphql'],
    [{ KG_URL: 'http://kg.example:8080/graphql', PORT: '4123' }, 'http://kg.example:8080/graphql'],
  ];
  it.each(cases)('with %j it posts to %s', (env, url) => {
    expect(defaultGraphqlUrl(env)).toBe(url);
  });

  it.each([[{ PORT: 'x' }], [{ PORT: '70000' }], [{ KG_URL: 'ftp://kg.example/' }]])('refuses %j', (env) => {
    expect(() => defaultGraphqlUrl(env)).toThrow(CliError);
  });

  it('kg export goes to the port in PORT when --url is not given', async () => {
    // Port 9 (discard) has no service: the message names the URL it tried.
    const result = await kg(['export'], { PORT: '9' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('http://localhost:9/graphql');
  });
});

describe('kg: store commands refuse a store that is not there', () => {
  it('kg backup --data /nonexistent exits 1 in one line and creates nothing', async () => {
    const missing = join(root, 'no-such-dir');
    const result = await kg(['backup', '--data', missing, '--out', join(root, 'b.jsonl')]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(missing);
    expect(existsSync(missing)).toBe(false);
    expect(existsSync(join(root, 'b.jsonl'))).toBe(false);
  });

  it.each([['backup', '--out', 'x.jsonl'], ['reindex']])('kg %s on a directory without kg.sqlite exits 1 and creates no database', async (...args) => {
    const dir = await mkdtemp(join(root, 'empty-'));
    const result = await kg([...args, '--data', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^kg: there is no store in .* \(no kg\.sqlite\)/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('kg restore of a missing file exits 1 before touching the storage', async () => {
    const dir = await mkdtemp(join(root, 'target-'));
    const result = await kg(['restore', join(root, 'missing.jsonl'), '--data', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^kg: cannot read the backup file .*missing\.jsonl" \(ENOENT\); nothing was restored\.\n$/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('kg restore of a file that is not a backup exits 1 before touching the storage', async () => {
    const dir = await mkdtemp(join(root, 'target-'));
    const file = join(root, 'not-a-backup.jsonl');
    await writeFile(file, '{"title": "an article"}\n');
    const result = await kg(['restore', file, '--data', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('not a news-kg backup');
    expect(await readdir(dir)).toEqual([]);
  });

  it('kg restore into a data directory that does not exist exits 1 and creates it not', async () => {
    const file = join(root, 'not-a-backup-either.jsonl');
    await writeFile(file, '{"title": "an article"}\n');
    const missing = join(root, 'no-target');
    const result = await kg(['restore', file, '--data', missing]);
    expect(result.code).toBe(1);
    expect(existsSync(missing)).toBe(false);
    expect(result.stderr).toContain('not a news-kg backup');
  });
});
