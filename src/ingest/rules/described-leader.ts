// "The Cuban leader", "the Kenyan president": a country's head described, not named. News calls the
// person it is about by such a description once it has named them; the description names the
// country that person leads.
import { type AnalysedSentence } from '../03-mentions.js';
import { type EntityDraft } from '../04-entities.js';
import { type ReadContext } from '../context.js';
import { HEAD_OF_COUNTRY_TITLES } from '../model/titles.js';
import { type KnownRelations, type Claim, defineFamily, pattern } from './rule.js';

/** A description "the <demonym> <head title>" with no name after it: where it stands and what it says. */
interface Description {
  readonly sentence: AnalysedSentence;
  readonly country: string;
  readonly title: string;
  readonly first: number;
  readonly last: number;
}

/** The descriptions of a country's head in one sentence: "the Cuban leader returns", "said the Kenyan president." */
function descriptionsIn(s: AnalysedSentence): Description[] {
  const found: Description[] = [];
  for (const cue of s.cues) {
    if (cue.kind !== 'demonym' || !cue.country || s.tokens[cue.first - 1]?.lower !== 'the') continue;
    const one = s.tokens[cue.last]?.lower ?? '';
    const two = `${one} ${s.tokens[cue.last + 1]?.lower ?? ''}`;
    const title = HEAD_OF_COUNTRY_TITLES.has(two) ? two : HEAD_OF_COUNTRY_TITLES.has(one) ? one : undefined;
    if (!title) continue;
    const end = cue.last + title.split(' ').length;
    // "the Kenyan president, Tavo Renn" and "the Kenyan president Tavo Renn" name the person: other rules read them.
    const next = s.tokens[end];
    if (next?.cap || next?.text === ',' || next?.text === "'s" || next?.lower === 'of') continue;
    found.push({ sentence: s, country: cue.country, title, first: cue.first - 1, last: end });
  }
  return found;
}

/** Whether anyone in the document already leads the country, or the person already holds some office. */
function leaderOf(ctx: ReadContext, known: KnownRelations, country: EntityDraft): EntityDraft | undefined {
  return ctx.resolution.entities.find((e) => e.type === 'PERSON' && known.objectOf(e, 'LEADS') === country);
}
function holdsOffice(known: KnownRelations, person: EntityDraft): boolean {
  return known.has(person, 'LEADS') || known.has(person, 'HOLDS_ROLE') || known.has(person, 'SPOKESPERSON_FOR');
}

/**
 * The person a description refers to: of the people named in earlier sentences (not in its own:
 * "Renn praised the Kenyan president" is about someone else) who hold no office the document
 * states, the one named most often (the one the article is about), the latest on a tie. One
 * mention is enough only for the only candidate; a passer-by named once is no head of state.
 */
function describedPerson(ctx: ReadContext, known: KnownRelations, d: Description): EntityDraft | undefined {
  const here = d.sentence.span.index;
  let best: EntityDraft | undefined;
  let bestCount = 0;
  let bestLast = -1;
  let candidates = 0;
  for (const e of ctx.resolution.entities) {
    if (e.type !== 'PERSON' || holdsOffice(known, e) || e.mentions.some((m) => m.sentence === here)) continue;
    const before = e.mentions.filter((m) => m.sentence < here);
    if (!before.length) continue;
    candidates++;
    const lastAt = before.reduce((at, m) => Math.max(at, m.start), -1);
    if (before.length > bestCount || (before.length === bestCount && lastAt > bestLast)) {
      best = e;
      bestCount = before.length;
      bestLast = lastAt;
    }
  }
  return bestCount >= 2 || candidates === 1 ? best : undefined;
}

/** "Officials said the Cuban leader would return to work": the person the article is about leads Cuba. */
const describedHead = pattern({
  predicate: 'LEADS',
  triggers: 'document-end',
  confidence: 0.6,
  read({ ctx, known }) {
    const claims: Claim[] = [];
    const described = new Set<string>();
    for (const s of ctx.sentences) {
      for (const d of descriptionsIn(s)) {
        // One reading per country: a later description is the same person again.
        if (described.has(d.country)) continue;
        const country = ctx.resolution.countryFor(d.country, s, d.first + 1, d.first + 2);
        if (!country || leaderOf(ctx, known, country)) continue;
        const person = describedPerson(ctx, known, d);
        const role = d.title.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
        if (!person) continue;
        described.add(d.country);
        claims.push({ subject: person, object: country, role, sentence: s });
      }
    }
    return claims;
  },
});

export const DESCRIBED_LEADER = defineFamily('described-leader', 'LEADS', [describedHead]);
