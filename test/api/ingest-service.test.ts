// The ingest service on its own: what input it accepts, and that a refusal leaves the store as it was.
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/domain/index.js';
import { ingestDocument, validateDocumentInput } from '../../src/api/index.js';
import { GraphStore } from '../../src/graph/index.js';
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
  it('leaves the store unchanged when it refuses the input', () => {
    const store = new GraphStore();
    expect(() => ingestDocument(store, { text: ' ' })).toThrow(InvalidInputError);
    expect(store.version).toBe(0);
    expect(store.graph.order).toBe(0);
  });

  it('reads an article once, however often it is sent', () => {
    const store = new GraphStore();
    const first = ingestDocument(store, { text: TEXT });
    const second = ingestDocument(store, { text: TEXT });
    expect(first.alreadyPresent).toBe(false);
    expect(second.alreadyPresent).toBe(true);
    expect(second.document.id).toBe(first.document.id);
    expect(store.version).toBe(1);
  });
});
