// The inverted index behind search: folded word -> the entities whose name, aliases or mentioning
// sentences use it, with how many of their texts do. Words sit in MiniSearch's radix tree
// (SearchableMap), so the words a query word starts, or is one or two typos away from, are one
// walk of the tree, not a scan of every entity.
//
// Kept current from the graph's own events, like the name index, but lazily: an event only notes
// the entity as changed; the next search first re-indexes the entities changed since (added,
// renamed, merged, given new mentions, removed), at a cost proportional to the change. Nothing
// lags for a reader: every search sees the graph as it is.
//
// The first build reads every sentence of every entity: seconds at a hundred thousand relations,
// a minute at a million. So it runs in slices (whenBuilt) that leave the event loop free between
// them: the server starts it once the graph is loaded, and a rebuild of the graph builds the new
// graph's index before handing it over. A process that never starts it and never searches never
// pays for it; a synchronous search (postingsOf) finishes whatever is left at once.
//
// Posting lists name entities by number, not by id (a common word's also in a typed array, see
// PostingList), and the index keeps each numbered entity's type and degree in arrays: a common
// word matches a tenth of a large graph, and reading a number from a typed array costs
// nanoseconds where hashing an id costs a cache miss (a microsecond at a million relations). Numbers are handed out as nodes are added and never reused for another id.
import { type MultiDirectedGraph } from 'graphology';
import SearchableMap from 'minisearch/SearchableMap';
import { type EntityType, type ExtractedMention, foldAccents } from '../domain/index.js';
import { type EntityAttrs, type RelationAttrs } from './attributes.js';

/** Where a text an entity is found by comes from, from the most to the least telling. */
export const SEARCH_FIELDS = ['NAME', 'ALIAS', 'SENTENCE'] as const;
/** Where a text an entity is found by comes from. */
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** One word of a text: its folded form and its span in the original text. */
export interface Token {
  readonly folded: string;
  readonly start: number;
  readonly end: number;
}

/** How an indexed word matched a query word. */
export type WordMatch = 'EXACT' | 'PREFIX' | 'TYPO';

/** The words of a text with their spans in it. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu)) {
    const folded = foldAccents(match[0]);
    if (folded !== '') tokens.push({ folded, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/**
 * The distinct folded words of a text, as tokenize() finds them, without their spans: the text is
 * folded once, not word by word, since the index reads every sentence of every entity.
 */
export function wordsOf(text: string): Set<string> {
  return new Set(foldText(text).match(/[\p{L}\p{N}][\p{L}\p{N}]*/gu));
}

/** foldAccents, with a shortcut for the plain ASCII text most news is written in. */
export function foldText(text: string): string {
  return hasNonAscii(text) ? foldAccents(text) : text.toLowerCase();
}

/** True when the text has a character outside ASCII: only such text has accents to fold. */
export function hasNonAscii(text: string): boolean {
  return /[^\x00-\x7f]/.test(text);
}

/**
 * Edits a query word may be away from an indexed word of a field and still match it: none for
 * words under 4 letters (too many short words are one letter apart), one up to 7 letters, two from
 * 8 in names and aliases. Sentences allow one: their words are most of the index, a walk of the tree
 * within two edits costs several times one within one (13 against 2 ms at a million relations),
 * and a sentence found by a word two letters off is seldom the one meant.
 */
export function typosAllowed(word: string, field: SearchField): number {
  if (word.length < 4) return 0;
  return word.length < 8 || field === 'SENTENCE' ? 1 : 2;
}

/** The entities whose texts of one field use one indexed word, and how that word matched a query word. */
export interface WordPostings {
  /** The indexed word. */
  readonly term: string;
  readonly field: SearchField;
  readonly how: WordMatch;
  /** The entities (by FullTextIndex.entityOf number) whose texts of the field use the word. */
  readonly entities: ReadonlyPostingList;
}

/** The entities one word of one field is used by, as a search reads them. */
export interface ReadonlyPostingList {
  readonly size: number;
  has(entity: number): boolean;
  /** The entity numbers, in no particular order; valid until the next write to the graph. */
  numbers(): Int32Array;
}

