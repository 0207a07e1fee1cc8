// The full-text index behind search: every word of every entity's name, aliases and the sentences
// that mention it, folded (case and accents) and kept with its position in the original text so a
// hit can be highlighted where the reader sees it. Built once per graph version.
import { foldAccents } from '../../domain/index.js';
import { type ReadonlyStore } from '../readonly-store.js';
import { perVersion } from './version-cache.js';

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

/** A searchable text of an entity. */
export interface IndexedText {
  readonly field: SearchField;
  readonly text: string;
  readonly tokens: readonly Token[];
  /** For sentences: the document the sentence is in. */
  readonly document: string | null;
}

/** The index: the texts of each entity, and a sorted vocabulary with the entities using each word. */
export interface SearchIndex {
  readonly texts: ReadonlyMap<string, readonly IndexedText[]>;
  /** Distinct folded words, sorted, so the words with a prefix are one contiguous run. */
  readonly vocabulary: readonly string[];
  readonly postings: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The words of a text with their spans in it. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu)) {
    const folded = foldAccents(match[0]);
    if (folded !== '') tokens.push({ folded, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** The search index of a store, per graph version. */
export const searchIndex = perVersion((store: ReadonlyStore): SearchIndex => {
  const texts = new Map<string, IndexedText[]>();
  const postings = new Map<string, Set<string>>();
  store.graph.forEachNode((id, attrs) => {
    const own: IndexedText[] = [
      { field: 'NAME', text: attrs.name, tokens: tokenize(attrs.name), document: null },
      ...attrs.aliases.map((alias): IndexedText => ({ field: 'ALIAS', text: alias, tokens: tokenize(alias), document: null })),
    ];
    const sentences = new Set<string>();
    for (const mention of attrs.mentions) {
      const key = `${mention.evidence.document}|${mention.evidence.sentence}`;
      if (sentences.has(key)) continue;
      sentences.add(key);
      own.push({ field: 'SENTENCE', text: mention.evidence.text, tokens: tokenize(mention.evidence.text), document: mention.evidence.document });
    }
    texts.set(id, own);
    for (const text of own) {
      for (const token of text.tokens) {
        const ids = postings.get(token.folded);
        if (ids === undefined) postings.set(token.folded, new Set([id]));
        else ids.add(id);
      }
    }
  });
  return { texts, vocabulary: [...postings.keys()].sort(), postings };
});

/** The entities that have a word starting with `prefix` (folded). */
export function entitiesWithPrefix(index: SearchIndex, prefix: string): Set<string> {
  const found = new Set<string>();
  const { vocabulary } = index;
  let low = 0;
  let high = vocabulary.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((vocabulary[mid] ?? '') < prefix) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < vocabulary.length; i += 1) {
    const word = vocabulary[i] ?? '';
    if (!word.startsWith(prefix)) break;
    for (const id of index.postings.get(word) ?? []) found.add(id);
  }
  return found;
}
