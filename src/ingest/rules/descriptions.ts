// Definite descriptions: "the city police", "the office", "the judges", "the agency" refer to a body
// the document names elsewhere. The description's head word picks the body.
import { type AnalysedSentence } from '../03-mentions.js';
import { type EntityDraft } from '../04-entities.js';
import { type ReadContext } from '../context.js';

/** Description words -> the head word of the body's name they refer to. */
const DESCRIPTION_HEADS: Readonly<Record<string, string>> = {
  police: 'police', office: 'office', ministry: 'ministry', court: 'court', council: 'council', senate: 'senate',
  agency: 'agency', government: 'government', army: 'army', party: 'party', movement: 'movement', airline: 'air',
  company: 'company', department: 'department', committee: 'committee', commission: 'commission',
  judges: 'court', justices: 'court', bench: 'court', senators: 'senate', lawmakers: 'parliament',
  parliament: 'parliament', assembly: 'assembly', institute: 'institute', service: 'service', union: 'union',
  alliance: 'alliance', bloc: 'union', group: 'group', organisation: 'organization', organization: 'organization',
};

/** The name head a description word stands for, if it is one. */
export function describedHead(word: string): string | undefined {
  return DESCRIPTION_HEADS[word];
}

/**
 * The body a description refers to: among bodies whose name ends with the head (else contains it),
 * the one named most recently before sentence `before`, else the most mentioned.
 */
export function describedBody(ctx: ReadContext, head: string, before = Number.MAX_SAFE_INTEGER): EntityDraft | undefined {
  if (head === 'agency') {
    const agency = latest(ctx, ctx.resolution.entities.filter((e) => e.type === 'NEWS_AGENCY'), before);
    if (agency) return agency;
  }
  const bodies = ctx.resolution.entities.filter((e) => e.type !== 'PERSON' && e.type !== 'COUNTRY' && e.type !== 'CITY');
  const words = (e: EntityDraft): string[] => e.name.toLowerCase().split(/\s+/);
  const ending = bodies.filter((e) => words(e).at(-1) === head || words(e).at(-1) === `${head}s`);
  const pool = ending.length ? ending : bodies.filter((e) => words(e).includes(head));
  return latest(ctx, pool, before) ?? pool.sort((a, b) => b.mentions.length - a.mentions.length)[0];
}

function latest(ctx: ReadContext, pool: readonly EntityDraft[], before: number): EntityDraft | undefined {
  let best: EntityDraft | undefined;
  let bestAt = -1;
  for (const e of pool) {
    for (const m of e.mentions) {
      if (m.sentence <= before && m.sentence > bestAt) {
        best = e;
        bestAt = m.sentence;
      }
    }
  }
  void (ctx.sentences as readonly AnalysedSentence[]);
  return best;
}
