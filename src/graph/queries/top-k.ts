// A list sorted only as far as it is read. A page of search hits needs the best ten of what may be
// a hundred thousand matches; sorting them all would cost n log n for the ten.
import { type Comparator } from './order.js';

/**
 * `items` in the order of `compare` (a total order), sorted only as far as the reader goes: the
 * first `head` items come from one pass with a bounded heap (n log head), and only a reader who
 * goes past them pays for a full sort. `items` is not changed.
 */
export function* sortedLazily<T>(items: ArrayLike<T> & Iterable<T>, compare: Comparator<T>, head: number): Generator<T> {
  if (items.length <= head) {
    yield* [...items].sort(compare);
    return;
  }
  yield* smallest(items, compare, head);
  yield* [...items].sort(compare).slice(head);
}

/** The `k` smallest of `items` by `compare`, sorted; `k` at least 1 and below items.length. */
function smallest<T>(items: Iterable<T>, compare: Comparator<T>, k: number): T[] {
  // A max-heap of the k smallest seen so far: its root is the one to drop for a smaller item.
  const heap: T[] = [];
  const larger = (i: number, j: number): boolean => compare(heap[i] as T, heap[j] as T) > 0;
  const swap = (i: number, j: number): void => {
    const kept = heap[i] as T;
    heap[i] = heap[j] as T;
    heap[j] = kept;
  };
  for (const item of items) {
    if (heap.length < k) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0 && larger(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
      continue;
    }
    if (compare(item, heap[0] as T) >= 0) continue;
    heap[0] = item;
    for (let i = 0; ;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let top = i;
      if (left < k && larger(left, top)) top = left;
      if (right < k && larger(right, top)) top = right;
      if (top === i) break;
      swap(i, top);
      i = top;
    }
  }
  return heap.sort(compare);
}
