// Wiring only: storage -> store (loaded from storage, seeded on first start) -> Apollo Server ->
// Express -> HTTP. Run directly (`node dist/src/server.js`), it listens on PORT and prints one
// ready line; storage is PostgreSQL when DATABASE_URL is set, else the SQLite file in KG_DATA
// (default ./data). A storage that cannot be opened or read stops it with one line and exit code 1.
// Access (API keys, protected mode), limits, rate limits and CORS come from the KG_* variables
// (api/config.ts) unless the options give them.
import { realpathSync } from 'node:fs';
import http from 'node:http';
import { type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { type Logger, pino } from 'pino';
import {
  type AccessPolicy,
  type ExecutionLimits,
  type RateLimits,
  verifyBodyDepth,
  addressRateLimit,
  callerOf,
  corsAllowList,
  createApolloServer,
  createContext,
  executeOverview,
  identifyCaller,
  LOCAL_CALLER,
  OverviewCache,
  jsonErrorHandler,
  keyRateLimit,
  notFoundHandler,
  restRoutes,
  securityHeaders,
  selectionGuard,
  serviceConfigFromEnvironment,
  webRoutes,
} from './api/index.js';
import { countOf } from './domain/index.js';
import { GraphStore, graphStats } from './graph/index.js';
import { type LoadReport, PersistentGraph, type Storage, openStorage } from './graph/persistence/index.js';
import { MAX_DOCUMENT_CHARS } from './ingest/index.js';
import { gazetteer } from './ingest/model/gazetteer.js';
import { type Extractor, type PoolOptions, inProcessExtractor, packageRoot, seedOnFirstStart, workerPoolExtractor } from './service/index.js';

/** How to start the service. */
export interface ServerOptions {
  /** Port to listen on; 0 picks a free one. Default 4000. */
  readonly port?: number;
  /**
   * Interface to listen on; default 127.0.0.1 when no API key is configured (protected mode),
   * all interfaces when keys are.
   */
  readonly host?: string | undefined;
  /** Who may do what; default from KG_API_KEYS, KG_API_KEYS_FILE and KG_PUBLIC_READS. */
  readonly access?: AccessPolicy;
  /** Time and size limits of a query; default from KG_QUERY_TIMEOUT_MS, KG_MAX_RESPONSE_BYTES, KG_MAX_EXPORT_BYTES. */
  readonly limits?: Partial<ExecutionLimits>;
  /** Requests per minute per address and per key (0: no limit); default from KG_RATE_LIMIT_PER_ADDRESS and KG_RATE_LIMIT_PER_KEY. */
  readonly rateLimits?: RateLimits;
  /** Origins allowed to call the API from a browser; default from KG_CORS_ORIGINS (none). */
  readonly corsOrigins?: readonly string[];
  /** Folder whose `*.txt` articles are ingested on first start (empty storage); default `<package>/seeds`. */
  readonly seedsDir?: string;
  /** Folder of the built GraphiQL page; default `<package>/dist/web`. */
  readonly webDir?: string;
  /** Folder of the SQLite file (kg.sqlite); default KG_DATA, else `./data`. Wins over DATABASE_URL. */
  readonly dataDir?: string;
  /** PostgreSQL URL to use instead of SQLite; default DATABASE_URL. */
  readonly databaseUrl?: string;
  /** Log only errors (tests). */
  readonly quiet?: boolean;
  /** Logger to use instead of the default one (JSON lines on standard error). */
  readonly logger?: Logger;
  /**
   * Where articles are read: a pool of worker threads with a time limit per article (default:
   * threads from KG_EXTRACTION_THREADS, else one per core; limit from KG_EXTRACTION_TIMEOUT_MS,
   * else 20 s), or 'in-process'.
   */
  readonly extraction?: PoolOptions | 'in-process';
  /** Told what the start is doing at each long step (loading, first-start seeding); silent by default. */
  readonly progress?: (message: string) => void;
}

/** A running service. */
export interface RunningServer {
  /** Base URL, without a trailing slash, such as `http://127.0.0.1:4000`. */
  readonly url: string;
  readonly store: GraphStore;
  /** The store with its storage. */
  readonly graph: PersistentGraph;
  /** What loading the stored graph at start did, and how long it took. */
  readonly loaded: LoadReport;
  /** True when no API key is configured: writes are accepted from this machine only. */
  readonly protectedMode: boolean;
  /** True when reads need no key (always in protected mode; with keys, KG_PUBLIC_READS=true). */
  readonly publicReads: boolean;
  /** Stops accepting requests, lets those in flight finish, releases the port and closes storage. */
  close(): Promise<void>;
}

/** Largest request body: a maximal article, as UTF-8 (at most 3 bytes a UTF-16 unit) with JSON escapes, and room for the query. */
export const MAX_BODY_BYTES = MAX_DOCUMENT_CHARS * 4 + 64 * 1024;

/**
 * Opens storage, loads the stored graph (ingesting the seed articles on first start), follows
 * other processes' writes and starts listening. Throws StorageError when storage cannot be used.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const root = packageRoot();
  const logger = options.logger ?? pino({ level: process.env.LOG_LEVEL ?? (options.quiet ? 'error' : 'warn') }, pino.destination(2));
  // Read before storage opens, so a bad setting changes nothing.
  const fromEnvironment = serviceConfigFromEnvironment(process.env);
  const settings: Settings = {
    access: options.access ?? fromEnvironment.access,
    limits: { ...fromEnvironment.limits, ...options.limits },
    rateLimits: options.rateLimits ?? fromEnvironment.rateLimits,
    corsOrigins: options.corsOrigins ?? fromEnvironment.corsOrigins,
  };
  const pool = options.extraction ?? poolOptionsFromEnvironment();
  const storage = await openStorage({
    ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
    ...(options.databaseUrl === undefined ? {} : { databaseUrl: options.databaseUrl }),
  });
  // The gazetteer knows countries' official and short names, so the store joins them across articles.
  const graph = new PersistentGraph(storage, new GraphStore({ authority: gazetteer() }), logger);
  const extractor = pool === 'in-process' ? inProcessExtractor : workerPoolExtractor(pool);
  try {
    return await serve(graph, extractor, root, logger, options, settings);
  } catch (error) {
    await Promise.allSettled([graph.close(), extractor.close()]);
    throw error;
  }
}

interface Settings {
  readonly access: AccessPolicy;
  readonly limits: ExecutionLimits;
  readonly rateLimits: RateLimits;
  readonly corsOrigins: readonly string[];
}

async function serve(
  graph: PersistentGraph,
  extractor: Extractor,
  root: string,
  logger: Logger,
  options: ServerOptions,
  settings: Settings,
): Promise<RunningServer> {
  const progress = options.progress ?? ((): void => undefined);
  progress(`Loading the stored graph from ${describeStorage(graph.storage)}...`);
  const loaded = await graph.load();
  logger.info({ storage: graph.storage.location, ...loaded }, 'stored graph loaded');
  progress(`  ${countOf(loaded.documents, 'document')} loaded in ${(loaded.milliseconds / 1000).toFixed(1)} s.`);
  const seedsDir = options.seedsDir ?? join(root, 'seeds');
  if (!(await graph.storage.isSeeded())) {
    const started = performance.now();
    progress(`First start: reading the seed articles in ${seedsDir}...`);
    const read = await seedOnFirstStart(graph, seedsDir, logger, extractor);
    progress(`  ${countOf(read, 'seed article')} ingested in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  }
  graph.follow();
  const { store } = graph;
  // Built in slices while the service answers; searches meanwhile wait a little or are refused.
  const indexing = performance.now();
  store.fullText.whenBuilt().then(
    () => logger.info({ milliseconds: Math.round(performance.now() - indexing) }, 'search index built'),
    (error: unknown) => logger.error({ err: error }, 'search index build failed; searches will build it'),
  );

  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const apollo = createApolloServer({ logger, httpServer, access: settings.access, limits: settings.limits });
  await apollo.start();

  app.use(securityHeaders());
  if (settings.corsOrigins.length > 0) app.use(corsAllowList(settings.corsOrigins));
  // The API (not the pages, nor the health check): rate limits, then who is calling.
  app.use(
    ['/graphql', '/api'],
    addressRateLimit(settings.rateLimits, logger),
    identifyCaller(settings.access, true),
    keyRateLimit(settings.rateLimits, logger),
  );
  const overview = new OverviewCache(
    store,
    executeOverview(apollo, () => createContext(graph, logger, LOCAL_CALLER, extractor)),
  );
  overview.watch();
  app.use(restRoutes(store, overview));
  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY_BYTES, verify: verifyBodyDepth }),
    selectionGuard(),
    expressMiddleware(apollo, { context: async ({ res }) => createContext(graph, logger, callerOf(res), extractor) }),
  );
  app.use(webRoutes(options.webDir ?? join(root, 'dist', 'web')));
  app.use(notFoundHandler());
  app.use(jsonErrorHandler(logger));

  const protectedMode = settings.access.keys === undefined;
  // Protected mode listens on this machine only unless told otherwise.
  const host = options.host ?? (protectedMode ? '127.0.0.1' : undefined);
  try {
    await listen(httpServer, options.port ?? 4000, host);
  } catch (error) {
    overview.stop();
    await apollo.stop();
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    url: urlOf(httpServer.address() as AddressInfo, host),
    store,
    graph,
    loaded,
    protectedMode,
    publicReads: protectedMode || settings.access.publicReads,
    // Apollo's drain plugin closes the HTTP server once requests in flight are answered; writes
    // in progress then finish before storage closes.
    close: () => {
      overview.stop();
      return (closing ??= apollo
        .stop()
        .then(() => Promise.all([graph.close(), extractor.close()]))
        .then(() => undefined));
    },
  };
}

/** The storage in words, for people: "SQLite file /path/kg.sqlite" or "PostgreSQL postgres://user@host/db". */
export function describeStorage(storage: Pick<Storage, 'backend' | 'location'>): string {
  return storage.backend === 'postgres' ? `PostgreSQL ${storage.location}` : `SQLite file ${storage.location}`;
}

function listen(server: http.Server, port: number, host: string | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** The URL clients should use: a wildcard interface is reached as localhost. */
function urlOf(address: AddressInfo, host: string | undefined): string {
  const wildcard = host === undefined || host === '' || host === '0.0.0.0' || host === '::';
  const name = wildcard ? 'localhost' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${name}:${address.port}`;
}

/** Pool settings from KG_EXTRACTION_THREADS and KG_EXTRACTION_TIMEOUT_MS; throws with one line on a bad value. */
function poolOptionsFromEnvironment(): PoolOptions {
  const read = (name: string, min: number): number | undefined => {
    const raw = process.env[name];
    if (raw === undefined || raw === '') return undefined;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer of at least ${min}, got "${raw}".`);
    return value;
  };
  const threads = read('KG_EXTRACTION_THREADS', 1);
  const timeoutMs = read('KG_EXTRACTION_TIMEOUT_MS', 100);
  return { ...(threads === undefined ? {} : { threads }), ...(timeoutMs === undefined ? {} : { timeoutMs }) };
}

