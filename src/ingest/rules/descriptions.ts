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
  bureau: 'bureau', league: 'league', federation: 'federation', mission: 'mission', paper: 'agency', newspaper: 'agency',
  broadcaster: 'agency', military: 'forces', forces: 'forces', lender: 'bank', bank: 'bank', firm: 'company',
  secretariat: 'secretariat', presidency: 'presidency', administration: 'administration',
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
  for (const word of [head, ...(ALTERNATE_HEADS[head] ?? [])]) {
    const words = (e: EntityDraft): string[] => e.name.toLowerCase().split(/\s+/);
    const ending = bodies.filter((e) => words(e).at(-1) === word || words(e).at(-1) === `${word}s`);
    const pool = ending.length ? ending : bodies.filter((e) => words(e).includes(word));
    const found = latest(ctx, pool, before) ?? pool.sort((a, b) => b.mentions.length - a.mentions.length)[0];
    if (found) return found;
  }
  // "the UN mission ..., known as MINUTAR": a body the text introduced with this noun beside its name.
  const introduced = bodies.filter((e) =>
    e.mentions.some((m) => {
      const tokens = (ctx.sentences[m.sentence] as AnalysedSentence).tokens;
      return tokens.slice(Math.max(0, m.first - 5), m.last + 4).some((t) => t.lower === head);
    }),
  );
  return latest(ctx, introduced, before);
}

/** Other head words a description may stand for ("the army" for "... Armed Forces"). */
const ALTERNATE_HEADS: Readonly<Record<string, readonly string[]>> = {
  army: ['forces', 'military'],
  forces: ['army', 'military'],
  company: ['group', 'corporation', 'airlines', 'air'],
  bank: ['fund'],
};

function latest(_ctx: ReadContext, pool: readonly EntityDraft[], before: number): EntityDraft | undefined {
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
  return best;
}
