// Reading helpers over an analysed sentence, shared by the relation, statement and fact stages:
// which mention or cue covers a token, the entity it resolves to, and the nearest ones around.
import { type AnalysedSentence, type Cue, type Mention } from './03-mentions.js';
import { type EntityDraft } from './04-entities.js';
import { type ReadContext } from './context.js';
import { isQuoted } from './quotes.js';

/** The mention whose last token is `i`. */
export function mentionEndingAt(s: AnalysedSentence, i: number): Mention | undefined {
  return s.mentions.find((m) => m.last - 1 === i);
}

/** The mention whose first token is `i`. */
export function mentionStartingAt(s: AnalysedSentence, i: number): Mention | undefined {
  return s.mentions.find((m) => m.first === i);
}

/** The demonym cue whose last token is `i`. */
export function demonymEndingAt(s: AnalysedSentence, i: number): Cue | undefined {
  return s.cues.find((c) => c.kind === 'demonym' && c.last - 1 === i);
}

/** The demonym cue whose first token is `i`. */
export function demonymStartingAt(s: AnalysedSentence, i: number): Cue | undefined {
  return s.cues.find((c) => c.kind === 'demonym' && c.first === i);
}

/** The entity a mention resolves to. */
export function entityOf(ctx: ReadContext, m: Mention | undefined): EntityDraft | undefined {
  return m ? ctx.resolution.entityOf(m) : undefined;
}

/** The entity named or implied (through a demonym) by the words ending at token `i`. */
export function referentEndingAt(ctx: ReadContext, s: AnalysedSentence, i: number): { entity: EntityDraft; first: number } | undefined {
  const m = mentionEndingAt(s, i);
  const e = entityOf(ctx, m);
  if (m && e) return { entity: e, first: m.first };
  const cue = demonymEndingAt(s, i);
  if (cue?.country) {
    const country = ctx.resolution.countryFor(cue.country, s, cue.first, cue.last);
    if (country) return { entity: country, first: cue.first };
  }
  return undefined;
}

/** The entity named or implied by the words starting at token `i`. */
export function referentStartingAt(ctx: ReadContext, s: AnalysedSentence, i: number): { entity: EntityDraft; last: number } | undefined {
  const m = mentionStartingAt(s, i);
  const e = entityOf(ctx, m);
  if (m && e) return { entity: e, last: m.last };
  const cue = demonymStartingAt(s, i);
  if (cue?.country) {
    const country = ctx.resolution.countryFor(cue.country, s, cue.first, cue.last);
    if (country) return { entity: country, last: cue.last };
  }
  return undefined;
}

/** True when token `i` of the sentence lies inside a quotation. */
export function tokenQuoted(ctx: ReadContext, s: AnalysedSentence, i: number): boolean {
  const t = s.tokens[i];
  return t ? isQuoted(ctx.quotes, t.start) : false;
}

/** Mentions of the sentence outside quotations that resolve to an entity, in reading order. */
export function resolvedMentions(ctx: ReadContext, s: AnalysedSentence, includeQuoted = false): { mention: Mention; entity: EntityDraft }[] {
  const out: { mention: Mention; entity: EntityDraft }[] = [];
  for (const mention of s.mentions) {
    const entity = ctx.resolution.entityOf(mention);
    if (!entity) continue;
    if (!includeQuoted && tokenQuoted(ctx, s, mention.first)) continue;
    out.push({ mention, entity });
  }
  return out.sort((a, b) => a.mention.first - b.mention.first);
}

