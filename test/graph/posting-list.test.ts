// A posting list (entity number -> how many texts of one field use a word) is a small array of
// pairs for a few entities and sorted typed arrays for many. Against a Map doing the same, through
// random adds and removals in any order, across the change of form and back below it, it answers
// the same size, membership and numbers.
import { describe, expect, it } from 'vitest';
import { PostingList } from '../../src/graph/full-text-index.js';
import { seededRandom } from '../../src/graph/index.js';

function expectSame(list: PostingList, reference: Map<number, number>, universe: number): void {
  expect(list.size).toBe(reference.size);
  expect([...list.numbers()].sort((a, b) => a - b)).toEqual([...reference.keys()].sort((a, b) => a - b));
  for (let entity = 0; entity < universe; entity += 1) expect(list.has(entity)).toBe(reference.has(entity));
}

describe('PostingList', () => {
  it.each([
    ['a few entities, never past the small form', 40, 0.3],
    ['many entities, grown past the small form and emptied again', 400, 0.45],
    ['many entities, mostly added', 400, 0.2],
  ])('answers as a map does: %s', (_case, universe, removeShare) => {
    const random = seededRandom(universe);
    const list = new PostingList();
    const reference = new Map<number, number>();
    for (let step = 0; step < 6_000; step += 1) {
      const entity = Math.floor(random() * universe);
      if (random() < removeShare) {
        const left = list.remove(entity);
        const count = reference.get(entity);
        if (count !== undefined && count > 1) reference.set(entity, count - 1);
        else reference.delete(entity);
        expect(left).toBe(reference.size > 0);
      } else {
        list.add(entity);
        reference.set(entity, (reference.get(entity) ?? 0) + 1);
      }
      if (step % 500 === 0) expectSame(list, reference, universe);
    }
    expectSame(list, reference, universe);
    for (const [entity, count] of [...reference]) for (let i = 0; i < count; i += 1) list.remove(entity);
    expect(list.size).toBe(0);
    expect(list.numbers().length).toBe(0);
  });

  it('keeps counts: an entity added three times stays until removed three times', () => {
    const list = new PostingList();
    for (let entity = 0; entity < 100; entity += 1) list.add(entity);
    for (let i = 0; i < 3; i += 1) list.add(5000);
    for (let i = 0; i < 2; i += 1) list.remove(5000);
    expect(list.has(5000)).toBe(true);
    list.remove(5000);
    expect(list.has(5000)).toBe(false);
    expect(list.size).toBe(100);
  });
});
