// Support for the crash tests: the real server as a child process, small generated articles sent
// through GraphQL over HTTP, and the reference graph that a clean replay of exactly the stored
// documents gives, to compare the restarted server with.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GraphStore } from '../../src/graph/index.js';
import { gazetteer } from '../../src/ingest/model/gazetteer.js';
import { extract } from '../../src/ingest/index.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** A server process and what it printed. */
export interface ServerProcess {
  readonly child: ChildProcess;
  /** Base URL, once ready. */
  readonly url: string;
  readonly output: { stdout: string; stderr: string };
  /** Resolves with the exit code (null when killed by a signal). */
  readonly exited: Promise<number | null>;
}

/** What a process that failed to start printed. */
export interface FailedStart {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Starts `node src/server.ts` with `env` added; resolves once it prints its ready line, rejects with its output when it exits first. */
export function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'src', 'server.ts')], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: '', KG_DATA: '', LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code, signal) => {
      // A death by signal is otherwise only "null"; say which signal and what the server last printed.
      if (signal !== null) output.stderr += `\n[harness] the server was ended by ${signal}`;
      resolve(code);
    }),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start within 60 s: ${output.stderr}`));
    }, 60_000);
    const onData = (): void => {
      const url = /ready at (http:\/\/[\d.:]+)\//.exec(output.stdout)?.[1];
      if (url === undefined) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      resolve({ child, url, output, exited });
    };
    child.stdout.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      const failure: FailedStart = { code, ...output };
      reject(Object.assign(new Error(`the server exited with ${code}: ${output.stderr}`), { failure }));
    });
  });
}

/** Runs the server until it exits on its own (it is expected to fail); returns its code and output. */
export async function failedStart(env: Record<string, string>): Promise<FailedStart> {
  try {
    const running = await startServerProcess(env);
    running.child.kill('SIGKILL');
    throw new Error(`the server started at ${running.url} although it should not have`);
  } catch (error) {
    if (error instanceof Error && 'failure' in error) return error.failure as FailedStart;
    throw error;
  }
}

/** Stops a server with SIGTERM and waits for it. */
export async function stopServerProcess(server: ServerProcess): Promise<number | null> {
  server.child.kill('SIGTERM');
  const code = await server.exited;
  if (code !== 0) process.stderr.write(`server stopped with code ${code}; its standard error ended with:\n${server.output.stderr.slice(-3000)}\n`);
  return code;
}

/** Response of one GraphQL request. */
export interface GraphQLBody<T> {
  readonly data?: T | null;
  readonly errors?: readonly { message: string; extensions?: { code?: string } }[];
}

/** POSTs a GraphQL operation. */
export async function graphql<T>(url: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLBody<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLBody<T>;
}

const COUNTRIES = ['France', 'Germany', 'Spain', 'Italy', 'Portugal', 'Poland', 'Austria', 'Belgium', 'Greece', 'Sweden', 'Norway', 'Denmark', 'Finland'];
const CITIES = ['Lyon', 'Berlin', 'Madrid', 'Rome', 'Lisbon', 'Warsaw', 'Vienna', 'Brussels', 'Athens', 'Stockholm'];

/** The i-th small article: countries and cities recur across articles, so later ones add evidence to earlier relations. */
export function smallArticle(i: number): string {
  const a = COUNTRIES[i % COUNTRIES.length] ?? 'France';
  const b = COUNTRIES[(i * 7 + 3) % COUNTRIES.length] ?? 'Spain';
  const other = a === b ? 'Ireland' : b;
  const city = CITIES[i % CITIES.length] ?? 'Lyon';
  return `Talks number ${i} in ${city}\n\nThe foreign minister of ${a} met officials from ${other} in ${city} on day ${i}. Reuters reported that ${(i % 50) + 2} people were arrested.`;
}

/** A stored document as the API lists it. */
export interface ListedDocument {
  readonly id: string;
  readonly title: string;
  readonly source: string | null;
  readonly publishedAt: string | null;
  readonly text: string;
  readonly entities: readonly { readonly id: string }[];
}

/** Every document the server holds, in ingestion order. */
export async function listDocuments(url: string): Promise<ListedDocument[]> {
  const body = await graphql<{ documents: ListedDocument[] }>(
    url,
    `
      {
        documents {
          id
          title
          source
          publishedAt
          text
          entities {
            id
          }
        }
      }
    `,
  );
  if (body.errors !== undefined || body.data === undefined || body.data === null) throw new Error(`documents query failed: ${JSON.stringify(body.errors)}`);
  return body.data.documents;
}

/** The graph a clean ingestion of `documents`, in this order, builds. */
export function referenceStore(documents: readonly ListedDocument[]): GraphStore {
  // The server's store: the gazetteer is its authority on names across articles.
  const store = new GraphStore({ authority: gazetteer() });
  for (const d of documents) store.applyExtraction(extract({ text: d.text, title: d.title, source: d.source, publishedAt: d.publishedAt }));
  return store;
}

/** A number from `min` (inclusive) to `max` (exclusive). */
export function randomBetween(min: number, max: number): number {
  return Math.floor(min + Math.random() * (max - min));
}

/** What a crash run sent and what the server acknowledged before it was killed. */
export interface CrashRun {
  /** Acknowledged documents: id -> text. */
  readonly acknowledged: ReadonlyMap<string, string>;
  /** Texts sent, acknowledged or not. */
  readonly sent: ReadonlySet<string>;
  readonly killedAfterMs: number;
}

const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { alreadyPresent document { id } } }`;
const INGEST_BATCH = `mutation($inputs: [IngestDocumentInput!]!) { ingestDocuments(inputs: $inputs) { alreadyPresent document { id } } }`;

