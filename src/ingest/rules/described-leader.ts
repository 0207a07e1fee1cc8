// "The Kenyan president" after "President Velkaro": a country's head described, not named. News calls a
// head of state it has named with a title by such a description; the description names the country
// that person leads.
import { type AnalysedSentence, type Mention } from '../03-mentions.js';
import { type EntityDraft } from '../04-entities.js';
import { type ReadContext } from '../context.js';
import { DESCRIBED_HEAD_TITLES } from '../model/titles.js';
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
    const title = DESCRIBED_HEAD_TITLES.has(two) ? two : DESCRIBED_HEAD_TITLES.has(one) ? one : undefined;
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

/** Sentence-major order of a mention: no sentence holds this many tokens. */
const ORDER_STRIDE = 1_000_000;
/** Descriptions of one country read before giving up on it: a hostile text repeats them. */
const MAX_ATTEMPTS_PER_COUNTRY = 3;

/** A person of the document with the sorted places of their mentions, built once per document. */
interface Bearer {
  readonly person: EntityDraft;
  readonly order: readonly number[];
}
const bearers = new WeakMap<ReadContext, Bearer[]>();

function peopleOf(ctx: ReadContext): Bearer[] {
  let found = bearers.get(ctx);
  if (!found) {
    found = ctx.resolution.entities
      .filter((e) => e.type === 'PERSON' && e.mentions.some((m) => titledHead(ctx, m)))
      .map((person) => ({ person, order: person.mentions.map((m) => m.sentence * ORDER_STRIDE + m.first).sort((a, b) => a - b) }));
    bearers.set(ctx, found);
  }
  return found;
}

/**
 * True when a head's title stands right before the mention ("President Velkaro", "leader X"): only
 * such a person may be the one a description of a head refers to. Without it, the person an article
 * follows may as well be a suspect, an athlete or an opposition leader.
 */
function titledHead(ctx: ReadContext, m: Mention): boolean {
  const s = ctx.sentences[m.sentence];
  return Boolean(
    s?.cues.some(
      (c) =>
        c.kind === 'title' &&
        c.last === m.first &&
        DESCRIBED_HEAD_TITLES.has(
          s.tokens
            .slice(c.first, c.last)
            .map((t) => t.lower)
            .join(' '),
        ) &&
        !LOWER_OFFICES.has(s.tokens[c.first - 1]?.lower ?? ''),
    ),
  );
}

/** Words before a head's title that make it another office: "opposition leader X", "party leader X". */
const LOWER_OFFICES = new Set(['opposition', 'former', 'deputy', 'vice', 'acting', 'party', 'rebel', 'union', 'team', 'group', 'student', 'protest']);

/** How many of the sorted values are below `limit`. */
function countBelow(values: readonly number[], limit: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] as number) < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The person a description refers to: of the people titled as heads (titledHead) and named in
 * earlier sentences (not in its own: "Renn praised the Kenyan president" is about someone else),
 * who lead nothing else the document states, the one named most often, the latest on a tie. One
 * mention is enough only for the only candidate.
 */
function describedPerson(ctx: ReadContext, known: KnownRelations, d: Description): EntityDraft | undefined {
  const here = d.sentence.span.index * ORDER_STRIDE;
  let best: EntityDraft | undefined;
  let bestCount = 0;
  let bestLast = -1;
  let candidates = 0;
  for (const { person, order } of peopleOf(ctx)) {
    const before = countBelow(order, here);
    const inSentence = countBelow(order, here + ORDER_STRIDE) > before;
    if (!before || inSentence || holdsOffice(known, person)) continue;
    candidates++;
    const lastAt = order[before - 1] as number;
    if (before > bestCount || (before === bestCount && lastAt > bestLast)) {
      best = person;
      bestCount = before;
      bestLast = lastAt;
    }
  }
  return bestCount >= 2 || candidates === 1 ? best : undefined;
}

/** "President Renn ... officials said the Cuban president would return to work": the titled head named before leads Cuba. */
const describedHead = pattern({
  predicate: 'LEADS',
  triggers: 'document-end',
  confidence: 0.6,
  read({ ctx, known }) {
    const claims: Claim[] = [];
    const attempts = new Map<string, number>();
    for (const s of ctx.sentences) {
      for (const d of descriptionsIn(s)) {
        // One reading per country: a later description is the same person again.
        const tried = attempts.get(d.country) ?? 0;
        if (tried >= MAX_ATTEMPTS_PER_COUNTRY) continue;
        attempts.set(d.country, tried + 1);
        const named = ctx.resolution.knownCountry(d.country);
        if (named && leaderOf(ctx, known, named)) {
          attempts.set(d.country, MAX_ATTEMPTS_PER_COUNTRY);
          continue;
        }
        const person = describedPerson(ctx, known, d);
        // The country is made from the demonym only for a claim: a description alone adds no entity.
        const country = person ? ctx.resolution.countryFor(d.country, s, d.first + 1, d.first + 2) : undefined;
        if (!person || !country) continue;
        attempts.set(d.country, MAX_ATTEMPTS_PER_COUNTRY);
        claims.push({ subject: person, object: country, role: d.title.replace(/\b\p{L}/gu, (c) => c.toUpperCase()), sentence: s });
      }
    }
    return claims;
  },
});

export const DESCRIBED_LEADER = defineFamily('described-leader', 'LEADS', [describedHead]);
