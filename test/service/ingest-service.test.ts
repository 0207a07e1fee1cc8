// The ingest service on its own: what input it accepts, and that a refusal leaves the store and its storage as they were.
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/domain/index.js';
import { ingestDocument, validateDocumentInput } from '../../src/service/index.js';
import { PersistentGraph, openMemoryStorage } from '../../src/graph/persistence/index.js';
import { MAX_DOCUMENT_CHARS } from '../../src/ingest/index.js';

const TEXT = 'Berlin talks\n\nGermany hosted Poland in Berlin on Monday.';

describe('validateDocumentInput', () => {
  const accepted: [string, unknown, Record<string, unknown>][] = [
    ['text alone', { text: TEXT }, { text: TEXT, title: null, source: null, publishedAt: null }],
    ['a date', { text: TEXT, publishedAt: '2022-01-06' }, { publishedAt: '2022-01-06' }],
    ['a date-time with an offset', { text: TEXT, publishedAt: '2022-01-06T10:00:00+06:00' }, { publishedAt: '2022-01-06T10:00:00+06:00' }],
    ['a blank title, as no title', { text: TEXT, title: '   ' }, { title: null }],
    ['text at the size limit', { text: 'a'.repeat(MAX_DOCUMENT_CHARS) }, {}],
    ['tabs, form feeds and accents', { text: 'Zürich\ttalks\f résumé' }, {}],
  ];
  it.each(accepted)('accepts %s', (_label, input, expected) => {
    expect(validateDocumentInput(input)).toMatchObject(expected);
  });

  const refused: [string, unknown][] = [
    ['nothing', undefined],
    ['a string instead of an object', TEXT],
    ['text that is not a string', { text: 42 }],
    ['empty text', { text: '' }],
    ['text over the size limit', { text: 'a'.repeat(MAX_DOCUMENT_CHARS + 1) }],
    ['text with a NUL byte', { text: `${TEXT}\u0000` }],
    ['text full of control characters', { text: `\u0001\u0002\u0003\u0004${'x'.repeat(100)}` }],
    ['an impossible date', { text: TEXT, publishedAt: '2022-13-45' }],
    ['an unknown field', { text: TEXT, author: 'someone' }],
  ];
  it.each(refused)('refuses %s with InvalidInputError', (_label, input) => {
    expect(() => validateDocumentInput(input)).toThrow(InvalidInputError);
  });
});

describe('ingestDocument', () => {
  it('leaves the store and storage unchanged when it refuses the input', async () => {
    const graph = new PersistentGraph(openMemoryStorage());
    await expect(ingestDocument(graph, { text: ' ' })).rejects.toThrow(InvalidInputError);
    expect(graph.store.version).toBe(0);
    expect(graph.store.graph.order).toBe(0);
    expect((await graph.storage.counts()).documents).toBe(0);
    await graph.close();
  });

  it('reads an article once, however often it is sent', async () => {
    const graph = new PersistentGraph(openMemoryStorage());
    const first = await ingestDocument(graph, { text: TEXT });
    const second = await ingestDocument(graph, { text: TEXT });
    expect(first.alreadyPresent).toBe(false);
    expect(second.alreadyPresent).toBe(true);
    expect(second.document.id).toBe(first.document.id);
    expect(graph.store.version).toBe(1);
    expect((await graph.storage.counts()).documents).toBe(1);
    await graph.close();
  });
});
