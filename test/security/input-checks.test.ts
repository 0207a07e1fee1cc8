// Input the service must refuse at the door: dates that are not on the calendar, binary text with
// C1 control characters, curated names shaped like ids. Through real GraphQL execution.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/service/index.js';
import { ErrorCode, isIsoDate } from '../../src/domain/index.js';
import { type Harness, startHarness } from '../api/harness.js';

describe('isIsoDate', () => {
  const real: readonly string[] = [
    '2022-01-06',
    '2024-02-29',
    '2000-02-29',
    '0001-01-01',
    '2022-01-06T10:00',
    '2022-01-06T23:59:59.5Z',
    '2022-01-06 10:00:00+01:00',
    '2022-12-31T00:00:00-14:00',
  ];
  const unreal: readonly string[] = [
    '2022-02-30',
    '2023-02-29',
    '1900-02-29',
    '0000-01-01',
    '2022-13-01',
    '2022-00-10',
    '2022-04-31',
    '2022-01-06T24:00',
    '2022-01-06T10:60',
    '2022-01-06T10:00+15:00',
    '2022-1-6',
    'yesterday',
    '',
  ];
  it.each(real)('accepts %s', (value) => expect(isIsoDate(value)).toBe(true));
  it.each(unreal)('refuses "%s"', (value) => expect(isIsoDate(value)).toBe(false));
});

describe('input checks through GraphQL', () => {
  let api: Harness;
  beforeAll(async () => {
    api = await startHarness();
    await ingestDocument(api.graph, { text: 'Talks in Lyon\n\nThe foreign minister of France met officials from Portugal in Lyon on Friday.' });
  });
  afterAll(() => api.stop());

  const INGEST = 'mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { alreadyPresent } }';

  it.each(['2022-02-30', '0000-01-01', '2022-13-01'])('refuses publishedAt "%s" and stores nothing', async (publishedAt) => {
    const before = api.store.version;
    const result = await api.run(INGEST, { input: { text: `Report\n\nFrance and Spain met in Madrid on ${publishedAt}.`, publishedAt } });
    expect(result.errors?.[0]?.extensions?.code).toBe(ErrorCode.INVALID_INPUT);
    expect(api.store.version).toBe(before);
  });

  it('accepts a real leap day', async () => {
    const result = await api.run(INGEST, { input: { text: 'Report\n\nFrance and Spain met in Madrid.', publishedAt: '2024-02-29' } });
    expect(result.errors).toBeUndefined();
  });

  it('refuses text full of C1 control characters as binary', async () => {
    const binary = `Header\n\n${Array.from({ length: 400 }, (_, i) => `word${String.fromCharCode(0x80 + (i % 32))}`).join(' ')}`;
    const result = await api.run(INGEST, { input: { text: binary } });
    expect(result.errors?.[0]?.extensions?.code).toBe(ErrorCode.INVALID_INPUT);
  });

  const RENAME = 'mutation($id: ID!, $name: String!) { renameEntity(id: $id, name: $name) { name aliases } }';

  it.each(['country:pwned', 'doc:0123456789abcdef', 'person:x', 'Lyon\u0085City'])('refuses to rename an entity to "%s" and keeps its name', async (name) => {
    const result = await api.run<{ renameEntity: { name: string } }>(RENAME, { id: 'country:france', name });
    expect(result.errors?.[0]?.extensions?.code).toBe(ErrorCode.INVALID_INPUT);
    expect(api.store.graph.getNodeAttributes('country:france').name).toBe('France');
  });

  it('still renames to a name with a colon and a space', async () => {
    const result = await api.run<{ renameEntity: { name: string } }>(RENAME, { id: 'city:lyon', name: 'Lyon: the city' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.renameEntity.name).toBe('Lyon: the city');
  });
});
