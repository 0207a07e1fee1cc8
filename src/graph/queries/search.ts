// Ranked full-text search over entities: their names, aliases and the sentences that mention them,
// case- and accent-blind, every query word matching the start of a word. Each hit comes with the
// text it was found in and the spans to highlight.
import { type EntityType, InvalidInputError } from '../../domain/index.js';
import { type ReadonlyStore } from '../readonly-store.js';
import { centralities } from './centrality.js';
import { type LazyConnection, type PageOptions, pageFrom } from './connection.js';
import { allowed } from './filters.js';
import { type IndexedText, type SearchField, entitiesWithPrefix, searchIndex, tokenize } from './search-index.js';

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

/** One page of the entities matching every word of `query`, best first. */
export function search(store: ReadonlyStore, options: SearchOptions): LazyConnection<SearchHit> {
  const hits = rankedHits(store, options);
  return pageFrom(() => hits, { ...options, where: 'search' }, (h) => h, (h) => h.entity, () => hits.length);
}

/** Every hit of a search, best first (ties: the more central entity first). */
export function rankedHits(store: ReadonlyStore, options: Pick<SearchOptions, 'query' | 'types'>): SearchHit[] {
  if (options.query.length > MAX_QUERY_CHARS) {
    throw new InvalidInputError(`search: the query must be at most ${MAX_QUERY_CHARS} characters, got ${options.query.length}.`);
  }
  const words = [...new Set(tokenize(options.query).map((t) => t.folded))];
  if (words.length === 0) return [];
  const index = searchIndex(store);
  let candidates: Set<string> | undefined;
  for (const word of words) {
    const found = entitiesWithPrefix(index, word);
    candidates = candidates === undefined ? found : new Set([...candidates].filter((id) => found.has(id)));
    if (candidates.size === 0) return [];
  }
  const types = allowed(options.types);
  const central = centralities(store);
  const hits: SearchHit[] = [];
  for (const id of candidates ?? []) {
    if (types !== undefined && !types.has(store.graph.getNodeAttributes(id).type)) continue;
    const hit = scoreEntity(id, index.texts.get(id) ?? [], words);
    if (hit !== undefined) hits.push(hit);
  }
  const rankOf = (id: string): number => central.get(id)?.rank ?? Number.MAX_SAFE_INTEGER;
  return hits.sort((a, b) => b.score - a.score || rankOf(a.entity) - rankOf(b.entity) || (a.entity < b.entity ? -1 : 1));
}

/** The hit for an entity whose texts are `texts`, or undefined when some word matches none of them. */
function scoreEntity(entity: string, texts: readonly IndexedText[], words: readonly string[]): SearchHit | undefined {
  let score = 0;
  for (const word of words) {
    let best = 0;
    for (const text of texts) best = Math.max(best, wordScore(text, word));
    if (best === 0) return undefined;
    score += best;
  }
  // The text that matches the query best, by weight, is the snippet.
  let bestText: IndexedText | undefined;
  let bestTextScore = 0;
  for (const text of texts) {
    const textScore = words.reduce((sum, word) => sum + wordScore(text, word), 0);
    if (textScore > bestTextScore) {
      bestText = text;
      bestTextScore = textScore;
    }
  }
  if (bestText === undefined) return undefined;
  // A name that is exactly the query outranks names that merely contain it.
  const whole = bestText.field !== 'SENTENCE' && bestText.tokens.length === words.length && bestTextScore >= words.length * (FIELD_WEIGHT[bestText.field] + EXACT_BONUS);
  return {
    entity,
    score: Math.round((score + (whole ? 2 : 0)) * 1000) / 1000,
    field: bestText.field,
    snippet: snippetOf(bestText, words),
    document: bestText.document,
  };
}

function wordScore(text: IndexedText, word: string): number {
  let best = 0;
  for (const token of text.tokens) {
    if (token.folded === word) return FIELD_WEIGHT[text.field] + EXACT_BONUS;
    if (token.folded.startsWith(word)) best = FIELD_WEIGHT[text.field];
  }
  return best;
}

/** The text with every word that a query word starts highlighted, cut to SNIPPET_CHARS around the first one. */
function snippetOf(text: IndexedText, words: readonly string[]): Snippet {
  const spans = text.tokens.filter((t) => words.some((w) => t.folded.startsWith(w))).map((t) => ({ start: t.start, end: t.end }));
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
