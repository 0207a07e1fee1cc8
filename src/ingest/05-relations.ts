// Stage 5: typed relations between entities. Each rule is named; the relation keeps the rule's
// name, a confidence and the sentence it was read in, so a user can ask why an edge exists.
// The rules are records in rules/registry.ts, run by rules/engine.ts.
import { type EntityType } from '../domain/entity-type.js';
import { type ExtractedRelation } from '../domain/extraction.js';
import { type RelationType } from '../domain/relation-type.js';
import { type ReadContext } from './context.js';
import { dominantJurisdiction } from './jurisdiction.js';
import { runRules } from './rules/engine.js';
import { type RelationSink } from './rules/sink.js';

/** What a relation proves about its object's type: a body with a secretary general or members is no event. */
interface TypeByRelation {
  readonly predicates: ReadonlySet<RelationType>;
  readonly from: EntityType;
  readonly to: EntityType;
}
export const TYPES_BY_RELATION: readonly TypeByRelation[] = [
  { predicates: new Set(['LEADS', 'HOLDS_ROLE', 'SPOKESPERSON_FOR', 'MEMBER_OF']), from: 'EVENT', to: 'ORGANIZATION' },
];

/** Every relation the rules find in the document. */
export function findRelations(ctx: ReadContext): ExtractedRelation[] {
  const dominant = dominantJurisdiction(ctx.sentences, ctx.resolution, false);
  const sink = runRules(ctx, dominant);
  retypeByRelations(sink);
  return sink.relations();
}

/** Ids are made from types, so this runs before any relation, statement or fact is given its ids. */
function retypeByRelations(sink: RelationSink): void {
  for (const rule of TYPES_BY_RELATION) {
    for (const claim of sink.claimsOf(rule.predicates)) if (claim.object.type === rule.from) claim.object.type = rule.to;
  }
}
