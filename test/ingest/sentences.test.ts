// Sentence boundaries: a period ends a sentence before a capital or a figure, except after an
// abbreviation or an initial; abbreviations that stand only before a number ("No. 10") end a
// sentence before a word ("she said no. The talks ...").
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/ingest/02-sentences.js';

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);

describe('sentence boundaries', () => {
  it.each([
    ['Jana Okafor said no. The talks ended.', ['Jana Okafor said no.', 'The talks ended.']],
    ['She lives at No. 10 Harbour Street. It is small.', ['She lives at No. 10 Harbour Street.', 'It is small.']],
    ['See Fig. 3 for the figures. The rest is new.', ['See Fig. 3 for the figures.', 'The rest is new.']],
    ['The figure is in the fig. The rest is new.', ['The figure is in the fig.', 'The rest is new.']],
    ['Dr. Tavo Renn spoke. Gen. Mira Selt left.', ['Dr. Tavo Renn spoke.', 'Gen. Mira Selt left.']],
    ['John R. Okafor arrived on Monday. He left.', ['John R. Okafor arrived on Monday.', 'He left.']],
    ['"We are done." Renn said so.', ['"We are done."', 'Renn said so.']],
  ])('%s', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });
});
