// Ranked full-text search over entities: their names, aliases and the sentences that mention them,
// case- and accent-blind. Every query word matches the words it starts (in sentences, from four
// letters on) and, from four letters on, words one typo away ("marenkov" finds "Marenko"; two
// typos from eight letters in names and aliases). The store's inverted index (FullTextIndex) finds
// and scores the entities; only the hits of the page asked for read their texts, for the snippet
// and highlights.
import { type EntityType, InvalidInputError, ServiceBusyError } from '../../domain/index.js';
import { surfaceKey } from '../surface-key.js';
import { type FullTextIndex, type WordPostings } from '../full-text-index.js';
import { type ReadonlyStore } from '../readonly-store.js';
import { type LazyConnection, MAX_PAGE_SIZE, type PageOptions, pageFrom } from './connection.js';
import { allowed } from './filters.js';
import {
  type IndexedText,
  QueryWord,
  SNIPPET_SCAN_SENTENCES,
  SNIPPET_SENTENCES_PER_HIT,
  type SearchField,
  type SnippetBudget,
  type WordMatch,
  nameTexts,
  sentenceTexts,
  tokenize,
} from './search-index.js';
import { sortedLazily } from './top-k.js';

/** Longest query accepted, in characters. */
export const MAX_QUERY_CHARS = 200;
/** Longest snippet of a sentence, in characters; longer sentences are cut around the first hit. */
export const SNIPPET_CHARS = 180;

/** A span of a snippet to highlight, as offsets in the snippet's text. */
export interface Highlight {
  readonly start: number;
  readonly end: number;
}

/** The text a hit was found in, with what to highlight. */
export interface Snippet {
  readonly text: string;
  readonly highlights: readonly Highlight[];
}

/** One entity found, how well it matches and where. */
export interface SearchHit {
  readonly entity: string;
  /** Higher is better; only comparable within one search. */
  readonly score: number;
  /** Where the best match is. */
  readonly field: SearchField;
  readonly snippet: Snippet;
  /** The document of the sentence, when the best match is in a sentence. */
  readonly document: string | null;
}

/** Query, filters and page of search. */
export interface SearchOptions extends PageOptions {
  readonly query: string;
  readonly types?: readonly EntityType[] | null;
}

const FIELD_WEIGHT: Readonly<Record<SearchField, number>> = { NAME: 4, ALIAS: 3, SENTENCE: 1 };
/** A query word equal to a word scores this much more than one that only starts it. */
const EXACT_BONUS = 0.5;
/** A word one or two typos away scores this share of the field's weight. */
const TYPO_SHARE = 0.5;

/** An entity found and scored, before its snippet is cut. */
interface RankedEntity {
  readonly entity: string;
  readonly score: number;
  /** The sum of each word's best score in any of its texts: no one text scores more. */
  readonly bound: number;
  /** The same for its sentences alone: no sentence scores more. */
  readonly sentenceBound: number;
}

/** One page of the entities matching every word of `query`, best first. */
export function search(store: ReadonlyStore, options: SearchOptions): LazyConnection<SearchHit> {
  const words = queryWords(store, options.query);
  const matches = matchingEntities(store, options.query, words, options.types);
  const { candidates } = matches;
  const index = store.fullText;
  const budget: SnippetBudget = { sentences: SNIPPET_SCAN_SENTENCES, perHit: SNIPPET_SENTENCES_PER_HIT };
  try {
    return pageFrom(
      () => sortedLazily(candidates, byRank(matches), MAX_PAGE_SIZE + 1),
      { ...options, where: 'search' },
      (number) => hitOf(store, rankedOf(matches, number, words), words, budget),
      (number) => index.entityOf(number),
      () => candidates.length,
    );
  } finally {
    releaseMatches(matches);
  }
}

/** Longest a search waits for the search index's first build before it is refused with SERVICE_BUSY. */
export const SEARCH_INDEX_WAIT_MS = 1_000;

/**
 * search(), for the API: while the store's index is still being built (the first minute after a
 * start at a million relations), the search waits for it at most `waitMs` with the event loop
 * free, then is refused with SERVICE_BUSY saying how far the build is, instead of finishing the
 * build in one blocking step.
 */
export async function searchWhenIndexed(store: ReadonlyStore, options: SearchOptions, waitMs = SEARCH_INDEX_WAIT_MS): Promise<LazyConnection<SearchHit>> {
  checkQueryLength(options.query);
  if (!store.fullText.built) {
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), waitMs)));
    const ready = await Promise.race([store.fullText.whenBuilt().then(() => true), waited]);
    clearTimeout(timer);
    if (!ready) {
      const { indexed, total } = store.fullText.progress;
      throw new ServiceBusyError(
        `search: the search index is being built (${indexed.toLocaleString('en')} of ${total.toLocaleString('en')} entities); try again in a few seconds.`,
      );
    }
  }
  return search(store, options);
}

