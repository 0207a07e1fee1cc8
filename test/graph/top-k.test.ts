// sortedLazily must give exactly the full sort, however far it is read and wherever ties fall.
import { describe, expect, it } from 'vitest';
import { sortedLazily } from '../../src/graph/queries/top-k.js';

interface Item {
  readonly score: number;
  readonly id: string;
}

const byScoreThenId = (a: Item, b: Item): number => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A reproducible list with many ties: scores from a few values, ids unique. */
function items(count: number, distinctScores: number, seed: number): Item[] {
  let state = seed;
  const next = (): number => (state = (state * 48271) % 2147483647);
  return Array.from({ length: count }, (_, i) => ({ score: next() % distinctScores, id: `e${next() % 100000}-${i}` }));
}

describe('sortedLazily', () => {
  const cases: readonly (readonly [count: number, distinctScores: number, head: number, read: number])[] = [
    [0, 3, 5, 10],
    [1, 3, 5, 1],
    [4, 2, 5, 4],
    [5, 2, 5, 5],
    [6, 2, 5, 6],
    [500, 3, 101, 10],
    [500, 3, 101, 101],
    [500, 3, 101, 102],
    [500, 500, 101, 500],
    [2000, 1, 10, 2000],
  ];
  it.each(cases)('%i items with %i distinct scores, head %i, read %i: the full sort', (count, distinctScores, head, read) => {
    const list = items(count, distinctScores, count + head);
    const expected = [...list].sort(byScoreThenId).slice(0, read);
    const got: Item[] = [];
    for (const item of sortedLazily(list, byScoreThenId, head)) {
      if (got.length === read) break;
      got.push(item);
    }
    expect(got).toEqual(expected);
  });

  it('leaves its input as it was', () => {
    const list = items(300, 4, 9);
    const copy = [...list];
    expect([...sortedLazily(list, byScoreThenId, 20)]).toHaveLength(300);
    expect(list).toEqual(copy);
  });
});