/** Entities a word must be used by before its posting list keeps them in a typed array as well. */
const ARRAY_FROM = 64;

/**
 * One word of one field: entity number -> how many of its texts of the field use the word.
 *
 * Most words are used by a few entities (names, rare words): their entities and counts sit in one
 * small array of integers, [entity, count, entity, count, ...], always of its exact length, read
 * by a scan of at most 2 x ARRAY_FROM numbers. A word of ARRAY_FROM entities or more keeps its
 * entity numbers in ascending order in a typed array, with their counts in another, found by
 * binary search. A Map per word, as before, took about 40 bytes an entity where these take 8 to 16,
 * and the search index was a quarter of the heap. A common word is used by a tenth of a large graph:
 * a search reads its numbers straight from the array, with no copy and no allocation.
 *
 * The first build adds entities in ascending number (see #indexFor), and entities added later have
 * higher numbers, so an entity nearly always goes at the end; one re-indexed (renamed, merged,
 * given new mentions) shifts the numbers after it, a copy within the array.
 */
export class PostingList implements ReadonlyPostingList {
  #pairs: number[] = [];
  #numbers: Int32Array | null = null;
  #counts: Int32Array | null = null;
  #length = 0;

  get size(): number {
    return this.#numbers === null ? this.#pairs.length / 2 : this.#length;
  }

  has(entity: number): boolean {
    return this.#numbers === null ? this.#find(entity) >= 0 : this.#search(entity) >= 0;
  }