/** Every hit of a search, best first (ties: the entity with more relations first). */
export function rankedHits(store: ReadonlyStore, options: Pick<SearchOptions, 'query' | 'types'>): SearchHit[] {
  const words = queryWords(store, options.query);
  const matches = matchingEntities(store, options.query, words, options.types);
  try {
    return Array.from(matches.candidates)
      .sort(byRank(matches))
      .map((number) => hitOf(store, rankedOf(matches, number, words), words, { sentences: SNIPPET_SCAN_SENTENCES, perHit: SNIPPET_SCAN_SENTENCES }));
  } finally {
    releaseMatches(matches);
  }
}

/**
 * The distinct folded words of a query with what they match in the index, the word with the fewest
 * postings first; throws InvalidInputError for a query that is too long.
 */
function queryWords(store: ReadonlyStore, query: string): QueryWord[] {
  checkQueryLength(query);
  return [...new Set(tokenize(query).map((t) => t.folded))]
    .map((word) => new QueryWord(word, store.fullText.postingsOf(word)))
    .sort((a, b) => postingCount(a.postings) - postingCount(b.postings));
}

function checkQueryLength(query: string): void {
  if (query.length > MAX_QUERY_CHARS) {
    throw new InvalidInputError(`search: the query must be at most ${MAX_QUERY_CHARS} characters, got ${query.length}.`);
  }
}

/**
 * The entities that match every word of a search, by their numbers in the store's FullTextIndex,
 * scored from the index alone. Bounds live in an array indexed by entity number: a common word
 * matches a tenth of a large graph, and a page needs ten of them.
 */
interface Matches {
  /** The numbers of the matching entities. */
  readonly candidates: Int32Array;
  /** Entity number -> the sum of each word's best score in any of its texts (0 for any other entity). */
  readonly bounds: Float64Array;
  /** The candidates named exactly the query: they rank above those whose names merely contain it. */
  readonly named: ReadonlySet<number>;
  readonly index: FullTextIndex;
  /** Entity number -> rankKeysOf's key, for the candidates. */
  readonly rankKeys: Float64Array;
}

/** A name that is exactly the query scores this much more. */
const WHOLE_NAME_BONUS = 2;

/**
 * Zeroed score arrays, one entry per entity number, kept between searches: allocating and zeroing
 * two arrays of a million entries costs more than the rest of a search. Whoever takes one gives it
 * back with the entries it set, which are zeroed again.
 */
class ScratchArrays {
  readonly #free: Float64Array[] = [];

  take(length: number): Float64Array {
    const found = this.#free.findIndex((array) => array.length >= length);
    if (found >= 0) return this.#free.splice(found, 1)[0] as Float64Array;
    // The graph has outgrown the arrays kept: they would never fit again.
    this.#free.length = 0;
    return new Float64Array(Math.ceil(length * 1.25));
  }

