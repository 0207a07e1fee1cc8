// The store keeps an extraction with shared strings and one object shape per kind of record
// (lean-records.ts). That must change how much memory a record takes, never what it says: every
// value read back equals the one that came in, whatever optional fields a record has.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Extraction } from '../../src/domain/index.js';
import { GraphStore } from '../../src/graph/index.js';
import { leanExtraction, pooledWord } from '../../src/graph/lean-records.js';
import { extract } from '../../src/ingest/index.js';
import { buildExtraction } from './build-extraction.js';

const seed = extract({ text: readFileSync('seeds/almaty-unrest.txt', 'utf8'), title: 'Seed', source: 'Test Wire', publishedAt: '2022-01-06' });

/** A copy as it arrives from JSON: no string or object shared with the original. */
const parsed = (extraction: Extraction): Extraction => JSON.parse(JSON.stringify(extraction)) as Extraction;

/** The hand-built extraction with the optional fields the extractor gives only now and then. */
function withOptionalFields(): Extraction {
  const base = buildExtraction({
    sentences: ['Anna Velk leads Tarsk.', 'Tavo Renn said nothing.'],
    entities: [
      { name: 'Anna Velk', type: 'PERSON', aliases: ['Velk'], sentences: [0] },
      { name: 'Tarsk', type: 'COUNTRY', sentences: [0] },
      { name: 'Tavo Renn', type: 'PERSON', sentences: [1] },
    ],
    relations: [{ subject: 'person:anna-velk', predicate: 'LEADS', object: 'country:tarsk', role: 'president' }],
  });
  const [relation] = base.relations;
  if (relation === undefined) throw new Error('no relation built');
  const [first, second] = base.document.sentences;
  if (first === undefined || second === undefined) throw new Error('no sentences built');
  return {
    ...base,
    entities: base.entities.map((e, i) =>
      i === 0
        ? {
            ...e,
            mentions: [
              ...e.mentions,
              {
                text: 'Velk',
                evidence: { document: base.document.id, sentence: second.index, start: second.start, end: second.end, text: 'not the sentence' },
              },
            ],
          }
        : e,
    ),
    relations: [
      { ...relation, evidence: { ...relation.evidence, attributedTo: 'person:tavo-renn', reportedBy: 'organization:test-wire' } },
      { ...relation, id: 'rel-denied', polarity: 'DENIED', evidence: { ...relation.evidence, document: 'doc:another' } },
    ],
    facts: [{ id: 'fact-1', kind: 'killed', count: 3, subject: null, evidence: { ...relation.evidence }, when: { text: 'on Monday', date: '2022-01-03' } }],
    statements: [{ id: 'st-1', speaker: 'person:tavo-renn', text: 'nothing', reportedBy: null, evidence: { ...relation.evidence, text: first.text } }],
  };
}

describe('leanExtraction', () => {
  it.each([
    ['the seed article as extracted', seed],
    ['the seed article as parsed from JSON', parsed(seed)],
    ['optional fields: roles, denials, attributions, dates, evidence outside its sentence and document', withOptionalFields()],
    ['the same, parsed from JSON', parsed(withOptionalFields())],
  ])('keeps every value of %s', (_name, extraction) => {
    expect(leanExtraction(extraction)).toStrictEqual(parsed(extraction));
  });

  it('keeps a sentence whose text is not the slice of the document its offsets say', () => {
    const extraction = parsed(seed);
    const [sentence, ...rest] = extraction.document.sentences;
    if (sentence === undefined) throw new Error('the seed has sentences');
    const odd = { ...extraction, document: { ...extraction.document, sentences: [{ ...sentence, text: 'Rewritten.' }, ...rest] } };
    expect(leanExtraction(odd).document.sentences[0]?.text).toBe('Rewritten.');
  });

  it('pools a word once and passes any other through unchanged', () => {
    expect(pooledWord('LEADS')).toBe('LEADS');
    const long = 'x'.repeat(500);
    expect(pooledWord(long)).toBe(long);
  });
});

describe('GraphStore keeps lean records', () => {
  it('reads back the document, mentions, statements and facts it was given', () => {
    const store = new GraphStore();
    const incoming = parsed(seed);
    store.applyExtraction(incoming);
    expect(store.getDocument(seed.document.id)).toStrictEqual(seed.document);
    for (const entity of seed.entities) {
      const node = store.resolveEntityId(entity.id);
      expect(node).toBeDefined();
      const mentions = store.graph.getNodeAttributes(node).mentions;
      for (const mention of entity.mentions) expect(mentions).toContainEqual(mention);
    }
    const statements = new Map([...store.statements()].map((s) => [s.id, s]));
    expect(seed.statements.length).toBeGreaterThan(0);
    for (const statement of seed.statements) {
      expect(statements.get(statement.id)).toMatchObject({
        text: statement.text,
        evidence: statement.evidence,
        ...(statement.when ? { when: statement.when } : {}),
      });
    }
    const facts = new Map([...store.facts()].map((f) => [f.id, f]));
    expect(seed.facts.length).toBeGreaterThan(0);
    for (const fact of seed.facts) {
      expect(facts.get(fact.id)).toMatchObject({ kind: fact.kind, count: fact.count, evidence: fact.evidence, ...(fact.when ? { when: fact.when } : {}) });
    }
  });
});
