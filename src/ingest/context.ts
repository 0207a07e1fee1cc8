// What the later ingest stages share about one document: its analysed sentences, its entities and
// how to cite evidence. Built once by extract(); read-only for the stages.
import { stableHash } from '../domain/ids.js';
import { type Evidence, type SentenceSpan } from '../domain/extraction.js';
import { type AnalysedSentence } from './03-mentions.js';
import { type EntityDraft, type Resolution } from './04-entities.js';
import { type Gazetteer } from './model/gazetteer.js';
import { type QuoteSpan } from './quotes.js';

export interface ReadContext {
  readonly docId: string;
  readonly sentences: readonly AnalysedSentence[];
  readonly resolution: Resolution;
  readonly gaz: Gazetteer;
  readonly text: string;
  readonly quotes: readonly QuoteSpan[];
  /** The country or territory the article is mostly about, if one clearly dominates. */
  readonly jurisdiction?: EntityDraft;
  /** The article's publication date, against which "on Wednesday" is resolved. */
  readonly publishedAt?: string | null;
  evidence(sentence: SentenceSpan, start: number, end: number): Evidence;
}

/** Id of a relation, statement or fact: stable for the same claim in the same document. */
export function claimId(prefix: string, ...parts: readonly string[]): string {
  return `${prefix}:${stableHash(...parts)}`;
}
