// Messy and hostile text never throws, and costs time in proportion to its length: shapes that once
// took minutes (tens of thousands of quotations, one endless list) finish within the test's timeout.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/ingest/index.js';

const LARGE: Readonly<Record<string, string>> = {
  'tens of thousands of short quotations': '"a" '.repeat(60_000),
  'one endless list of the same city': 'Paris, '.repeat(40_000),
  'one quotation that never closes': `"${'word '.repeat(50_000)}`,
  'the same attributed quote again and again': 'John Smith said "hello there friend." '.repeat(6_000),
  'capitalised words without end': 'Alpha Beta Gamma Delta '.repeat(12_000),
  'titles without names': 'President Minister Senator '.repeat(10_000),
  'possessives piled up': "Kenya's Ministry's Office's Chief's ".repeat(8_000),
  'control characters and NULs': 'a\u0000b\u0001c\u001b[31m '.repeat(30_000),
  'abbreviations that never end a sentence': 'Mr. '.repeat(100_000),
};

/** A deterministic pseudo-random generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const ALPHABET = [
  'a',
  'Z',
  ' ',
  ' ',
  '.',
  ',',
  '"',
  "'",
  '“',
  '”',
  '’',
  '(',
  ')',
  '—',
  '-',
  '\n',
  '\n\n',
  '1',
  '9',
  'É',
  'ß',
  '中',
  '😀',
  '\u0000',
  '\u202e',
  'the',
  'The ',
  'said ',
  'President ',
  'of ',
  "'s ",
  'killed ',
  'US ',
  'Mr. ',
];

describe('extract() on hostile input', () => {
  it.each(Object.entries(LARGE))('reads %s without throwing', (_name, text) => {
    const result = extract({ text });
    expect(result.document.text).toBe(text);
    expect(Array.isArray(result.entities)).toBe(true);
  });

  it('reads five hundred random strings without throwing, each sentence inside the text', () => {
    const next = random(42);
    for (let n = 0; n < 500; n++) {
      const length = Math.floor(next() * 400);
      const text = Array.from({ length }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join('');
      const result = extract({ text });
      for (const s of result.document.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });
});