/** Reads PORT, exits with one line on a bad value. */
function portFromEnvironment(): number {
  const raw = process.env.PORT ?? '4000';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`PORT must be an integer from 0 to 65535, got "${raw}".`);
  }
  return port;
}

async function main(): Promise<void> {
  const logger = pino({ level: process.env.LOG_LEVEL ?? 'warn' }, pino.destination(2));
  // A bug in one request must not take the service down; it is logged and the request fails.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
  const running = await startServer({
    port: portFromEnvironment(),
    ...(process.env.HOST ? { host: process.env.HOST } : {}),
    logger,
    progress: (message) => process.stderr.write(`${message}\n`),
  });
  // Handlers go in before the ready line: whoever reads that line may stop the service at once.
  const shutdown = (): void => {
    running.close().then(
      () => {
        // Leave once nothing is left to run rather than at once: process.exit() while a worker
        // thread is still being torn down can abort the process. Anything forgotten still gets 5 s.
        process.exitCode = 0;
        setTimeout(() => process.exit(0), 5_000).unref();
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  const stats = graphStats(running.store);
  const access = running.protectedMode
    ? 'protected mode: no API key configured, writes accepted from this machine only (set KG_API_KEYS to open it)'
    : `API keys required for writes${running.publicReads ? ', reads public' : ' and reads'}`;
  process.stdout.write(
    `News KG ready at ${running.url}/ (GraphQL /graphql), storage: ${describeStorage(running.graph.storage)}; ` +
      `${countOf(stats.documents, 'document')}, ${countOf(stats.entities, 'entity')}, ${countOf(stats.relations, 'relation')} loaded; ${access}\n`,
  );
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  main().catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`News KG could not start: ${reason.replace(/\.?$/, '.')}\n`);
    process.exit(1);
  });
}
