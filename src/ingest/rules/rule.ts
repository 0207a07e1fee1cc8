// What a relation rule is: a small record the engine runs (compromise keeps its tagger's knowledge
// as `{ match, tag, reason }` tables in the same way). Terminology: a *claim* is what one rule reads
// in one place; the sink keeps one claim per (subject, predicate, object) and turns it into a relation.
import { type RelationType } from '../../domain/relation-type.js';
import { type AnalysedSentence } from '../03-mentions.js';
import { type EntityDraft } from '../04-entities.js';
import { type ReadContext } from '../context.js';

/** One relation a rule reads. The rule's predicate and confidence apply unless the claim says otherwise. */
export interface Claim {
  readonly subject: EntityDraft | undefined;
  readonly object: EntityDraft | undefined;
  readonly predicate?: RelationType;
  readonly role?: string;
  readonly confidence?: number;
  /** The sentence that states it, for rules that read the whole document. */
  readonly sentence?: AnalysedSentence;
}

/** The relations found so far, as a rule may ask about them ("is this body part of another?"). */
export interface KnownRelations {
  has(subject: EntityDraft, predicate: RelationType): boolean;
  objectOf(subject: EntityDraft, predicate: RelationType): EntityDraft | undefined;
}

/** What a rule reads with: the document, the relations found so far and a small per-document memory. */
export interface RuleInput {
  readonly ctx: ReadContext;
  readonly known: KnownRelations;
  /** Entities a rule remembers across sentences of one document ("the host of the talks"). */
  readonly memory: Map<string, EntityDraft>;
  /** The country the document is mostly about, for relations that default to it. */
  readonly dominant: EntityDraft | undefined;
}

/**
 * Where a rule fires: at every token whose lower-case text is a trigger word, at the first token of
 * every mention, at every token (for a rule that reads a word's shape, such as "Lindor-based"), or
 * once for the whole document, before the sentence rules or after them.
 */
export type Trigger = readonly string[] | 'mention' | 'token' | 'document-start' | 'document-end';

export interface Rule<N extends string = string> {
  readonly name: N;
  /** The predicate the rule gives (a claim may name a related one, such as HOLDS_ROLE for a title). */
  readonly predicate: RelationType;
  readonly triggers: Trigger;
  readonly confidence: number;
  /** Read the sentence at token `at` (for document rules: the first sentence, at 0). */
  read(input: RuleInput, s: AnalysedSentence, at: number): readonly Claim[];
}

/** A rule with its literal name kept, so that the registry can derive the `RuleName` union. */
export function defineRule<const N extends string>(rule: Rule<N>): Rule<N> {
  return rule;
}

/** The claims of a reader that found at most one relation. */
export function one(subject: EntityDraft | undefined, object: EntityDraft | undefined, extra: Omit<Claim, 'subject' | 'object'> = {}): readonly Claim[] {
  return subject && object ? [{ subject, object, ...extra }] : [];
}
