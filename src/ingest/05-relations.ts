// Stage 5: typed relations between entities. Each rule is named; the relation keeps the rule's
// name, a confidence and the sentence it was read in, so a user can ask why an edge exists.
// The rules are records in rules/registry.ts, run by rules/engine.ts.
import { type ExtractedRelation } from '../domain/extraction.js';
import { type ReadContext } from './context.js';
import { dominantJurisdiction } from './jurisdiction.js';
import { runRules } from './rules/engine.js';

/** Every relation the rules find in the document. */
export function findRelations(ctx: ReadContext): ExtractedRelation[] {
  const dominant = dominantJurisdiction(ctx.sentences, ctx.resolution, false);
  return runRules(ctx, dominant).relations();
}