  numbers(): Int32Array {
    if (this.#numbers !== null) return this.#numbers.subarray(0, this.#length);
    // A small list's array is made for one search and not kept: small lists are most words.
    const numbers = new Int32Array(this.#pairs.length / 2);
    for (let i = 0; i < numbers.length; i += 1) numbers[i] = this.#pairs[2 * i] ?? 0;
    return numbers;
  }

  add(entity: number): void {
    if (this.#numbers === null) {
      const at = this.#find(entity);
      if (at >= 0) this.#pairs[at + 1] = (this.#pairs[at + 1] ?? 0) + 1;
      else if (this.#pairs.length / 2 + 1 < ARRAY_FROM) this.#pairs = this.#pairs.concat(entity, 1);
      else this.#toArrays(entity);
      return;
    }
    const at = this.#search(entity);
    const counts = this.#counts as Int32Array;
    if (at >= 0) {
      counts[at] = (counts[at] ?? 0) + 1;
      return;
    }
    this.#insert(-at - 1, entity);
  }

  /** Takes one text of the entity away; false once no entity is left. */
  remove(entity: number): boolean {
    if (this.#numbers === null) {
      const at = this.#find(entity);
      if (at >= 0) {
        const left = (this.#pairs[at + 1] ?? 0) - 1;
        if (left > 0) this.#pairs[at + 1] = left;
        else this.#pairs = [...this.#pairs.slice(0, at), ...this.#pairs.slice(at + 2)];
      }
      return this.#pairs.length > 0;
    }
    const counts = this.#counts as Int32Array;
    const at = this.#search(entity);
    if (at >= 0 && (counts[at] ?? 0) > 1) counts[at] = (counts[at] ?? 0) - 1;
    else if (at >= 0) {
      this.#numbers.copyWithin(at, at + 1, this.#length);
      counts.copyWithin(at, at + 1, this.#length);
      this.#length -= 1;
    }
    return this.#length > 0;
  }

  /** Index of the entity's pair in the small list, or -1. */
  #find(entity: number): number {
    for (let i = 0; i < this.#pairs.length; i += 2) if (this.#pairs[i] === entity) return i;
    return -1;
  }

  /** Index of the entity in the sorted numbers, or -(where it would go) - 1. */
  #search(entity: number): number {
    const numbers = this.#numbers as Int32Array;
    // Entities come mostly in ascending order: the last place is the likeliest.
    const last = this.#length - 1;
    if (last < 0 || (numbers[last] ?? 0) < entity) return -this.#length - 1;
    let low = 0;
    let high = last;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const value = numbers[middle] ?? 0;
      if (value === entity) return middle;
      if (value < entity) low = middle + 1;
      else high = middle - 1;
    }
    return -low - 1;
  }

  /** The small list, and `entity` once, as sorted arrays. */
  #toArrays(entity: number): void {
    const entries: [number, number][] = [[entity, 1]];
    for (let i = 0; i < this.#pairs.length; i += 2) entries.push([this.#pairs[i] ?? 0, this.#pairs[i + 1] ?? 0]);
    entries.sort((a, b) => a[0] - b[0]);
    this.#numbers = new Int32Array(2 * ARRAY_FROM);
    this.#counts = new Int32Array(2 * ARRAY_FROM);
    entries.forEach(([number, count], i) => {
      (this.#numbers as Int32Array)[i] = number;
      (this.#counts as Int32Array)[i] = count;
    });
    this.#length = entries.length;
    this.#pairs = [];
  }

  #insert(at: number, entity: number): void {
    let numbers = this.#numbers as Int32Array;
    let counts = this.#counts as Int32Array;
    if (this.#length === numbers.length) {
      const grownNumbers = new Int32Array(this.#length * 2);
      const grownCounts = new Int32Array(this.#length * 2);
      grownNumbers.set(numbers.subarray(0, this.#length));
      grownCounts.set(counts.subarray(0, this.#length));
      this.#numbers = numbers = grownNumbers;
      this.#counts = counts = grownCounts;
    }
    numbers.copyWithin(at + 1, at, this.#length);
    counts.copyWithin(at + 1, at, this.#length);
    numbers[at] = entity;
    counts[at] = 1;
    this.#length += 1;
  }
}

/**
 * Words of sentences that are not indexed: too common to find anything by (they are in most
 * sentences of every entity) and a third of the work of indexing. A name or alias is indexed
 * whole ("The Hague" is found by "the"), and a prefix still finds the longer words ("the" finds
 * "theatre").
 */
const SENTENCE_STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be by for from had has have he her his in is it its of on or said that the their they this to was were will with'.split(' '),
);

/**
 * Shortest query word that matches the longer words of sentences it starts. "min" would match
 * every sentence with "ministry" or "minister", a tenth of a large graph, for a reader who is
 * typing a name; names and aliases match from the first letter.
 */
const SENTENCE_PREFIX_FROM = 4;

/** True for a word sentences are not indexed by (SENTENCE_STOP_WORDS). */
export function isSentenceStopWord(word: string): boolean {
  return SENTENCE_STOP_WORDS.has(word);
}

/**
 * True when `mentions` holds the mentions indexed, in their places, and maybe more after them: the
 * store grows a long list in place and copies a short one with the new mentions at its end, so
 * only what follows needs indexing. (A deletion takes mentions out: then the entity is indexed again.)
 */
function extendsIndexed(mentions: readonly ExtractedMention[], known: Indexed): boolean {
  if (mentions === known.mentions) return true;
  if (mentions.length < known.mentionCount) return false;
  for (let i = 0; i < known.mentionCount; i += 1) if (mentions[i] !== known.mentions[i]) return false;
  return true;
}

/** Longest stretch of the sliced build between two turns of the event loop, in milliseconds. */
const BUILD_SLICE_MS = 20;
/** Most mentions of one entity indexed in one step of a build (well under a millisecond's work). */
const MENTIONS_PER_STEP = 256;
/** Fewest steps a slice takes however short it is, so that a build keeps ahead of a stream of writes. */
const MIN_STEPS_PER_SLICE = 32;

/** How far the first build of an index is. */
export interface BuildProgress {
  readonly indexed: number;
  readonly total: number;
}

/** Per entity: what the index holds of it, to take it out again. */
interface Indexed {
  readonly number: number;
  readonly name: string;
  readonly aliases: readonly string[];
  /** The mention array indexed and how many of its items were (the store grows it in place). */
  readonly mentions: readonly ExtractedMention[];
  readonly mentionCount: number;
}

/**
 * One field's words: word -> entity -> number of that entity's texts of the field using the word,
 * in a hash map for updates, and the same entries in MiniSearch's radix tree for prefix and fuzzy
 * lookups (a tree lookup costs several times a hash lookup, and updates far outnumber new words).
 */
interface Postings {
  readonly byWord: Map<string, PostingList>;
  readonly tree: SearchableMap<PostingList>;
}

function emptyPostings(): Postings {
  return { byWord: new Map(), tree: new SearchableMap() };
}

/** The full-text index of a graph's entities; see the banner. */
export class FullTextIndex {
  readonly #graph: MultiDirectedGraph<EntityAttrs, RelationAttrs>;
  readonly #fields: Readonly<Record<SearchField, Postings>> = { NAME: emptyPostings(), ALIAS: emptyPostings(), SENTENCE: emptyPostings() };
  readonly #indexed = new Map<string, Indexed>();
  /** Entities changed since the last flush; null until the first build starts. */
  #changed: Set<string> | null = null;
  /** Entities the first build has still to index (a snapshot of the graph when it started). */
  #pending: string[] = [];
  #total = 0;
  /** The sliced build under way, if any. */
  #building: Promise<void> | null = null;
  /** Entity id -> its number; entity number -> id, type and degree (always current, unlike the postings). */
  readonly #numbers = new Map<string, number>();
  #ids: string[] = [];
  #types: (EntityType | undefined)[] = [];
  #degrees = new Int32Array(1024);

  /** Follows `graph` from now on; indexes it on the first search or whenBuilt(). */
  constructor(graph: MultiDirectedGraph<EntityAttrs, RelationAttrs>) {
    this.#graph = graph;
    graph.forEachNode((id, attributes) => this.#number(id, attributes.type, graph.degree(id)));
    const note = ({ key }: { key: string }): void => {
      this.#changed?.add(key);
    };
    graph.on('nodeAdded', ({ key, attributes }) => {
      this.#number(key, attributes.type, 0);
      note({ key });
    });
    graph.on('nodeAttributesUpdated', ({ key, attributes }) => {
      this.#types[this.#numbers.get(key) ?? -1] = attributes.type;
      note({ key });
    });
    graph.on('nodeDropped', ({ key }) => {
      this.#types[this.#numbers.get(key) ?? -1] = undefined;
      note({ key });
    });
    // graphology emits edgeDropped for each relation of a dropped node too.
    graph.on('edgeAdded', ({ source, target }) => this.#addDegree(source, target, 1));
    graph.on('edgeDropped', ({ source, target }) => this.#addDegree(source, target, -1));
    graph.on('edgesCleared', () => this.#degrees.fill(0));
    graph.on('cleared', () => {
      this.#changed = null;
      this.#pending = [];
      this.#indexed.clear();
      for (const field of SEARCH_FIELDS) {
        this.#fields[field].byWord.clear();
        this.#fields[field].tree.clear();
      }
      this.#numbers.clear();
      this.#ids = [];
      this.#types = [];
      this.#degrees = new Int32Array(1024);
    });
  }

  /** How many entity numbers have been handed out: every number is below it. */
  get numberCount(): number {
    return this.#ids.length;
  }

  /** The number of the entity with this id, if it was ever a node of the graph. */
  numberOf(id: string): number | undefined {
    return this.#numbers.get(id);
  }

  /** The id of the entity with this number. */
  entityOf(number: number): string {
    return this.#ids[number] ?? '';
  }

  /** The type of the entity with this number, undefined once it is dropped. */
  typeOf(number: number): EntityType | undefined {
    return this.#types[number];
  }

  /** The number of relations of the entity with this number, as graph.degree gives it. */
  degreeOf(number: number): number {
    return this.#degrees[number] ?? 0;
  }

  #number(id: string, type: EntityType, degree: number): void {
    let number = this.#numbers.get(id);
    if (number === undefined) {
      number = this.#ids.length;
      this.#numbers.set(id, number);
      this.#ids.push(id);
      if (number >= this.#degrees.length) {
        const grown = new Int32Array(this.#degrees.length * 2);
        grown.set(this.#degrees);
        this.#degrees = grown;
      }
    }
    this.#types[number] = type;
    this.#degrees[number] = degree;
  }

  #addDegree(source: string, target: string, delta: 1 | -1): void {
    const from = this.#numbers.get(source);
    const to = this.#numbers.get(target);
    if (from !== undefined) this.#degrees[from] = (this.#degrees[from] ?? 0) + delta;
    if (to !== undefined) this.#degrees[to] = (this.#degrees[to] ?? 0) + delta;
  }

  /**
   * The posting lists of the indexed words that `word` (folded) matches, per field and how it
   * matches (equal, started by `word`, or within typosAllowed(word, field) edits of it; in sentences, a
   * word under SENTENCE_PREFIX_FROM letters matches only itself), the most telling
   * first: NAME before ALIAS before SENTENCE, and within a field EXACT, then PREFIX, then TYPO. A
   * word that is both started by `word` and a typo of it is listed once per way. The maps are the
   * index's own: read them, never change them, and not after the next write to the graph.
   */
  postingsOf(word: string): WordPostings[] {
    this.#flush();
    const found: WordPostings[] = [];
    for (const field of SEARCH_FIELDS) {
      if (field === 'SENTENCE' && word.length < SENTENCE_PREFIX_FROM) {
        const entities = this.#fields.SENTENCE.byWord.get(word);
        if (entities !== undefined) found.push({ term: word, field, how: 'EXACT', entities });
        continue;
      }
      const tree = this.#fields[field].tree;
      const prefixed: WordPostings[] = [];
      for (const [term, entities] of tree.atPrefix(word)) {
        if (term === word) found.push({ term, field, how: 'EXACT', entities });
        else prefixed.push({ term, field, how: 'PREFIX', entities });
      }
      found.push(...prefixed);
      const typos = typosAllowed(word, field);
      if (typos > 0)
        for (const [term, [entities]] of tree.fuzzyGet(word, typos)) if (!term.startsWith(word)) found.push({ term, field, how: 'TYPO', entities });
    }
    return found;
  }

  /** True once the first build has started (a search, or whenBuilt). */
  get started(): boolean {
    return this.#changed !== null;
  }

  /** How far the first build is; complete once `indexed` equals `total`. */
  get progress(): BuildProgress {
    if (this.#changed === null) return { indexed: 0, total: this.#graph.order };
    return { indexed: this.#total - this.#pending.length, total: this.#total };
  }

  /** True when a search would find the index complete, with no entity left to index or re-index. */
  get built(): boolean {
    return this.#changed !== null && this.#pending.length === 0 && this.#changed.size === 0;
  }

  /**
   * Builds the index, or brings it up to date, in slices of `sliceMs` with a turn of the event
   * loop between them; resolves once it is complete. Calls share one build.
   */
  whenBuilt(sliceMs = BUILD_SLICE_MS): Promise<void> {
    this.#building ??= (async () => {
      try {
        while (!this.#indexFor(sliceMs)) await new Promise((resolve) => setImmediate(resolve));
      } finally {
        this.#building = null;
      }
    })();
    return this.#building;
  }

  #flush(): void {
    while (!this.#indexFor(Number.POSITIVE_INFINITY));
  }

  /** Indexes for about `milliseconds`; true when nothing is left to index. */
  #indexFor(milliseconds: number): boolean {
    const deadline = performance.now() + milliseconds;
    if (this.#changed === null) {
      this.#changed = new Set();
      // Taken from the end, so entities are indexed in ascending number (see PostingList).
      this.#pending = this.#graph.nodes().reverse();
      this.#total = this.#pending.length;
    }
    let steps = 0;
    const late = (): boolean => (steps += 1) >= MIN_STEPS_PER_SLICE && performance.now() > deadline;
    // The snapshot first; entities changed meanwhile are noted in #changed and re-indexed after.
    // An entity with more mentions than a step takes stays where it is until it is done.
    while (this.#pending.length > 0) {
      const id = this.#pending.at(-1) as string;
      if (!this.#graph.hasNode(id) || this.#index(id, this.#graph.getNodeAttributes(id))) this.#pending.pop();
      if (late()) return false;
    }
    for (const id of this.#changed) {
      if (!this.#graph.hasNode(id)) {
        this.#unindex(id);
        this.#changed.delete(id);
      } else if (this.#index(id, this.#graph.getNodeAttributes(id))) this.#changed.delete(id);
      if (late()) break;
    }
    return this.#changed.size === 0;
  }

  /**
   * Indexes what is new of the entity, at most MENTIONS_PER_STEP of its mentions: a country named
   * in thousands of documents is indexed over several steps, so no slice runs long. True when the
   * entity is indexed in full.
   */
  #index(id: string, attrs: EntityAttrs): boolean {
    const known = this.#indexed.get(id);
    const number = this.#numbers.get(id) ?? -1;
    if (known !== undefined && (known.name !== attrs.name || known.aliases !== attrs.aliases)) {
      this.#names(known.number, known, -1);
    }
    if (known === undefined || known.name !== attrs.name || known.aliases !== attrs.aliases) this.#names(number, attrs, +1);
    let from = 0;
    if (known !== undefined && extendsIndexed(attrs.mentions, known)) from = known.mentionCount;
    else if (known !== undefined) this.#sentences(known.number, known.mentions, 0, known.mentionCount, -1);
    const to = Math.min(attrs.mentions.length, from + MENTIONS_PER_STEP);
    this.#sentences(number, attrs.mentions, from, to, +1);
    this.#indexed.set(id, { number, name: attrs.name, aliases: attrs.aliases, mentions: attrs.mentions, mentionCount: to });
    return to === attrs.mentions.length;
  }

  #unindex(id: string): void {
    const known = this.#indexed.get(id);
    if (known === undefined) return;
    this.#names(known.number, known, -1);
    this.#sentences(known.number, known.mentions, 0, known.mentionCount, -1);
    this.#indexed.delete(id);
  }

  #names(id: number, names: Pick<Indexed, 'name' | 'aliases'>, delta: 1 | -1): void {
    this.#count('NAME', id, names.name, delta);
    for (const alias of names.aliases) this.#count('ALIAS', id, alias, delta);
  }

  /**
   * Counts (or uncounts) the sentences of `mentions[from, to)`, each sentence once. The store adds
   * a document's mentions together at the end of the array, so a sentence of these mentions can
   * only have been counted already among the trailing mentions of the same documents before `from`.
   */
  #sentences(id: number, mentions: readonly ExtractedMention[], from: number, to: number, delta: 1 | -1): void {
    if (from >= to) return;
    const seen = new Set<string>();
    const documents = new Set<string>();
    for (let i = from; i < to; i += 1) documents.add(mentions[i]?.evidence.document ?? '');
    for (let i = from - 1; i >= 0; i -= 1) {
      const evidence = mentions[i]?.evidence;
      if (evidence === undefined || !documents.has(evidence.document)) break;
      seen.add(`${evidence.document}|${evidence.sentence}`);
    }
    for (let i = from; i < to; i += 1) {
      const evidence = mentions[i]?.evidence;
      if (evidence === undefined) continue;
      const key = `${evidence.document}|${evidence.sentence}`;
      if (seen.has(key)) continue;
      seen.add(key);
      this.#count('SENTENCE', id, evidence.text, delta);
    }
  }

  /** Adds `delta` to the count of entity `id` for each distinct word of `text` in `field`. */
  #count(field: SearchField, id: number, text: string, delta: 1 | -1): void {
    const { byWord, tree } = this.#fields[field];
    for (const word of wordsOf(text)) {
      if (field === 'SENTENCE' && SENTENCE_STOP_WORDS.has(word)) continue;
      const entities = byWord.get(word);
      if (delta > 0) {
        if (entities !== undefined) entities.add(id);
        else {
          const created = new PostingList();
          created.add(id);
          byWord.set(word, created);
          tree.set(word, created);
        }
        continue;
      }
      if (entities !== undefined && !entities.remove(id)) {
        byWord.delete(word);
        tree.delete(word);
      }
    }
  }
}
