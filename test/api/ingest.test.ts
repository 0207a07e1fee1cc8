// The ingestDocument mutation: what it adds, idempotence, and refusals that leave the graph unchanged.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/domain/index.js';
import { MAX_DOCUMENT_CHARS } from '../../src/ingest/index.js';
import { type Harness, startHarness } from './harness.js';

const INGEST = `mutation($input: IngestDocumentInput!) {
  ingestDocument(input: $input) {
    alreadyPresent
    document { id title source publishedAt sentences { index } }
    added { entities relations statements facts }
    newEntities { id name type }
  }
}`;

interface IngestData {
  ingestDocument: {
    alreadyPresent: boolean;
    document: { id: string; title: string; source: string | null; publishedAt: string | null };
    added: { entities: number; relations: number; statements: number; facts: number };
    newEntities: { id: string; name: string; type: string }[];
  };
}

const ARTICLE = 'Leaders meet in Paris\n\nPresident Emmanuel Macron of France welcomed the German chancellor in Paris on Monday.';

describe('Mutation.ingestDocument', () => {
  let api: Harness;
  beforeEach(async () => {
    api = await startHarness();
  });
  afterEach(() => api.stop());

  it('adds the entities of a new article and reports them', async () => {
    const result = await api.run<IngestData>(INGEST, {
      input: { text: ARTICLE, source: 'test', publishedAt: '2024-05-06' },
    });
    expect(result.errors).toBeUndefined();
    const ingest = result.data?.ingestDocument;
    expect(ingest?.alreadyPresent).toBe(false);
    expect(ingest?.document).toMatchObject({ title: 'Leaders meet in Paris', source: 'test', publishedAt: '2024-05-06' });
    expect(ingest?.newEntities).toContainEqual(expect.objectContaining({ name: 'France', type: 'COUNTRY' }));
    expect(ingest?.added.entities).toBe(ingest?.newEntities.length);
    const found = await api.run<{ entities: { totalCount: number } }>(`{ entities(type: COUNTRY, search: "france") { totalCount } }`);
    expect(found.data?.entities.totalCount).toBe(1);
  });

  it('changes nothing when the same text is ingested again', async () => {
    const first = await api.run<IngestData>(INGEST, { input: { text: ARTICLE } });
    const before = await api.run(`{ stats { documents entities relations statements facts } }`);
    const second = await api.run<IngestData>(INGEST, { input: { text: ARTICLE, title: 'Another title' } });
    expect(second.data?.ingestDocument.alreadyPresent).toBe(true);
    expect(second.data?.ingestDocument.added).toEqual({ entities: 0, relations: 0, statements: 0, facts: 0 });
    expect(second.data?.ingestDocument.newEntities).toEqual([]);
    expect(second.data?.ingestDocument.document.id).toBe(first.data?.ingestDocument.document.id);
    expect(await api.run(`{ stats { documents entities relations statements facts } }`)).toEqual(before);
  });

  const refused: [string, Record<string, unknown>][] = [
    ['empty text', { text: '' }],
    ['text of white space only', { text: ' \n\t ' }],
    ['text longer than the limit', { text: 'a'.repeat(MAX_DOCUMENT_CHARS + 1) }],
    ['text with NUL bytes', { text: 'PK\u0003\u0004\u0000\u0000 binary' }],
    ['binary data decoded as text', { text: '\ufffd\u0001\u0002ELF\ufffd\ufffd\u0007'.repeat(20) }],
    ['a publication date that is not a date', { text: ARTICLE, publishedAt: 'last Tuesday' }],
    ['a title that is too long', { text: ARTICLE, title: 't'.repeat(5_000) }],
  ];
  it.each(refused)('refuses %s with BAD_USER_INPUT and leaves the graph unchanged', async (_label, input) => {
    const result = await api.run<IngestData>(INGEST, { input });
    expect(result.errors?.[0]?.extensions?.code).toBe(ErrorCode.INVALID_INPUT);
    expect(result.data).toBeNull();
    const stats = await api.run<{ stats: { documents: number; entities: number } }>(`{ stats { documents entities } }`);
    expect(stats.data?.stats).toEqual({ documents: 0, entities: 0 });
  });

  it('refuses input without text with BAD_USER_INPUT', async () => {
    const result = await api.run(INGEST, { input: { title: 'no text' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

const INGEST_MANY = `mutation($inputs: [IngestDocumentInput!]!) {
  ingestDocuments(inputs: $inputs) { alreadyPresent document { id title } added { entities } }
}`;

interface IngestManyData {
  ingestDocuments: { alreadyPresent: boolean; document: { id: string; title: string }; added: { entities: number } }[];
}

describe('Mutation.ingestDocuments', () => {
  let api: Harness;
  beforeEach(async () => {
    api = await startHarness();
  });
  afterEach(() => api.stop());

  it('reads a batch in order, one result per article', async () => {
    const second = 'Talks in Berlin\n\nGerman Chancellor Olaf Scholz met Polish President Andrzej Duda in Berlin on Tuesday.';
    const result = await api.run<IngestManyData>(INGEST_MANY, {
      inputs: [
        { text: ARTICLE, title: 'one' },
        { text: second, title: 'two' },
        { text: ARTICLE, title: 'again' },
      ],
    });
    expect(result.errors).toBeUndefined();
    const results = result.data?.ingestDocuments ?? [];
    expect(results.map((r) => r.document.title)).toEqual(['one', 'two', 'one']);
    expect(results.map((r) => r.alreadyPresent)).toEqual([false, false, true]);
    expect(results[1]?.added.entities).toBeGreaterThan(0);
  });

  it('stores nothing when one article of the batch is unusable', async () => {
    const before = await api.run<{ stats: { documents: number } }>('{ stats { documents } }');
    const result = await api.run<IngestManyData>(INGEST_MANY, { inputs: [{ text: ARTICLE }, { text: '   ' }] });
    expect(result.errors?.[0]?.extensions?.code).toBe(ErrorCode.INVALID_INPUT);
    const after = await api.run<{ stats: { documents: number } }>('{ stats { documents } }');
    expect(after.data?.stats.documents).toBe(before.data?.stats.documents);
  });

  it('refuses more than a hundred articles in one call', async () => {
    const inputs = Array.from({ length: 101 }, (_, i) => ({ text: `Article ${i} about Paris.` }));
    const result = await api.run<IngestManyData>(INGEST_MANY, { inputs });
    expect(result.errors?.[0]?.extensions?.code).toBe(ErrorCode.INVALID_INPUT);
  });
});
