// Indexes over the entity drafts of one document, so that resolving a mention looks at a few
// candidates instead of every draft: an article of 50,000 distinct names must stay linear.
// Buckets only ever grow (a draft keeps the keys of names it has dropped); callers test each
// candidate, so a stale key costs a test, never a wrong answer.
import { type GazetteerEntry } from './model/gazetteer.js';
import { surfaceKey } from './text.js';

/** Candidates read from one bucket: enough for any real article, a bound for hostile ones. */
export const MAX_CANDIDATES = 64;
/** Name words longer than this are no person's name; they are not matched for spelling variants. */
const MAX_VARIANT_LENGTH = 32;

/** What the index needs of a draft: its creation order and the names it goes by. */
export interface IndexedDraft {
  readonly key: number;
}

/** Where in a bucket to read when it holds more than MAX_CANDIDATES drafts. */
export type Preference = 'earliest' | 'latest';

export class DraftIndex<D extends IndexedDraft> {
  readonly #buckets = new Map<string, D[]>();
  readonly #keysOf = new WeakMap<D, Set<string>>();
  readonly #gazetteers = new Map<GazetteerEntry, D[]>();

  /** Files `draft` under `key` once. */
  #add(key: string, draft: D): void {
    let keys = this.#keysOf.get(draft);
    if (!keys) {
      keys = new Set();
      this.#keysOf.set(draft, keys);
    }
    if (keys.has(key)) return;
    keys.add(key);
    const bucket = this.#buckets.get(key);
    if (bucket) bucket.push(draft);
    else this.#buckets.set(key, [draft]);
  }

  /** A surface form of the draft, compared by its surface key. */
  addSurface(draft: D, surface: string): void {
    this.#add(`s:${surfaceKey(surface)}`, draft);
  }

  /** True when the draft has a surface form with this surface key. */
  hasSurfaceKey(draft: D, key: string): boolean {
    return this.#keysOf.get(draft)?.has(`s:${key}`) ?? false;
  }

  /** A name the draft goes by: its exact text, its words, its acronym and its spelling neighbours. */
  addName(draft: D, name: string, words: readonly string[], acronym: string | undefined): void {
    this.#add(`n:${name}`, draft);
    if (!words.length) this.#add('w:', draft);
    for (const w of words) {
      this.#add(`w:${w}`, draft);
      if (w.length >= 5 && w.length <= MAX_VARIANT_LENGTH) for (const v of deletions(w)) this.#add(`v:${v}`, draft);
    }
    if (acronym) this.#add(`a:${acronym}`, draft);
  }

  addGazetteer(draft: D, entry: GazetteerEntry): void {
    const bucket = this.#gazetteers.get(entry);
    if (!bucket) this.#gazetteers.set(entry, [draft]);
    else if (!bucket.includes(draft) && bucket.length < MAX_CANDIDATES) bucket.push(draft);
  }

  addCountry(draft: D, cca3: string): void {
    this.#add(`c:${cca3}`, draft);
  }

  bySurfaceKey(key: string, prefer: Preference): readonly D[] {
    return this.#read(`s:${key}`, prefer);
  }

  byExactName(name: string, prefer: Preference): readonly D[] {
    return this.#read(`n:${name}`, prefer);
  }

  byGazetteer(entry: GazetteerEntry): readonly D[] {
    return this.#gazetteers.get(entry) ?? [];
  }

  byAcronym(acronym: string, prefer: Preference): readonly D[] {
    return this.#read(`a:${acronym}`, prefer);
  }

  byCountry(cca3: string, prefer: Preference): readonly D[] {
    return this.#read(`c:${cca3}`, prefer);
  }

  /** Drafts whose names hold every one of `words` (read from the smallest bucket); `[]` means nameless ones. */
  byAllWords(words: readonly string[], prefer: Preference): readonly D[] {
    if (!words.length) return this.#read('w:', prefer);
    let smallest: string | undefined;
    let size = Number.MAX_SAFE_INTEGER;
    for (const w of words) {
      const n = this.#buckets.get(`w:${w}`)?.length ?? 0;
      if (n < size) {
        size = n;
        smallest = w;
      }
    }
    return smallest === undefined ? [] : this.#read(`w:${smallest}`, prefer);
  }

  /** Drafts with a name word within one edit (Damerau) of `word`, found by shared single deletions. */
  bySpellingNeighbour(word: string, prefer: Preference): readonly D[] {
    if (word.length > MAX_VARIANT_LENGTH) return [];
    const out = new Set<D>();
    for (const v of [word, ...deletions(word)]) for (const d of this.#read(`v:${v}`, prefer)) out.add(d);
    return [...out];
  }

  #read(key: string, prefer: Preference): readonly D[] {
    const bucket = this.#buckets.get(key);
    if (!bucket) return [];
    if (bucket.length <= MAX_CANDIDATES) return bucket;
    return prefer === 'earliest' ? bucket.slice(0, MAX_CANDIDATES) : bucket.slice(-MAX_CANDIDATES);
  }
}

/** The first draft (lowest key) among candidates that passes the test. */
export function earliest<D extends IndexedDraft>(candidates: Iterable<D>, test: (d: D) => boolean): D | undefined {
  let best: D | undefined;
  for (const d of candidates) if ((!best || d.key < best.key) && test(d)) best = d;
  return best;
}

/** The most recently created draft (highest key) among candidates that passes the test. */
export function latest<D extends IndexedDraft>(candidates: Iterable<D>, test: (d: D) => boolean): D | undefined {
  let best: D | undefined;
  for (const d of candidates) if ((!best || d.key > best.key) && test(d)) best = d;
  return best;
}

/** The word itself and every form of it with one letter left out ("marenko" -> "arenko", "mrenko" ...). */
function deletions(word: string): string[] {
  const out = new Set<string>([word]);
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  return [...out];
}
