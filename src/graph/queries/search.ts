// Ranked full-text search over entities: their names, aliases and the sentences that mention them,
// case- and accent-blind. Every query word matches the words it starts (in sentences, from four
// letters on) and, from four letters on, words one typo away ("marenkov" finds "Marenko"; two
// typos from eight letters). The store's inverted index (FullTextIndex) finds and scores the
// entities; only the hits of the page asked for read their texts, for the snippet and highlights.
import { type EntityType, InvalidInputError, ServiceBusyError } from '../../domain/index.js';
import { type WordPostings } from '../full-text-index.js';
import { type ReadonlyStore } from '../readonly-store.js';
import { type LazyConnection, MAX_PAGE_SIZE, type PageOptions, pageFrom } from './connection.js';
import { allowed } from './filters.js';
import { type IndexedText, QueryWord, type SearchField, type WordMatch, nameTexts, sentenceTexts, tokenize } from './search-index.js';
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
}

/** One page of the entities matching every word of `query`, best first. */
export function search(store: ReadonlyStore, options: SearchOptions): LazyConnection<SearchHit> {
  const words = queryWords(store, options.query);
  const matches = matchingEntities(store, words, options.types);
  const entities = [...matches.bounds.keys()];
  return pageFrom(
    () => sortedLazily(entities, byRank(store, matches), MAX_PAGE_SIZE + 1),
    { ...options, where: 'search' },
    (entity) => hitOf(store, rankedOf(matches, entity), words),
    (entity) => entity,
    () => entities.length,
  );
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
  const matches = matchingEntities(store, words, options.types);
  return [...matches.bounds.keys()].sort(byRank(store, matches)).map((entity) => hitOf(store, rankedOf(matches, entity), words));
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

/** The entities that match every word of a search, scored from the index alone. */
interface Matches {
  /** Entity -> the sum of each word's best score in any of its texts (no one text scores more). */
  readonly bounds: ReadonlyMap<string, number>;
  /** The entities named exactly the query: they rank above those whose names merely contain it. */
  readonly named: ReadonlySet<string>;
}

/** A name that is exactly the query scores this much more. */
const WHOLE_NAME_BONUS = 2;

/**
 * The entities that match every word. The word with the fewest postings picks the candidates and
 * each other word only looks them up, so a common word ("of", "ministry") costs as much as the rare
 * word's matches, not its own. Per candidate the work is a few map lookups and no object: a short
 * word can match a tenth of a large graph, and a page needs ten of them.
 */
function matchingEntities(store: ReadonlyStore, words: readonly QueryWord[], typeFilter: readonly EntityType[] | null | undefined): Matches {
  const [rarest, ...others] = words;
  const bounds = bestScores(rarest?.postings ?? []);
  for (const { postings } of others) {
    for (const [entity, sum] of bounds) {
      const score = bestScoreOf(entity, postings);
      if (score === 0) bounds.delete(entity);
      else bounds.set(entity, sum + score);
    }
  }
  const types = allowed(typeFilter);
  if (types !== undefined) for (const entity of bounds.keys()) if (!types.has(store.graph.getNodeAttributes(entity).type)) bounds.delete(entity);
  return { bounds, named: namedExactly(store, words, bounds) };
}

/** The ranked form of a matching entity, for its hit. */
function rankedOf(matches: Matches, entity: string): RankedEntity {
  return { entity, score: scoreOf(matches, entity), bound: matches.bounds.get(entity) ?? 0 };
}

function scoreOf(matches: Matches, entity: string): number {
  const bound = matches.bounds.get(entity) ?? 0;
  return Math.round((matches.named.has(entity) ? bound + WHOLE_NAME_BONUS : bound) * 1000) / 1000;
}

/**
 * Best first: score, then the entity with more relations (its degree is always current, where
 * centrality would be recomputed for the first search after every write), then id. Degrees are
 * read only for entities that tie on score, once each.
 */
function byRank(store: ReadonlyStore, matches: Matches): (a: string, b: string) => number {
  const degrees = new Map<string, number>();
  const degreeOf = (id: string): number => {
    let degree = degrees.get(id);
    if (degree === undefined) degrees.set(id, (degree = store.graph.degree(id)));
    return degree;
  };
  return (a, b) => scoreOf(matches, b) - scoreOf(matches, a) || degreeOf(b) - degreeOf(a) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * The candidates whose name or an alias is exactly the query's words: only those every word
 * matches exactly in a name or alias can be, and those are few even when the candidates are many.
 */
function namedExactly(store: ReadonlyStore, words: readonly QueryWord[], candidates: ReadonlyMap<string, number>): Set<string> {
  const named = new Set<string>();
  const exact = (word: QueryWord): ReadonlyMap<string, number>[] =>
    word.postings.filter((p) => p.how === 'EXACT' && p.field !== 'SENTENCE').map((p) => p.entities);
  const perWord = words.map(exact);
  for (const postings of perWord[0] ?? []) {
    for (const entity of postings.keys()) {
      if (named.has(entity) || !candidates.has(entity)) continue;
      if (!perWord.every((lists) => lists.some((list) => list.has(entity)))) continue;
      if (wholeName(nameTexts(store.graph.getNodeAttributes(entity)), words)) named.add(entity);
    }
  }
  return named;
}

function postingCount(postings: readonly WordPostings[]): number {
  return postings.reduce((sum, p) => sum + p.entities.size, 0);
}

/** Per entity of any of the postings, the best score they give it. */
function bestScores(postings: readonly WordPostings[]): Map<string, number> {
  const best = new Map<string, number>();
  for (const { field, how, entities } of postings) {
    const score = matchScore(field, how);
    for (const entity of entities.keys()) if (score > (best.get(entity) ?? 0)) best.set(entity, score);
  }
  return best;
}

/** The best score the postings give `entity`, 0 when none holds it; postings come best first. */
function bestScoreOf(entity: string, postings: readonly WordPostings[]): number {
  let best = 0;
  for (const { field, how, entities } of postings) {
    const score = matchScore(field, how);
    if (score > best && entities.has(entity)) best = score;
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

/** True when the name or alias that matches the words best is made of exactly those words. */
function wholeName(texts: readonly IndexedText[], words: readonly QueryWord[]): boolean {
  const bestText = bestOf(texts, words, Number.POSITIVE_INFINITY);
  return (
    bestText !== undefined && bestText.text.tokens.length === words.length && bestText.score >= words.length * (FIELD_WEIGHT[bestText.text.field] + EXACT_BONUS)
  );
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
function hitOf(store: ReadonlyStore, ranked: RankedEntity, words: readonly QueryWord[]): SearchHit {
  const attrs = store.graph.getNodeAttributes(ranked.entity);
  // No text scores more than every word's best together, and no sentence more than every word
  // found in it exactly, so sentences are read only until one does.
  const names = bestOf(nameTexts(attrs), words, ranked.bound);
  const sentenceBound = Math.min(ranked.bound, words.length * matchScore('SENTENCE', 'EXACT'));
  const best = bestOf(sentenceTexts(attrs, words), words, sentenceBound, names) ?? names;
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
    const how = word.howMatches(token.folded);
    if (how !== undefined) best = Math.max(best, matchScore(text.field, how));
  }
  return best;
}

/** The text with every word that a query word matches highlighted, cut to SNIPPET_CHARS around the first one. */
function snippetOf(text: IndexedText, words: readonly QueryWord[]): Snippet {
  const spans = text.tokens.filter((t) => words.some((w) => w.howMatches(t.folded) !== undefined)).map((t) => ({ start: t.start, end: t.end }));
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
