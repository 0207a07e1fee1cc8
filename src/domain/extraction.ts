// What the extractor produces for one document. Terminology: a *mention* is a span of text that
// names something; an *entity* is the real-world thing several mentions refer to (one graph node);
// a *relation* is a typed claim between two entities (one graph edge).
import { type EntityType } from './entity-type.js';
import { type RelationType } from './relation-type.js';
import { type FactKind } from './fact-kind.js';

/** Where a claim was read: the document, the sentence index and the character span in the document. */
export interface Evidence {
  readonly document: string;
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  /** The sentence's text, so a reader sees the claim in context. */
  readonly text: string;
  /**
   * For a relation or casualty figure: id of the entity the sentence credits the claim to
   * ("according to the Interior Ministry", "police said"); absent when it credits nobody.
   */
  readonly attributedTo?: string;
  /** For a relation or casualty figure: id of the news agency that carried it ("Interfax reported"). */
  readonly reportedBy?: string;
}

export interface SentenceSpan {
  readonly index: number;
  /** Index of the paragraph (non-empty line) the sentence belongs to. */
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface ExtractedMention {
  readonly text: string;
  readonly evidence: Evidence;
}

export interface ExtractedEntity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly mentions: readonly ExtractedMention[];
}

export interface ExtractedRelation {
  readonly id: string;
  readonly subject: string;
  readonly predicate: RelationType;
  readonly object: string;
  readonly role?: string;
  /** Name of the rule that produced the relation, so a user can ask why an edge exists. */
  readonly rule: string;
  readonly confidence: number;
  readonly evidence: Evidence;
  /**
   * DENIED when the sentence says the claim is not so ("did not send troops", "denied sending
   * troops"); absent when it asserts it. A denied claim is its own relation, never merged into the
   * asserted one.
   */
  readonly polarity?: Polarity;
}

/** Whether a sentence asserts a relation or denies it. */
export type Polarity = 'ASSERTED' | 'DENIED';

/** When something happened, as the text says it, and the calendar day when it can be worked out. */
export interface TimeExpression {
  readonly text: string;
  /** ISO day (YYYY-MM-DD), from the words and the article's publication date. */
  readonly date?: string;
}

export interface ExtractedStatement {
  readonly id: string;
  readonly speaker: string | null;
  readonly text: string;
  readonly reportedBy: string | null;
  readonly evidence: Evidence;
  /** When the words were said, if the sentence says. */
  readonly when?: TimeExpression;
}

export interface ExtractedFact {
  readonly id: string;
  readonly kind: FactKind;
  readonly count: number;
  readonly subject: string | null;
  readonly evidence: Evidence;
  /** When it happened, if the sentence says. */
  readonly when?: TimeExpression;
}

export interface DocumentInput {
  readonly text: string;
  readonly title?: string | null;
  readonly source?: string | null;
  readonly publishedAt?: string | null;
}

export interface ExtractedDocument {
  readonly id: string;
  readonly title: string;
  readonly source: string | null;
  readonly publishedAt: string | null;
  readonly text: string;
  readonly sentences: readonly SentenceSpan[];
}

/** Everything the extractor read in one document. */
export interface Extraction {
  readonly document: ExtractedDocument;
  readonly entities: readonly ExtractedEntity[];
  readonly relations: readonly ExtractedRelation[];
  readonly statements: readonly ExtractedStatement[];
  readonly facts: readonly ExtractedFact[];
}
