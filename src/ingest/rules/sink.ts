// Collects the relations the rules find, one per (subject, predicate, object), keeping the most
// confident reading and its evidence.
import { SYMMETRIC_RELATIONS, type RelationType } from '../../domain/relation-type.js';
import { type ExtractedRelation } from '../../domain/extraction.js';
import { type AnalysedSentence } from '../03-mentions.js';
import { type EntityDraft, draftId } from '../04-entities.js';
import { claimId, type ReadContext } from '../context.js';

export interface RelationClaim {
  readonly subject: EntityDraft;
  readonly predicate: RelationType;
  readonly object: EntityDraft;
  readonly role?: string;
  readonly rule: string;
  readonly confidence: number;
  readonly sentence: AnalysedSentence;
}

/** Where rules put what they find. */
export class RelationSink {
  private readonly claims = new Map<string, RelationClaim>();

  constructor(private readonly ctx: ReadContext) {}

  add(claim: RelationClaim): void {
    if (claim.subject === claim.object) return;
    // A symmetric relation is one claim whichever way round; the first reading keeps its direction.
    const pair = [claim.subject.key, claim.object.key];
    if (SYMMETRIC_RELATIONS.has(claim.predicate)) pair.sort((a, b) => a - b);
    const key = `${pair[0]}|${claim.predicate}|${pair[1]}`;
    const known = this.claims.get(key);
    if (known && known.confidence >= claim.confidence) return;
    this.claims.set(key, known ? { ...claim, subject: known.subject, object: known.object } : claim);
  }

  has(subject: EntityDraft, predicate: RelationType): boolean {
    return [...this.claims.values()].some((c) => c.subject === subject && c.predicate === predicate);
  }

  /** The object of the subject's relation of this predicate, if one was found. */
  objectOf(subject: EntityDraft, predicate: RelationType): EntityDraft | undefined {
    return [...this.claims.values()].find((c) => c.subject === subject && c.predicate === predicate)?.object;
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
