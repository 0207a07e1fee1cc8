// What the security tests share: the real service on loopback over a graph of generated articles
// (one hub entity in every article, as in real news), a logger that keeps every line so a test can
// count error-level ones, and a timed GraphQL client.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { type RunningServer, type ServerOptions, startServer } from '../../src/server.js';
import { syntheticArticles } from '../support/synthetic-news.js';

/** A server under test, its log lines and a client. */
export interface Target {
  readonly server: RunningServer;
  /** Every log line (JSON), warn level and above. */
  readonly lines: string[];
  /** Log lines at error level or above. */
  errorLines(): string[];
  /** POSTs a GraphQL request and times it. */
  post(body: unknown, headers?: Record<string, string>): Promise<Answer>;
  /** POSTs `{ query, variables }`. */
  graphql(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<Answer>;
  close(): Promise<void>;
}

/** One answer: status, parsed body (or the text when it is not JSON), headers, milliseconds taken. */
export interface Answer {
  readonly status: number;
  readonly body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } | undefined;
  readonly text: string;
  readonly headers: Headers;
  readonly ms: number;
}

/** The `extensions.code` of an answer's first error. */
export function codeOf(answer: Answer): string | undefined {
  return answer.body?.errors?.[0]?.extensions?.code;
}

/** Starts the service on 127.0.0.1 over `articles` generated articles, with `options` on top. */
export async function startTarget(articles: number, options: Partial<ServerOptions> = {}): Promise<Target> {
  const dir = await mkdtemp(join(tmpdir(), 'news-kg-security-'));
  const seedsDir = join(dir, 'seeds');
  await mkdir(seedsDir);
  const texts = syntheticArticles(articles);
  await Promise.all(texts.map((text, i) => writeFile(join(seedsDir, `article-${String(i).padStart(4, '0')}.txt`), text)));
  const lines: string[] = [];
  const logger = pino({ level: 'warn' }, { write: (line: string) => void lines.push(line) });
  const server = await startServer({ port: 0, host: '127.0.0.1', seedsDir, dataDir: join(dir, 'data'), webDir: join(dir, 'web'), logger, ...options });
  const post = async (body: unknown, headers: Record<string, string> = {}): Promise<Answer> => {
    const started = performance.now();
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: Answer['body'];
    try {
      parsed = JSON.parse(text) as Answer['body'];
    } catch {
      parsed = undefined;
    }
    return { status: response.status, body: parsed, text, headers: response.headers, ms: performance.now() - started };
  };
  return {
    server,
    lines,
    errorLines: () => lines.filter((line) => (JSON.parse(line) as { level: number }).level >= 50),
    post,
    graphql: (query, variables, headers) => post({ query, ...(variables === undefined ? {} : { variables }) }, headers),
    close: async () => {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