/** How articles are sent: one per ingestDocument, or `size` per ingestDocuments (one transaction each). */
export type IngestMode = { readonly kind: 'single' } | { readonly kind: 'batch'; readonly size: number };

/**
 * Sends up to `total` small articles, `concurrency` requests at a time, and kills the server with
 * SIGKILL `killAfterMs` after the first acknowledgement (or once all are acknowledged).
 */
export async function ingestUntilKilled(
  server: ServerProcess,
  killAfterMs: number,
  mode: IngestMode = { kind: 'single' },
  total = 1_000,
  concurrency = 4,
): Promise<CrashRun> {
  const acknowledged = new Map<string, string>();
  const sent = new Set<string>();
  let next = 0;
  let killed = false;
  let started = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const kill = (): void => {
    if (killed) return;
    killed = true;
    server.child.kill('SIGKILL');
  };
  const worker = async (): Promise<void> => {
    while (!killed && next < total) {
      const size = mode.kind === 'batch' ? Math.min(mode.size, total - next) : 1;
      const texts = Array.from({ length: size }, (_, i) => smallArticle(next + i));
      next += size;
      for (const text of texts) sent.add(text);
      let ids: readonly (string | undefined)[];
      try {
        if (mode.kind === 'batch') {
          const inputs = texts.map((text) => ({ text, source: 'crash-test' }));
          const body = await graphql<{ ingestDocuments: { document: { id: string } }[] }>(server.url, INGEST_BATCH, { inputs });
          if (body.errors !== undefined) throw new Error(`ingest refused: ${JSON.stringify(body.errors)}`);
          ids = texts.map((_, i) => body.data?.ingestDocuments[i]?.document.id);
        } else {
          const body = await graphql<{ ingestDocument: { document: { id: string } } }>(server.url, INGEST, { input: { text: texts[0], source: 'crash-test' } });
          if (body.errors !== undefined) throw new Error(`ingest refused: ${JSON.stringify(body.errors)}`);
          ids = [body.data?.ingestDocument.document.id];
        }
      } catch (error) {
        if (error instanceof Error && error.message.startsWith('ingest refused')) throw error;
        return; // The connection died with the server: not acknowledged.
      }
      for (const [i, id] of ids.entries()) {
        const text = texts[i];
        if (id === undefined || text === undefined) throw new Error('ingest answered without a document id');
        acknowledged.set(id, text);
      }
      if (timer === undefined) {
        started = Date.now();
        timer = setTimeout(kill, killAfterMs);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, () => worker()));
  if (timer !== undefined) clearTimeout(timer);
  kill();
  await server.exited;
  return { acknowledged, sent, killedAfterMs: Date.now() - started };
}
