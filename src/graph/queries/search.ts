// Ranked full-text search over entities: their names, aliases and the sentences that mention them,
// case- and accent-blind, every query word matching the start of a word or, from four letters on,
// a word one typo away ("marenkov" finds "Marenko"; two typos from eight letters). The store's
// inverted index (FullTextIndex) finds and scores the entities; only the hits of the page asked
// for read their texts, for the snippet and the spans to highlight.
import { type EntityType, InvalidInputError } from '../../domain/index.js';
import { FullTextIndex } from '../full-text-index.js';
import { type ReadonlyStore } from '../readonly-store.js';
import { type LazyConnection, type PageOptions, pageFrom } from './connection.js';
import { allowed } from './filters.js';
import { type IndexedText, type SearchField, type WordMatch, nameTexts, sentenceTexts, tokenize } from './search-index.js';

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

/** An entity found, scored, before its snippet is cut. */
interface RankedEntity {
  readonly entity: string;
  readonly score: number;
  /** Per query word, the best score any text of the entity gives it. */
  readonly best: readonly number[];
}

/** One page of the entities matching every word of `query`, best first. */
export function search(store: ReadonlyStore, options: SearchOptions): LazyConnection<SearchHit> {
  const words = queryWords(options.query);
  const ranked = rankEntities(store, words, options.types);
  return pageFrom(
    () => ranked,
    { ...options, where: 'search' },
    (r) => hitOf(store, r, words),
    (r) => r.entity,
    () => ranked.length,
  );
}

/** Every hit of a search, best first (ties: the entity with more relations first). */
export function rankedHits(store: ReadonlyStore, options: Pick<SearchOptions, 'query' | 'types'>): SearchHit[] {
  const words = queryWords(options.query);
  return rankEntities(store, words, options.types).map((r) => hitOf(store, r, words));
}

/** The distinct folded words of a query; throws InvalidInputError for one that is too long. */
function queryWords(query: string): string[] {
  if (query.length > MAX_QUERY_CHARS) {
    throw new InvalidInputError(`search: the query must be at most ${MAX_QUERY_CHARS} characters, got ${query.length}.`);
  }
  return [...new Set(tokenize(query).map((t) => t.folded))];
}

/** The entities that match every word, scored from the index alone, best first. */
function rankEntities(store: ReadonlyStore, words: readonly string[], typeFilter: readonly EntityType[] | null | undefined): RankedEntity[] {
  if (words.length === 0) return [];
  const best = new Map<string, number[]>();
  for (const [w, word] of words.entries()) {
    const found = store.fullText.match(word);
    if (w === 0) {
      for (const [entity, fields] of found) best.set(entity, [fieldsScore(fields)]);
    } else {
      for (const [entity, scores] of best) {
        const fields = found.get(entity);
        if (fields === undefined) best.delete(entity);
        else scores.push(fieldsScore(fields));
      }
    }
    if (best.size === 0) return [];
  }
  const types = allowed(typeFilter);
  const ranked: RankedEntity[] = [];
  for (const [entity, scores] of best) {
    const attrs = store.graph.getNodeAttributes(entity);
    if (types !== undefined && !types.has(attrs.type)) continue;
    let score = scores.reduce((sum, s) => sum + s, 0);
    // A name that is exactly the query outranks names that merely contain it.
    if (scores.every((s) => s >= FIELD_WEIGHT.ALIAS + EXACT_BONUS) && wholeName(nameTexts(attrs), words)) score += 2;
    ranked.push({ entity, score: Math.round(score * 1000) / 1000, best: scores });
  }
  // Ties go to the entity with more relations: its degree is always current, where centrality
  // (PageRank over the whole graph) would be recomputed for the first search after every write.
  const degree = new Map(ranked.map((r) => [r.entity, store.graph.degree(r.entity)]));
  const degreeOf = (id: string): number => degree.get(id) ?? 0;
  return ranked.sort((a, b) => b.score - a.score || degreeOf(b.entity) - degreeOf(a.entity) || (a.entity < b.entity ? -1 : 1));
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

function fieldsScore(fields: ReadonlyMap<SearchField, WordMatch>): number {
  let best = 0;
  for (const [field, how] of fields) best = Math.max(best, matchScore(field, how));
  return best;
}

/** True when the name or alias that matches the words best is made of exactly those words. */
function wholeName(texts: readonly IndexedText[], words: readonly string[]): boolean {
  const bestText = bestOf(texts, words, Number.POSITIVE_INFINITY);
  return (
    bestText !== undefined && bestText.text.tokens.length === words.length && bestText.score >= words.length * (FIELD_WEIGHT[bestText.text.field] + EXACT_BONUS)
  );
}

/** The first text with the highest score for the words, stopping early once a text reaches `bound`. */
function bestOf(
  texts: Iterable<IndexedText>,
  words: readonly string[],
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
function hitOf(store: ReadonlyStore, ranked: RankedEntity, words: readonly string[]): SearchHit {
  const attrs = store.graph.getNodeAttributes(ranked.entity);
  // No text scores more than every word's best together, so sentences are read only until one does.
  const bound = ranked.best.reduce((sum, s) => sum + s, 0);
  const names = bestOf(nameTexts(attrs), words, bound);
  const best = bestOf(sentenceTexts(attrs), words, bound, names) ?? names;
  const text = best?.text ?? nameTexts(attrs)[0];
  return {
    entity: ranked.entity,
    score: ranked.score,
    field: text?.field ?? 'NAME',
    snippet: text === undefined ? { text: attrs.name, highlights: [] } : snippetOf(text, words),
    document: text?.document ?? null,
  };
}

function wordScore(text: IndexedText, word: string): number {
  let best = 0;
  for (const token of text.tokens) {
    const how = FullTextIndex.matches(token.folded, word);
    if (how !== undefined) best = Math.max(best, matchScore(text.field, how));
  }
  return best;
}

/** The text with every word that a query word matches highlighted, cut to SNIPPET_CHARS around the first one. */
function snippetOf(text: IndexedText, words: readonly string[]): Snippet {
  const spans = text.tokens.filter((t) => words.some((w) => FullTextIndex.matches(t.folded, w) !== undefined)).map((t) => ({ start: t.start, end: t.end }));
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
