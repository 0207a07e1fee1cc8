// Runs GraphQL operations through a real Apollo Server (no HTTP), over a store of our choosing,
// made durable by a private in-memory SQLite storage (the real storage code, nothing kept).
import { type ApolloServer } from '@apollo/server';
import { pino, type Logger } from 'pino';
import { type ApiContext, createApolloServer, createContext } from '../../src/api/index.js';
import { GraphStore } from '../../src/graph/index.js';
import { PersistentGraph, openMemoryStorage } from '../../src/graph/persistence/index.js';

/** The parts of a single GraphQL result a test reads. */
export interface Result<T> {
  readonly data?: T | null;
  readonly errors?: readonly { message: string; extensions?: Record<string, unknown>; path?: readonly (string | number)[] }[];
}

/** A started server and a way to run operations against it. */
export interface Harness {
  readonly store: GraphStore;
  readonly graph: PersistentGraph;
  readonly server: ApolloServer<ApiContext>;
  run<T>(query: string, variables?: Record<string, unknown>): Promise<Result<T>>;
  stop(): Promise<void>;
}

/** A silent logger, or one that records what it was given. */
export function testLogger(lines?: string[]): Logger {
  if (lines === undefined) return pino({ level: 'silent' });
  return pino({ level: 'error' }, { write: (line: string) => void lines.push(line) });
}

/** Starts an Apollo Server over `store`. */
export async function startHarness(store = new GraphStore(), logger = testLogger()): Promise<Harness> {
  const server = createApolloServer({ logger });
  await server.start();
  const graph = new PersistentGraph(openMemoryStorage(), store);
  return {
    store,
    graph,
    server,
    async run<T>(query: string, variables?: Record<string, unknown>): Promise<Result<T>> {
      const response = await server.executeOperation(
        { query, ...(variables === undefined ? {} : { variables }) },
        { contextValue: createContext(graph, logger) },
      );
      if (response.body.kind !== 'single') throw new Error('run: expected a single result.');
      return response.body.singleResult as Result<T>;
    },
    stop: async () => {
      await server.stop();
      await graph.close();
    },
  };
}
