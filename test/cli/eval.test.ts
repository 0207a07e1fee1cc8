// `kg eval`: which articles of a split set it scores, and that the set's halves never mix.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateFolder, inHalf } from '../../src/cli/commands/eval.js';

describe('kg eval: inHalf', () => {
  const table: [string, 'odd' | 'even' | undefined, boolean][] = [
    ['wn-c07', 'odd', true],
    ['wn-c07', 'even', false],
    ['wn-c10', 'even', true],
    ['wn-c10', 'odd', false],
    ['cairo-summit', 'odd', false],
    ['cairo-summit', 'even', false],
    ['cairo-summit', undefined, true],
  ];
  it.each(table)('puts %s in the %s half: %s', (name, half, expected) => {
    expect(inHalf(name, half)).toBe(expected);
  });
});

describe('kg eval: evaluateFolder', () => {
  it('scores only the never-tuned (odd) half of the Wikinews set when asked', async () => {
    const results = await evaluateFolder(join(import.meta.dirname, '../wikinews'), 'odd');
    expect(results.length).toBe(10);
    expect(results.every((r) => /[13579]$/.test(r.name))).toBe(true);
    expect(results.every((r) => r.score.overall > 0)).toBe(true);
  });
});
