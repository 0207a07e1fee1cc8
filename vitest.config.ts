// Vitest settings: tests live under test/, mirroring src/; end-to-end tests start real servers.
// Three groups, one after the other: first the files that only compute, two at a time (this
// machine has two cores); then, one at a time, those that measure time, start servers and
// browsers, so that no other test file competes with them for the CPU; last the crash tests, two
// at a time (each kills its own server at random moments and checks what was acknowledged against
// what was stored: nothing they assert depends on speed).
//
// The first group shares one module graph per worker (`isolate: false`): each of its 79 files
// imported the whole service again (compromise's lexicon, the gazetteer), 110 s of imports in a 160 s
// group; shared, the group takes 85 s. Its files keep no state in our modules between them (a spy is
// restored after its file), and they pass with their order shuffled (`--sequence.shuffle.files`).
import { defineConfig } from 'vitest/config';

/** Files that time themselves, start servers or browsers, or load large stores. */
const ALONE = [
  'test/e2e/**/*.test.ts',
  'test/ingest/scaling.test.ts',
  'test/graph/persistence/delete-at-scale.test.ts',
  'test/graph/persistence/postgres-storage.test.ts',
  'test/graph/queries-explore.test.ts',
  'test/graph/centrality-refresh.test.ts',
  'test/security/hostile.test.ts',
  'test/security/fuzz.test.ts',
  'test/service/extractor.test.ts',
];

/** Files that kill a server with SIGKILL while it ingests. */
const CRASH = ['test/e2e/crash-sqlite.test.ts', 'test/e2e/crash-postgres.test.ts'];

const shared = { testTimeout: 60_000, hookTimeout: 120_000 };

export default defineConfig({
  test: {
    projects: [
      {
        test: { ...shared, name: 'parallel', include: ['test/**/*.test.ts'], exclude: ALONE, maxWorkers: 2, isolate: false, sequence: { groupOrder: 0 } },
      },
      {
        test: { ...shared, name: 'alone', include: ALONE, exclude: CRASH, maxWorkers: 1, sequence: { groupOrder: 1 } },
      },
      {
        test: { ...shared, name: 'crash', include: CRASH, maxWorkers: 2, sequence: { groupOrder: 2 } },
      },
    ],
  },
});
