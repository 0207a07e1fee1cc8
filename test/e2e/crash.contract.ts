// The crash test, for any backend: the real server ingests small articles over HTTP and is killed
// with SIGKILL at a random moment; after a restart every acknowledged article must be there in
// full, with its entities and relations, and nothing half-written may be visible: the restarted
// graph equals a clean ingestion of exactly the documents it holds.
import { describe, expect, it } from 'vitest';
import { GraphStore, graphStats } from '../../src/graph/index.js';
import { gazetteer } from '../../src/ingest/model/gazetteer.js';
import { type Storage } from '../../src/graph/persistence/index.js';
import { PersistentGraph } from '../../src/graph/persistence/index.js';
import { snapshotStore } from '../graph/persistence/fixtures.js';
import {
  type IngestMode,
  graphql,
  ingestUntilKilled,
  listDocuments,
  randomBetween,
  referenceStore,
  startServerProcess,
  stopServerProcess,
} from './crash-harness.js';

/** How a crash test reaches its backend. */
export interface CrashTarget {
  /** Environment for the server process that selects a new, empty storage; and a way to open that storage in-process. */
  newStorage(): Promise<{ env: Record<string, string>; open: () => Promise<Storage> }>;
}

/** One article per request, and batches of 10 per ingestDocuments request (one transaction each). */
const SINGLE: IngestMode = { kind: 'single' };
const BATCH: IngestMode = { kind: 'batch', size: 10 };

/**
 * Kill moments after the first acknowledgement, in milliseconds, random within each range (early,
 * middle, late, and late enough that most or all of the 1,000 articles are in), and how the
 * articles are sent: each window once per backend, the two ways taking turns, so that each way is
 * killed both early and late (a run takes about 16 s; every window in both ways took 130 s of CI).
 */
const RUNS: readonly (readonly [min: number, max: number, name: string, mode: IngestMode])[] = [
  [20, 300, 'one by one', SINGLE],
  [300, 1_200, 'in batches of 10', BATCH],
  [1_200, 2_500, 'one by one', SINGLE],
  [2_500, 6_000, 'in batches of 10', BATCH],
];

/** Defines the crash tests for one backend. */
export function describeCrashTest(backend: string, target: CrashTarget): void {
  describe(`Crash recovery: ${backend}`, () => {
    it.each(RUNS.map(([min, max, name, mode]) => [name, min, max, randomBetween(min, max), mode] as const))(
      'keeps every acknowledged article sent %s after SIGKILL between %i and %i ms into the ingestion (this run: %i ms)',
      async (_name, _min, _max, killAfterMs, mode) => {
        const { env, open } = await target.newStorage();
        const first = await startServerProcess(env);
        const run = await ingestUntilKilled(first, killAfterMs, mode);
        expect(run.acknowledged.size).toBeGreaterThan(0);

        const second = await startServerProcess(env);
        try {
          const documents = await listDocuments(second.url);
          process.stdout.write(
            `crash run (${backend}): SIGKILL ${run.killedAfterMs} ms after the first answer; ${run.acknowledged.size} acknowledged, ${run.sent.size} sent, ${documents.length} stored (seed included)\n`,
          );
          const byId = new Map(documents.map((d) => [d.id, d]));
          // Every acknowledged article is there, in full.
          for (const [id, text] of run.acknowledged) expect(byId.get(id)?.text).toBe(text);
          // Nothing else appeared: the seed article and articles that were sent (some perhaps
          // committed just before the kill, without their answer getting through).
          for (const d of documents) expect(d.source === 'crash-test' ? run.sent.has(d.text) : d.source?.endsWith('.txt')).toBe(true);

          // The graph is exactly what a clean ingestion of these documents gives.
          const reference = referenceStore(documents);
          for (const d of documents) expect(d.entities.map((e) => e.id)).toEqual(reference.entitiesOfDocument(d.id));
          const stats = await graphql<{ stats: { documents: number; entities: number; relations: number; statements: number; facts: number } }>(
            second.url,
            `
              {
                stats {
                  documents
                  entities
                  relations
                  statements
                  facts
                }
              }
            `,
          );
          const expected = graphStats(reference);
          expect(stats.data?.stats).toEqual({
            documents: expected.documents,
            entities: expected.entities,
            relations: expected.relations,
            statements: expected.statements,
            facts: expected.facts,
          });
          expect(await stopServerProcess(second)).toBe(0);

          // And so is the stored graph, attribute for attribute (names, mentions, evidence).
          const stored = new PersistentGraph(await open(), new GraphStore({ authority: gazetteer() }));
          await stored.load();
          expect(snapshotStore(stored.store)).toEqual(snapshotStore(reference));
          await stored.close();
        } finally {
          second.child.kill('SIGKILL');
        }
      },
    );
  });
}
