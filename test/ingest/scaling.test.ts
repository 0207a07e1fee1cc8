// Extraction time grows in proportion to the text, not to its square, on the shapes that were once
// quadratic: tens of thousands of distinct names (every name compared with every entity) and runs of
// sentence punctuation (the sentence-end pattern backtracking over the rest of the run). Each shape is
// timed at a size n that takes at least 100 ms and at 4n (medians of five runs): a linear reader takes about 4 times as long,
// a quadratic one 16 times; the test fails at 8.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/ingest/index.js';
import { MAX_ENTITIES_PER_ARTICLE } from '../../src/ingest/limits.js';

const DEMONYMS = ['Kenyan', 'Ugandan', 'Cuban', 'Nigerian', 'Ghanaian', 'Malian', 'Chilean', 'Peruvian'];
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tor', 'vas', 'qui', 'zel', 'dan', 'bru', 'fel', 'gor', 'hin', 'jax', 'pel', 'sut'];

/** The i-th of many distinct invented names ("Torlo"). */
function inventedName(i: number): string {
  let word = '';
  let x = i + 7;
  do {
    word += SYLLABLES[x % SYLLABLES.length];
    x = Math.floor(x / SYLLABLES.length);
  } while (x > 0);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Texts of a given size for each shape. */
const SHAPES: Readonly<Record<string, (n: number) => string>> = {
  'distinct two-word names in one list': (n) => `${Array.from({ length: n }, (_, i) => `${inventedName(i)} ${inventedName(i * 31 + 5)}`).join(', ')}.`,
  'distinct names in short sentences': (n) =>
    Array.from({ length: n }, (_, i) => `${inventedName(i)} ${inventedName(i + 1)} met ${inventedName(i + 2)} in ${inventedName(i + 3)}.`).join(' '),
  'a run of full stops': (n) => '.'.repeat(n * 40),
  'a run of "!?"': (n) => '!?'.repeat(n * 20),
  'a run of double quotes': (n) => '"'.repeat(n * 40),
  // Quotations credited to "he" are left out: the relation rules' pronoun reader (rules/structure.ts,
  // lastPersonBefore) still walks back over every sentence; src/ingest/person-trail.ts reads it linearly.
  'short quotations, each said by a named person': (n) => '"Not now," Jonas Okafor said. '.repeat(n),
  // A question closes its sentence inside the marks and the next sentence attributes it (06-statements.ts).
  'questions, each attributed in the sentence after': (n) => '"Is it over?" Jonas Okafor said. '.repeat(n),
  // Readers that go back over lower-case words from each trigger ("a fierce critic of", "a close partner with").
  'one sentence of critics and partners': (n) => `Chile is a ${'close critic of fierce partner with '.repeat(n * 2)}Peru.`,
  // Every description of a country's head looks among the people named before it (rules/described-leader.ts).
  "descriptions of a country's head among distinct names": (n) =>
    Array.from({ length: n }, (_, i) => `${inventedName(i)} ${inventedName(i * 7 + 3)} spoke. The ${DEMONYMS[i % DEMONYMS.length]} president left.`).join(' '),
};

function millisecondsFor(text: string): number {
  const start = performance.now();
  extract({ text });
  return performance.now() - start;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Median time of five extractions of the text, after one that warms the code up. */
function medianTime(text: string): number {
  millisecondsFor(text);
  return median([0, 1, 2, 3, 4].map(() => millisecondsFor(text)));
}

describe('extract(): time grows linearly with the text', () => {
  it.each(Object.entries(SHAPES))(
    'reads %s at 4 times the size in less than 8 times the time',
    (_shape, make) => {
      let n = 50;
      let small = medianTime(make(n));
      // At least 50 ms (100 ms here) so that timer and scheduling noise on a busy machine stay small.
      while (small < 100) {
        n *= 2;
        small = medianTime(make(n));
      }
      const large = medianTime(make(4 * n));
      expect(large / small).toBeLessThan(8);
    },
    120_000,
  );

  // A sentence is at most 1,500 characters, so a reader quadratic in one sentence still grows
  // linearly with the text: its cost shows against ordinary prose of the same length instead.
  it.each([
    ['digits', '22 '],
    ['number words', 'twenty '],
    ['tens and units', 'twenty two '],
  ])(
    'reads a run of %s at most twice as slowly as news prose of the same length',
    (_shape, unit) => {
      const prose = readFileSync(new URL('../../seeds/almaty-unrest.txt', import.meta.url), 'utf8');
      const length = 100_000;
      const news = prose.repeat(Math.ceil(length / prose.length)).slice(0, length);
      const figures = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
      expect(medianTime(figures) / medianTime(news)).toBeLessThan(2);
    },
    120_000,
  );

  it('caps the entities of one article', () => {
    const text = SHAPES['distinct two-word names in one list']?.(MAX_ENTITIES_PER_ARTICLE + 1_000) ?? '';
    const result = extract({ text });
    expect(result.entities.length).toBe(MAX_ENTITIES_PER_ARTICLE);
  }, 120_000);
});
