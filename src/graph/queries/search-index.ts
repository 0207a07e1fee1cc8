// The texts an entity is found by, as search reads them to score a hit and cut its snippet: its
// name, its aliases and each distinct sentence that mentions it, tokenised. The index that finds
// the entities in the first place is the store's FullTextIndex (../full-text-index.ts).
import { type EntityAttrs } from '../attributes.js';
import { type SearchField, type Token, type WordMatch, type WordPostings, foldText, isSentenceStopWord, tokenize } from '../full-text-index.js';

export { type SearchField, type Token, type WordMatch, tokenize } from '../full-text-index.js';

/** A searchable text of an entity. */
export interface IndexedText {
  readonly field: SearchField;
  readonly text: string;
  readonly tokens: readonly Token[];
  /** For sentences: the document the sentence is in. */
  readonly document: string | null;
}

/** The entity's name and aliases, tokenised, the name first. */
export function nameTexts(attrs: EntityAttrs): IndexedText[] {
  return [
    { field: 'NAME', text: attrs.name, tokens: tokenize(attrs.name), document: null },
    ...attrs.aliases.map((alias): IndexedText => ({ field: 'ALIAS', text: alias, tokens: tokenize(alias), document: null })),
  ];
}

/**
 * Most distinct sentences of one entity read for its snippet. A country named in thirty thousand
 * documents is not read through for one hit: past this many, its snippet is the best sentence read.
 */
export const SNIPPET_SCAN_SENTENCES = 2_000;

/**
 * Each distinct sentence that mentions the entity and may hold one of `words`, tokenised when
 * reached, in mention order, among the first SNIPPET_SCAN_SENTENCES. A sentence is tokenised only
 * when its folded text contains a query word or one of its typo forms (words sentences are not
 * indexed by, such as "of", do not count unless the query has no other): most of a hub's
 * sentences are passed over with one `includes`.
 */
export function* sentenceTexts(attrs: EntityAttrs, words: readonly QueryWord[]): Generator<IndexedText> {
  const telling = words.filter((word) => !isSentenceStopWord(word.word));
  const wanted = telling.length > 0 ? telling : words;
  const seen = new Set<string>();
  for (const mention of attrs.mentions) {
    const key = `${mention.evidence.document}|${mention.evidence.sentence}`;
    if (seen.has(key)) continue;
    if (seen.size === SNIPPET_SCAN_SENTENCES) return;
    seen.add(key);
    const { text, document } = mention.evidence;
    const folded = foldText(text);
    if (!wanted.some((word) => word.mayOccurIn(folded))) continue;
    yield { field: 'SENTENCE', text, tokens: tokenize(text), document };
  }
}

/** A word of a query with the indexed words it matches (FullTextIndex.postingsOf), and how. */
export class QueryWord {
  readonly word: string;
  readonly postings: readonly WordPostings[];
  #how: Map<string, WordMatch> | undefined;
  readonly #typos: readonly string[];

  constructor(word: string, postings: readonly WordPostings[]) {
    this.word = word;
    this.postings = postings;
    this.#typos = [...new Set(postings.filter((p) => p.how === 'TYPO').map((p) => p.term))];
  }

  /** How the folded `token` of an indexed text matches the word, if it does. */
  howMatches(token: string): WordMatch | undefined {
    this.#how ??= new Map(this.postings.map((p) => [p.term, p.how]));
    return this.#how.get(token);
  }

  /** False when no word of `folded` can match: it holds neither the word nor a typo form of it. */
  mayOccurIn(folded: string): boolean {
    return folded.includes(this.word) || this.#typos.some((typo) => folded.includes(typo));
  }
}
