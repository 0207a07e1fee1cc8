// The texts an entity is found by, as search reads them to score a hit and cut its snippet: its
// name, its aliases and each distinct sentence that mentions it, tokenised. The index that finds
// the entities in the first place is the store's FullTextIndex (../full-text-index.ts).
import { type EntityAttrs } from '../attributes.js';
import { type SearchField, type Token, type WordMatch, type WordPostings, foldText, hasNonAscii, isSentenceStopWord, tokenize } from '../full-text-index.js';

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
 * Most sentences read for the snippets of one search (one page of hits, or one hit of rankedHits).
 * A country named in thirty thousand documents is not read through for one hit: past this many,
 * its snippet is the best sentence read, or its name.
 */
export const SNIPPET_SCAN_SENTENCES = 2_000;
/**
 * Most of those one hit of a page may read, so that a hub whose sentences never hold every word
 * together does not leave the rest of the page without snippets.
 */
export const SNIPPET_SENTENCES_PER_HIT = 1_000;

/** Sentences left to read for snippets: for a page, and for its hit being read. */
export interface SnippetBudget {
  sentences: number;
  readonly perHit: number;
}

/**
 * Each sentence that mentions the entity and may hold one of `words`, tokenised when reached, in
 * mention order, while the budget lasts. A sentence is tokenised only when it contains a query
 * word or one of its typo forms (words sentences are not indexed by, such as "of", do not count
 * unless the query has no other): most of a hub's sentences are passed over with one regular
 * expression test. A sentence mentioning the entity twice is read once.
 */
export function* sentenceTexts(attrs: EntityAttrs, words: readonly QueryWord[], budget: SnippetBudget): Generator<IndexedText> {
  let ownShare = budget.perHit;
  const telling = words.filter((word) => !isSentenceStopWord(word.word));
  const wanted = telling.length > 0 ? telling : words;
  // A document's mentions are stored together, so a sentence read twice is one just read.
  let lastDocument = '';
  let lastSentence = -1;
  for (const { evidence } of attrs.mentions) {
    if (evidence.document === lastDocument && evidence.sentence === lastSentence) continue;
    if (budget.sentences <= 0 || ownShare <= 0) return;
    budget.sentences -= 1;
    ownShare -= 1;
    lastDocument = evidence.document;
    lastSentence = evidence.sentence;
    if (!wanted.some((word) => word.mayOccurIn(evidence.text))) continue;
    yield { field: 'SENTENCE', text: evidence.text, tokens: tokenize(evidence.text), document: evidence.document };
  }
}

/** A word of a query with the indexed words it matches (FullTextIndex.postingsOf), and how. */
export class QueryWord {
  readonly word: string;
  readonly postings: readonly WordPostings[];
  /** Indexed word -> how it matches, for sentences and for names and aliases (each field has its own words). */
  #how: { readonly SENTENCE: Map<string, WordMatch>; readonly names: Map<string, WordMatch> } | undefined;
  /** The word and the typo forms of it that sentences hold. */
  readonly #forms: readonly string[];
  /** Any of the word's forms, case-blind, for text as written (no folding, no new string). */
  readonly #anyForm: RegExp;

  constructor(word: string, postings: readonly WordPostings[]) {
    this.word = word;
    this.postings = postings;
    this.#forms = [word, ...new Set(postings.filter((p) => p.how === 'TYPO' && p.field === 'SENTENCE').map((p) => p.term))];
    this.#anyForm = new RegExp(this.#forms.map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
  }

  /** How the folded `token` of an indexed text of `field` matches the word, if it does. */
  howMatches(token: string, field: SearchField): WordMatch | undefined {
    this.#how ??= {
      SENTENCE: new Map(this.postings.filter((p) => p.field === 'SENTENCE').map((p) => [p.term, p.how])),
      names: new Map(this.postings.filter((p) => p.field !== 'SENTENCE').map((p) => [p.term, p.how])),
    };
    return (field === 'SENTENCE' ? this.#how.SENTENCE : this.#how.names).get(token);
  }

  /** False when no word of `text` can match: it holds neither the word nor a typo form of it, accents folded. */
  mayOccurIn(text: string): boolean {
    if (this.#anyForm.test(text)) return true;
    if (!hasNonAscii(text)) return false;
    const folded = foldText(text);
    return this.#forms.some((form) => folded.includes(form));
  }
}
