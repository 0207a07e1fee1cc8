// Collects the relations the rules find, one per (subject, predicate, object), keeping the most
// confident reading and its evidence. Indexed by subject and predicate, so that rules asking what is
// known so far stay constant-time on long or hostile input.
import { SYMMETRIC_RELATIONS, type RelationType } from '../../domain/relation-type.js';
import { type ExtractedRelation } from '../../domain/extraction.js';
import { type AnalysedSentence } from '../03-mentions.js';
import { type EntityDraft, draftId } from '../04-entities.js';
import { claimId, type ReadContext } from '../context.js';
import { type RuleName } from './registry.js';
import { type KnownRelations } from './rule.js';

export interface RelationClaim {
  readonly subject: EntityDraft;
  readonly predicate: RelationType;
  readonly object: EntityDraft;
  readonly role?: string;
  readonly rule: RuleName;
  readonly confidence: number;
  readonly sentence: AnalysedSentence;
}

/** Where rules put what they find. */
export class RelationSink implements KnownRelations {
  private readonly claims = new Map<string, RelationClaim>();
  /** `subject key|predicate` -> the object of the first claim of that subject and predicate. */
  private readonly firstObject = new Map<string, EntityDraft>();

  constructor(private readonly ctx: ReadContext) {}

  add(claim: RelationClaim): void {
    if (claim.subject === claim.object) return;
    // A symmetric relation is one claim whichever way round; the first reading keeps its direction.
    const pair = [claim.subject.key, claim.object.key];
    if (SYMMETRIC_RELATIONS.has(claim.predicate)) pair.sort((a, b) => a - b);
    const key = `${pair[0]}|${claim.predicate}|${pair[1]}`;
    const known = this.claims.get(key);
    if (known && known.confidence >= claim.confidence) return;
    const kept = known ? { ...claim, subject: known.subject, object: known.object } : claim;
    this.claims.set(key, kept);
    const bySubject = `${kept.subject.key}|${kept.predicate}`;
    if (!this.firstObject.has(bySubject)) this.firstObject.set(bySubject, kept.object);
  }

  has(subject: EntityDraft, predicate: RelationType): boolean {
    return this.firstObject.has(`${subject.key}|${predicate}`);
  }

  /** The object of the subject's first relation of this predicate, if one was found. */
  objectOf(subject: EntityDraft, predicate: RelationType): EntityDraft | undefined {
    return this.firstObject.get(`${subject.key}|${predicate}`);
  }

  /** The claims of these predicates, so far. */
  claimsOf(predicates: ReadonlySet<RelationType>): RelationClaim[] {
    return [...this.claims.values()].filter((c) => predicates.has(c.predicate));
  }

  /** The collected relations with ids and evidence. */
  relations(): ExtractedRelation[] {
    return [...this.claims.values()].map((c) => {
      const subject = draftId(c.subject);
      const object = draftId(c.object);
      const span = c.sentence.span;
      return {
        id: claimId('rel', subject, c.predicate, object),
        subject,
        predicate: c.predicate,
        object,
        ...(c.role ? { role: c.role } : {}),
        rule: c.rule,
        confidence: c.confidence,
        evidence: this.ctx.evidence(span, span.start, span.end),
      };
    });
  }
}
