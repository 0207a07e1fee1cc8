// `kg ingest` with the input formats, against a real service: a saved web page, an RSS feed, an
// Atom feed and a JSON-lines file each arrive with the right headline, date and source.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/server.js';
import { runKg } from '../support/run-kg.js';

const formats = fileURLToPath(new URL('../fixtures/formats/', import.meta.url));

let server: RunningServer;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'news-kg-formats-'));
  server = await startServer({ port: 0, host: '127.0.0.1', seedsDir: join(dir, 'no-seeds'), webDir: dir, dataDir: join(dir, 'data'), quiet: true });
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

interface StoredDocument {
  readonly title: string;
  readonly publishedAt: string | null;
  readonly source: string | null;
}

async function documents(): Promise<StoredDocument[]> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ documents { title publishedAt source } }' }),
  });
  const body = (await response.json()) as { data: { documents: StoredDocument[] } };
  return body.data.documents;
}

describe('kg ingest: input formats', () => {
  const cases: [file: string, expected: StoredDocument[]][] = [
    ['harbour-strike.html', [{ title: 'Dockworkers strike shuts Velmora harbour', publishedAt: '2024-03-05T08:30:00+01:00', source: 'The Coastal Ledger' }]],
    [
      'world-desk.rss',
      [
        { title: 'Farmers block roads in Tessaly over fuel prices', publishedAt: '2022-01-04T10:15:00.000Z', source: 'Harbour Gazette: World' },
        { title: 'Rail line between Orsk and Dalen reopens', publishedAt: '2022-01-05T15:40:00.000Z', source: 'Harbour Gazette: World' },
      ],
    ],
    [
      'science-desk.atom',
      [
        { title: 'Telescope on Mount Kerava sees first light', publishedAt: '2023-06-01T09:00:00Z', source: 'Meridian Post Science' },
        { title: 'Glacier survey finds faster melting in the Brenn range', publishedAt: '2023-05-30T15:00:00Z', source: 'Meridian Post Science' },
      ],
    ],
    [
      'wire.jsonl',
      [
        { title: 'Council of Arvel approves new budget', publishedAt: '2024-02-12', source: 'Arvel Courier' },
        { title: 'Storm cuts power to 40,000 homes in Ketterby', publishedAt: '2024-02-13T06:00:00Z', source: 'https://news.example/ketterby-storm' },
      ],
    ],
  ];
  it.each(cases)('%s arrives with its headlines, dates and sources', async (file, expected) => {
    const before = await documents();
    const result = await runKg(['ingest', join(formats, file), '--url', `${server.url}/graphql`]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(expected.length);
    expect((await documents()).slice(before.length)).toEqual(expected);
  });

  it('sends many articles in batches, and names the one the service refuses while the others go in', async () => {
    const before = await documents();
    const lines = Array.from({ length: 60 }, (_, i) => ({
      // Article 42 has a title the service refuses (too long); the reader lets it through.
      title: i === 41 ? `Headline ${'x'.repeat(1_200)}` : `Harbour council meets for the ${i + 1}th time`,
      text: `The harbour council of Velmora met for the ${i + 1}th time on Monday and approved a new budget for the docks.`,
    }));
    const file = join(dir, 'many.jsonl');
    await writeFile(file, lines.map((line) => JSON.stringify(line)).join('\n'));
    const result = await runKg(['ingest', file, '--url', `${server.url}/graphql`]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^kg ingest: .*many\.jsonl#42: /)]);
    expect(result.stdout.trim().split('\n')).toHaveLength(59);
    const added = (await documents()).slice(before.length).map((d) => d.title);
    expect(added).toEqual(lines.filter((_, i) => i !== 41).map((line) => line.title));
  });

  it('refuses a feed that is not one before sending anything', async () => {
    const before = await documents();
    const result = await runKg(['ingest', join(formats, 'wire.jsonl'), '--format', 'feed', '--url', `${server.url}/graphql`]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^kg: ".*wire\.jsonl" \(read as feed\): /);
    expect(await documents()).toHaveLength(before.length);
  });
});