  release(array: Float64Array, touched: ArrayLike<number>): void {
    // Past an eighth of the array, one sweep of it costs less than jumping to each entry.
    if (touched.length * 8 > array.length) array.fill(0);
    else for (let i = 0; i < touched.length; i += 1) array[touched[i] as number] = 0;
    if (this.#free.length < 4) this.#free.push(array);
  }
}
const scratch = new ScratchArrays();

/** Gives the arrays of `matches` back; only candidates hold values in them. */
function releaseMatches(matches: Matches): void {
  scratch.release(matches.bounds, matches.candidates);
  scratch.release(matches.rankKeys, matches.candidates);
}

/**
 * The entities that match every word. The word with the fewest postings picks the candidates; each
 * other word either scans its own postings or looks the candidates up in them, whichever reads
 * fewer entries, so a common word ("of", "ministry") after a rare one costs little.
 */
function matchingEntities(store: ReadonlyStore, query: string, words: readonly QueryWord[], typeFilter: readonly EntityType[] | null | undefined): Matches {
  const index = store.fullText;
  const [rarest, ...others] = words;
  const bounds = scratch.take(index.numberCount);
  // Entries of entities that drop out are zeroed as they do, so only candidates hold a bound.
  let candidates = bestScores(rarest?.postings ?? [], bounds);
  for (const { postings } of others) {
    const scan = candidates.length * postings.length >= postingCount(postings);
    const scores = scan ? scratch.take(index.numberCount) : undefined;
    const scanned = scores === undefined ? NO_ENTITIES : bestScores(postings, scores);
    candidates = keepWhere(candidates, (number) => {
      const score = scores !== undefined ? (scores[number] ?? 0) : bestScoreOf(number, postings);
      bounds[number] = score === 0 ? 0 : (bounds[number] ?? 0) + score;
      return score !== 0;
    });
    if (scores !== undefined) scratch.release(scores, scanned);
  }
  const types = allowed(typeFilter);
  if (types !== undefined) {
    candidates = keepWhere(candidates, (number) => {
      const kept = types.has(index.typeOf(number) as EntityType);
      if (!kept) bounds[number] = 0;
      return kept;
    });
  }
  const unranked = { candidates, bounds, named: namedExactly(store, query, words, bounds), index };
  return { ...unranked, rankKeys: rankKeysOf(unranked) };
}

function scoreOf(matches: Pick<Matches, 'bounds' | 'named'>, number: number): number {
  const bound = matches.bounds[number] ?? 0;
  return Math.round((matches.named.has(number) ? bound + WHOLE_NAME_BONUS : bound) * 1000) / 1000;
}

/** The ranked form of a matching entity, for its hit. */
function rankedOf(matches: Matches, number: number, words: readonly QueryWord[]): RankedEntity {
  const sentenceBound = words.reduce((sum, word) => sum + bestScoreOf(number, word.postings, 'SENTENCE'), 0);
  return { entity: matches.index.entityOf(number), score: scoreOf(matches, number), bound: matches.bounds[number] ?? 0, sentenceBound };
}

/**
 * Best first: score, then the entity with more relations (its degree is always current, where
 * centrality would be recomputed for the first search after every write), then id.
 */
function byRank(matches: Matches): (a: number, b: number) => number {
  const { index, rankKeys } = matches;
  return (a, b) => {
    const byKey = (rankKeys[b] ?? 0) - (rankKeys[a] ?? 0);
    if (byKey !== 0) return byKey;
    const [idA, idB] = [index.entityOf(a), index.entityOf(b)];
    return idA < idB ? -1 : idA > idB ? 1 : 0;
  };
}

/** Degrees above this rank as this; far above any real entity's. */
const RANK_DEGREE_CAP = 2 ** 21 - 1;

/**
 * Per candidate, its score in thousandths and its degree in one number, so that ranking a tenth of
 * a large graph compares numbers read from one array.
 */
function rankKeysOf(matches: Omit<Matches, 'rankKeys'>): Float64Array {
  const keys = scratch.take(matches.index.numberCount);
  for (const number of matches.candidates) {
    keys[number] = Math.round(scoreOf(matches, number) * 1000) * (RANK_DEGREE_CAP + 1) + Math.min(matches.index.degreeOf(number), RANK_DEGREE_CAP);
  }
  return keys;
}

/**
 * The candidates named exactly the query ("Brannok Logistics" for "brannok logistics"), from the
 * store's name index: one lookup, however many names hold the words. An alias counts when it is
 * the entity's best text for the words: when its name does not hold them all ("Kasym Tokav" for
 * an entity named "Tokav", not "Apple" for one named "Apple Inc.").
 */
function namedExactly(store: ReadonlyStore, query: string, words: readonly QueryWord[], bounds: Float64Array): Set<number> {
  const named = new Set<number>();
  const key = surfaceKey(query);
  for (const id of store.names.lookup(query)) {
    const number = store.fullText.numberOf(id);
    if (number === undefined || !(bounds[number] ?? 0)) continue;
    const name = store.graph.getNodeAttributes(id).name;
    const nameWords = new Set(tokenize(name).map((token) => token.folded));
    if (surfaceKey(name) === key || !words.every((word) => nameWords.has(word.word))) named.add(number);
  }
  return named;
}

function postingCount(postings: readonly WordPostings[]): number {
  return postings.reduce((sum, p) => sum + p.entities.size, 0);
}

const NO_ENTITIES = new Int32Array(0);

/**
 * Where bestScores collects entity numbers, kept between searches. Growing a plain array by a
 * hundred thousand pushes cost ten times the rest of the scan in a 3 GB heap (copies and
 * scavenges); writing into a typed array and copying it once costs nothing of the kind.
 */
let collected = new Int32Array(1024);

/** Writes into `best` the best score the postings give each entity; returns the entities given one. */
function bestScores(postings: readonly WordPostings[], best: Float64Array): Int32Array {
  // At most every entity once, though broad prefix and typo matches list many twice.
  const most = Math.min(postingCount(postings), best.length);
  if (collected.length < most) collected = new Int32Array(Math.ceil(most * 1.25));
  let found = 0;
  for (const { field, how, entities } of postings) {
    const score = matchScore(field, how);
    const numbers = entities.numbers();
    for (let i = 0; i < numbers.length; i += 1) {
      const number = numbers[i] as number;
      const before = best[number] ?? 0;
      if (before === 0) collected[found++] = number;
      if (score > before) best[number] = score;
    }
  }
  return collected.slice(0, found);
}

/** The entities of `numbers` that `keep` keeps, in their order, in the same array (which it owns). */
function keepWhere(numbers: Int32Array, keep: (number: number) => boolean): Int32Array {
  let kept = 0;
  for (let i = 0; i < numbers.length; i += 1) {
    const number = numbers[i] as number;
    if (keep(number)) numbers[kept++] = number;
  }
  return numbers.subarray(0, kept);
}

/** The best score the postings (of one field, if given) give an entity, 0 when none holds it. */
function bestScoreOf(number: number, postings: readonly WordPostings[], only?: SearchField): number {
  let best = 0;
  for (const { field, how, entities } of postings) {
    if (only !== undefined && field !== only) continue;
    const score = matchScore(field, how);
    if (score > best && entities.has(number)) best = score;
  }
  return best;
}

function matchScore(field: SearchField, how: WordMatch): number {
  switch (how) {
    case 'EXACT':
      return FIELD_WEIGHT[field] + EXACT_BONUS;
    case 'PREFIX':
      return FIELD_WEIGHT[field];
    case 'TYPO':
      return FIELD_WEIGHT[field] * TYPO_SHARE;
    default: {
      const never: never = how;
      return never;
    }
  }
}

/** The first text with the highest score for the words, stopping early once a text reaches `bound`. */
function bestOf(
  texts: Iterable<IndexedText>,
  words: readonly QueryWord[],
  bound: number,
  start?: { text: IndexedText; score: number },
): { text: IndexedText; score: number } | undefined {
  let best = start;
  for (const text of texts) {
    if (best !== undefined && best.score >= bound) break;
    const score = words.reduce((sum, word) => sum + wordScore(text, word), 0);
    if (score > (best?.score ?? 0)) best = { text, score };
  }
  return best;
}

/** The hit of a ranked entity: the text that matches the query best is the snippet. */
function hitOf(store: ReadonlyStore, ranked: RankedEntity, words: readonly QueryWord[], budget: SnippetBudget): SearchHit {
  const attrs = store.graph.getNodeAttributes(ranked.entity);
  // No text scores more than every word's best together. A sentence is read only when it may score
  // more than the name: the index knows how well the entity's sentences can match at best, and
  // reading stops at the first that does.
  const names = bestOf(nameTexts(attrs), words, ranked.bound);
  const best =
    names !== undefined && names.score >= ranked.sentenceBound
      ? names
      : (bestOf(sentenceTexts(attrs, words, budget), words, ranked.sentenceBound, names) ?? names);
  const text = best?.text ?? nameTexts(attrs)[0];
  return {
    entity: ranked.entity,
    score: ranked.score,
    field: text?.field ?? 'NAME',
    snippet: text === undefined ? { text: attrs.name, highlights: [] } : snippetOf(text, words),
    document: text?.document ?? null,
  };
}

function wordScore(text: IndexedText, word: QueryWord): number {
  let best = 0;
  for (const token of text.tokens) {
    const how = word.howMatches(token.folded, text.field);
    if (how !== undefined) best = Math.max(best, matchScore(text.field, how));
  }
  return best;
}

/** The text with every word that a query word matches highlighted, cut to SNIPPET_CHARS around the first one. */
function snippetOf(text: IndexedText, words: readonly QueryWord[]): Snippet {
  const spans = text.tokens.filter((t) => words.some((w) => w.howMatches(t.folded, text.field) !== undefined)).map((t) => ({ start: t.start, end: t.end }));
  if (text.text.length <= SNIPPET_CHARS) return { text: text.text, highlights: spans };
  const firstHit = spans[0]?.start ?? 0;
  let start = Math.max(0, firstHit - Math.floor(SNIPPET_CHARS / 3));
  let end = Math.min(text.text.length, start + SNIPPET_CHARS);
  start = Math.max(0, end - SNIPPET_CHARS);
  // Cut at spaces, so no word is shown in part.
  if (start > 0) start = text.text.indexOf(' ', start) + 1 || start;
  if (end < text.text.length) end = text.text.lastIndexOf(' ', end) > start ? text.text.lastIndexOf(' ', end) : end;
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.text.length ? '…' : '';
  const shift = prefix.length - start;
  return {
    text: `${prefix}${text.text.slice(start, end)}${suffix}`,
    highlights: spans.filter((s) => s.start >= start && s.end <= end).map((s) => ({ start: s.start + shift, end: s.end + shift })),
  };
}

/** A snippet as HTML: the text escaped, each highlighted span wrapped in `<mark>`. */
export function snippetHtml(snippet: Snippet): string {
  let html = '';
  let at = 0;
  for (const { start, end } of snippet.highlights) {
    if (start < at) continue;
    html += `${escapeHtml(snippet.text.slice(at, start))}<mark>${escapeHtml(snippet.text.slice(start, end))}</mark>`;
    at = end;
  }
  return html + escapeHtml(snippet.text.slice(at));
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
