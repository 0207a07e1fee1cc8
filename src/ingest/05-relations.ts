// Stage 5: typed relations between entities. Each rule is named; the relation keeps the rule's
// name, a confidence and the sentence it was read in, so a user can ask why an edge exists.
import { type ExtractedRelation } from '../domain/extraction.js';
import { type EntityDraft } from './04-entities.js';
import { type ReadContext } from './context.js';
import { dominantJurisdiction } from './jurisdiction.js';
import { findActions } from './rules/actions.js';
import { findRoles } from './rules/roles.js';
import { RelationSink } from './rules/sink.js';
import {
  findCapitals,
  findChambers,
  findLocations,
  findMembership,
  findPartOf,
  locateInDominantCountry,
} from './rules/structure.js';

/** Every relation the rules find in the document. */
export function findRelations(ctx: ReadContext, sink = new RelationSink(ctx)): ExtractedRelation[] {
  const dominant = dominantJurisdiction(ctx.sentences, ctx.resolution, false);
  const host: { value?: EntityDraft } = {};
  findPartOf(ctx, sink);
  for (const s of ctx.sentences) {
    findRoles(ctx, s, sink);
    findMembership(ctx, s, sink);
    findChambers(ctx, s, sink);
    findLocations(ctx, s, sink);
    findCapitals(ctx, s, sink, dominant);
    findActions(ctx, s, sink, host);
  }
  locateInDominantCountry(ctx, sink, dominant);
  return sink.relations();
}
