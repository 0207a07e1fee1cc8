// ingestDocument(input: { html }): a saved web page through real GraphQL execution, with its
// headline, date and publisher read from the page, and refusals that change nothing.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/domain/index.js';
import { type Harness, startHarness } from './harness.js';

const INGEST = `mutation($input: IngestDocumentInput!) {
  ingestDocument(input: $input) { alreadyPresent document { title source publishedAt text } added { entities } }
}`;

interface IngestData {
  ingestDocument: {
    alreadyPresent: boolean;
    document: { title: string; source: string | null; publishedAt: string | null; text: string };
    added: { entities: number };
  };
}

const page = readFileSync(new URL('../fixtures/formats/harbour-strike.html', import.meta.url), 'utf8');

describe('Mutation.ingestDocument with html', () => {
  let api: Harness;
  beforeEach(async () => {
    api = await startHarness();
  });
  afterEach(() => api.stop());

  it('stores the main text of a saved page with the headline, date and source of its metadata', async () => {
    const result = await api.run<IngestData>(INGEST, { input: { html: page } });
    expect(result.errors).toBeUndefined();
    const document = result.data?.ingestDocument.document;
    expect(document).toMatchObject({
      title: 'Dockworkers strike shuts Velmora harbour',
      source: 'The Coastal Ledger',
      publishedAt: '2024-03-05T08:30:00+01:00',
    });
    expect(document?.text).toContain('walked off the job on Tuesday');
    expect(document?.text).not.toContain('Sign in');
    expect(result.data?.ingestDocument.added.entities).toBeGreaterThan(0);
  });

  it('lets the metadata given beside the page win over the page', async () => {
    const result = await api.run<IngestData>(INGEST, { input: { html: page, title: 'Strike in the harbour', publishedAt: '2024-03-06' } });
    expect(result.data?.ingestDocument.document).toMatchObject({ title: 'Strike in the harbour', source: 'The Coastal Ledger', publishedAt: '2024-03-06' });
  });

  const refused: [string, Record<string, unknown>][] = [
    ['both text and html', { text: 'Some article.', html: page }],
    ['a page without text', { html: '<html><body><nav>Home</nav></body></html>' }],
    ['neither text nor html', { title: 'Nothing' }],
  ];
  it.each(refused)('refuses %s with BAD_USER_INPUT and stores nothing', async (_, input) => {
    const result = await api.run(INGEST, { input });
    expect(result.errors?.[0]?.extensions?.code).toBe(ErrorCode.INVALID_INPUT);
    const stats = await api.run<{ stats: { documents: number } }>(`{ stats { documents } }`);
    expect(stats.data?.stats.documents).toBe(0);
  });
});
