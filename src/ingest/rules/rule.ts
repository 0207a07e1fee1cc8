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

/** The claims of a reader that found at most one relation. */
export function one(subject: EntityDraft | undefined, object: EntityDraft | undefined, extra: Omit<Claim, 'subject' | 'object'> = {}): readonly Claim[] {
  return subject && object ? [{ subject, object, ...extra }] : [];
}

/** One pattern of a rule: where it fires and how it reads. A rule is one pattern or a family of them. */
export type Pattern = Omit<Rule, 'name'>;

/**
 * A rule made of several patterns that give the same predicate ("the EU sanctioned X", "EU
 * sanctions on X", "the freezes target X"). All patterns must fire at words, or all at mentions.
 */
export function defineFamily<const N extends string>(name: N, predicate: RelationType, patterns: readonly Pattern[]): Rule<N> {
  const kinds = new Set(patterns.map((p) => (Array.isArray(p.triggers) ? 'words' : p.triggers)));
  const kind = [...kinds][0];
  if (kinds.size !== 1 || !kind) throw new Error(`defineFamily: the patterns of "${name}" fire at different places.`);
  const words = patterns.flatMap((p) => (Array.isArray(p.triggers) ? (p.triggers as readonly string[]) : []));
  const sets = patterns.map((p) => (Array.isArray(p.triggers) ? new Set(p.triggers as readonly string[]) : undefined));
  return {
    name,
    predicate,
    triggers: kind === 'words' ? [...new Set(words)] : kind,
    confidence: Math.max(...patterns.map((p) => p.confidence)),
    read(input, s, at) {
      const word = s.tokens[at]?.lower ?? '';
      return patterns.flatMap((p, n) => {
        const set = sets[n];
        if (set && !set.has(word)) return [];
        return p.read(input, s, at).map((c) => ({ ...c, predicate: c.predicate ?? p.predicate, confidence: c.confidence ?? p.confidence }));
      });
    },
  };
}

/** A pattern, typed. */
export function pattern(p: Pattern): Pattern {
  return p;
}
