// Where extraction runs. The service runs it in a pool of worker threads with a time limit per
// article (extraction is synchronous CPU work: on the request thread, one long article would stall
// every other client); the CLI and tests may run it in-process.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { type DocumentInput, type Extraction, ExtractionTimeoutError, ServiceBusyError } from '../domain/index.js';
import { extract } from '../ingest/index.js';
import { packageRoot } from './package-root.js';
import { type ExtractionTask } from './extraction-worker.js';
import { loadedThreadId } from './worker-messages.js';

/** Reads articles into extractions. */
export interface Extractor {
  extract(input: DocumentInput): Promise<Extraction>;
  /** Resolves once every thread has loaded the extractor (at once when there are no threads). */
  ready(): Promise<void>;
  /** Stops the worker threads, if any. */
  close(): Promise<void>;
}

/** Extraction on the calling thread: for the CLI, tests and tools, never for a server. */
export const inProcessExtractor: Extractor = {
  extract: (input) => Promise.resolve(extract(input)),
  ready: () => Promise.resolve(),
  close: () => Promise.resolve(),
};

/** Default time one article may take before it is refused (a maximal article takes a few seconds). */
export const DEFAULT_EXTRACTION_TIMEOUT_MS = 20_000;
/** Default number of articles waiting for a thread before new ones are refused as SERVICE_BUSY. */
export const DEFAULT_EXTRACTION_QUEUE = 1_000;
/** Longest that closing waits for threads still loading (a thread loads in well under a second). */
const CLOSE_WAIT_MS = 10_000;

/** How the pool is sized and bounded. */
export interface PoolOptions {
  /** Worker threads; default the number of cores. */
  readonly threads?: number;
  /** Time limit per article, counted from when a thread starts on it; default 20 s. */
  readonly timeoutMs?: number;
  /** Most articles waiting for a thread; default 1,000. */
  readonly maxQueue?: number;
}

/**
 * Extraction in worker threads. An article that runs past the time limit has its thread terminated
 * (piscina starts a new one) and is refused with EXTRACTION_TIMEOUT; nothing of it is stored, since
 * storing happens only after extraction returns.
 */
export function workerPoolExtractor(options: PoolOptions = {}): Extractor {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const timeoutMs = options.timeoutMs ?? DEFAULT_EXTRACTION_TIMEOUT_MS;
  const maxQueue = options.maxQueue ?? DEFAULT_EXTRACTION_QUEUE;
  // The worker is compiled JavaScript: it needs none of the parent's loader flags (under `--import tsx`
  // a worker thread that inherits them never starts).
  const pool = new Piscina<ExtractionTask, Extraction>({ filename: workerFile(), minThreads: threads, maxThreads: threads, idleTimeout: 60_000, execArgv: [] });
  // The pool gets at most one article per thread; the rest wait here, in order, within maxQueue.
  const waiting: (() => void)[] = [];
  let running = 0;
  const loading = threadsLoading(pool);
  const release = (): void => {
    running -= 1;
    waiting.shift()?.();
  };
  const acquire = async (): Promise<void> => {
    if (running < threads) {
      running += 1;
      return;
    }
    if (waiting.length >= maxQueue) throw new ServiceBusyError(`${waiting.length} articles are waiting for extraction; try again later.`);
    await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
  };
  return {
    async extract(input) {
      await acquire();
      // The time limit starts when the thread says it has started on the article: neither the wait
      // for a thread nor the start of a fresh one (after a timeout) counts against the article.
      const { port1, port2 } = new MessageChannel();
      const abort = new AbortController();
      let timer: NodeJS.Timeout | undefined;
      port1.once('message', () => {
        timer = setTimeout(() => abort.abort(), timeoutMs);
      });
      try {
        return await pool.run({ input, started: port2 }, { signal: abort.signal, transferList: [port2] });
      } catch (error) {
        if (abort.signal.aborted && isAbort(error)) {
          throw new ExtractionTimeoutError(`The article could not be read within ${timeoutMs / 1000} s; it was not stored.`);
        }
        throw error;
      } finally {
        clearTimeout(timer);
        port1.close();
        release();
      }
    },
    ready: loading.ready,
    // Node 20 aborts the whole process (a V8 fatal error, not an exception) when a thread is
    // terminated while it is still instantiating its ES modules, which piscina loads with
    // require(esm); a service stopped soon after it started met exactly that. So closing first
    // waits until every thread has loaded.
    close: async () => {
      await withDeadline(loading.ready(), CLOSE_WAIT_MS);
      await pool.destroy();
    },
  };
}

/** Which of the pool's threads have loaded the extraction module: each says so once, by a message. */
function threadsLoading(pool: Piscina): { readonly ready: () => Promise<void> } {
  const loaded = new Set<number>();
  const waiting: (() => void)[] = [];
  const allLoaded = (): boolean => pool.threads.every((thread) => loaded.has(thread.threadId));
  const settle = (): void => {
    if (allLoaded()) for (const resolve of waiting.splice(0)) resolve();
  };
  pool.on('message', (message: unknown) => {
    const id = loadedThreadId(message);
    if (id === undefined) return;
    loaded.add(id);
    settle();
  });
  // A thread that ends before it has loaded (a timed-out article's replacement, a crash) is no longer waited for.
  pool.on('workerDestroy', settle);
  return { ready: () => (allLoaded() ? Promise.resolve() : new Promise<void>((resolve) => waiting.push(resolve))) };
}

/** `promise`, or nothing once `ms` have passed. */
async function withDeadline(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  try {
    await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');
}

/** The compiled worker module: beside this one when running from dist/, else the build's copy (vitest runs src/). */
function workerFile(): string {
  const here = fileURLToPath(new URL('./extraction-worker.js', import.meta.url));
  if (existsSync(here)) return here;
  return join(packageRoot(), 'dist', 'src', 'service', 'extraction-worker.js');
}
