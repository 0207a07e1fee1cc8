// CAPITAL_OF rules: "the capital, Lisbon", "Velora, the capital", "X, the capital of Y", "Dublin, the
// Irish capital", "Marsk, the regional capital".
import { type AnalysedSentence } from '../03-mentions.js';
import { type EntityDraft } from '../04-entities.js';
import { type ReadContext } from '../context.js';
import { CAPITAL_NOUNS } from '../model/triggers.js';
import { entityOf, mentionEndingAt, referentAfterArticle, referentStartingAt, tokenQuoted } from '../sentence-tools.js';
import { latestOfType, placesByCode } from './readers.js';
import { type Claim, defineFamily, pattern } from './rule.js';

/** Words before "capital" that make it a leading city, not the seat of government: "the financial capital". */
const NOT_SEAT_QUALIFIERS: ReadonlySet<string> = new Set(['financial', 'commercial', 'economic', 'business', 'cultural', 'industrial', 'tourist', 'fashion']);

/** The demonym cue ending just before "capital" ("the Irish capital"), if any. */
function demonymBefore(s: AnalysedSentence, i: number): { first: number; last: number; country: string } | undefined {
  const cue = s.cues.find((c) => c.kind === 'demonym' && c.country && c.last === i);
  return cue?.country ? { first: cue.first, last: cue.last, country: cue.country } : undefined;
}

/** The country of code `code` when the sentence names it by a demonym only ("Norwegian troops ... the capital city of Oslo"). */
function countryOfDemonym(ctx: ReadContext, s: AnalysedSentence, code: string): EntityDraft | undefined {
  const cue = s.cues.find((c) => c.kind === 'demonym' && c.country === code);
  return cue ? ctx.resolution.countryFor(code, s, cue.first, cue.last) : undefined;
}

/** "the capital of Brazil's north-western state of Verdania": the region, which lies in the country. */
function ownerAfter(ctx: ReadContext, s: AnalysedSentence, i: number): { owner?: EntityDraft; claims: Claim[]; end?: number } {
  if (s.tokens[i + 1]?.lower !== 'of') return { claims: [] };
  const owner = referentAfterArticle(ctx, s, i + 2);
  if (!owner) return { claims: [] };
  if (s.tokens[owner.last]?.text === "'s") {
    for (let n = owner.last + 1; n < Math.min(s.tokens.length, owner.last + 8); n++) {
      const inner = referentStartingAt(ctx, s, n);
      if (inner?.entity.type === 'REGION') {
        const inCountry: Claim[] = owner.entity.type === 'COUNTRY' ? [{ subject: inner.entity, object: owner.entity, predicate: 'LOCATED_IN' }] : [];
        return { owner: inner.entity, claims: inCountry };
      }
    }
  }
  return { owner: owner.entity, claims: [], end: owner.last };
}

/** "the capital, Lisbon", "Velora, the capital", "X, the capital of Y", "Marsk, the regional capital". */
const theCapital = pattern({
  predicate: 'CAPITAL_OF',
  triggers: [...CAPITAL_NOUNS],
  confidence: 0.8,
  read({ ctx, dominant }, s, i) {
    // "the financial capital of Tarsk": a leading city, not the seat of government.
    if (tokenQuoted(ctx, s, i) || demonymBefore(s, i) || NOT_SEAT_QUALIFIERS.has(s.tokens[i - 1]?.lower ?? '')) return [];
    let city: EntityDraft | undefined;
    const next = s.tokens[i + 1];
    if (next?.text === ',' || next?.word) {
      const named = referentStartingAt(ctx, s, next.text === ',' ? i + 2 : i + 1);
      if (named && named.entity.type !== 'COUNTRY') city = named.entity;
    }
    // "the capital city of Velora": the city named after "of", not an owner of it.
    const cityNoun = s.tokens[i + 1]?.lower === 'city' ? i + 1 : i;
    const after = ownerAfter(ctx, s, cityNoun);
    // Only the gazetteer's capital: "the capital city of X" with X no known capital says nothing of whose.
    const namesCity = after.owner?.type === 'CITY' && !city && after.owner.capitalOf !== undefined;
    if (namesCity) city = after.owner;
    const { claims, end } = after;
    const owner = namesCity ? undefined : after.owner;
    // "the capital of Freedonia, Velora": the city after the owner.
    if (!city && end !== undefined && s.tokens[end]?.text === ',') {
      const named = referentStartingAt(ctx, s, end + 1);
      if (named && named.entity.type !== 'COUNTRY') city = named.entity;
    }
    const regional = ['regional', 'provincial', 'state'].includes(s.tokens[i - 1]?.lower ?? '');
    const theAt = regional ? i - 2 : i - 1;
    if (!city && s.tokens[theAt]?.lower === 'the' && s.tokens[theAt - 1]?.text === ',') city = entityOf(ctx, mentionEndingAt(s, theAt - 2));
    if (!city || (city.type !== 'CITY' && city.type !== 'REGION')) return claims;
    const capitalOf = city.capitalOf;
    const known = capitalOf ? (placesByCode(ctx).countries.get(capitalOf) ?? countryOfDemonym(ctx, s, capitalOf)) : undefined;
    const region = regional ? latestOfType(ctx, s.span.index, 'REGION') : undefined;
    const target = owner ?? region ?? known ?? dominant;
    if (!target || (target.type !== 'COUNTRY' && target.type !== 'REGION')) return claims;
    // Being a capital makes the place a city, whatever its name first suggested.
    city.type = 'CITY';
    return [...claims, { subject: city, object: target }];
  },
});

/** "Dublin, the Irish capital"; "talks in the Austrian capital" (the country's known capital, if named). */
const demonymCapital = pattern({
  predicate: 'CAPITAL_OF',
  triggers: [...CAPITAL_NOUNS],
  confidence: 0.8,
  read({ ctx }, s, i) {
    const demonym = demonymBefore(s, i);
    if (!demonym || tokenQuoted(ctx, s, i)) return [];
    const owner = ctx.resolution.countryFor(demonym.country, s, demonym.first, demonym.last);
    const named =
      s.tokens[demonym.first - 1]?.lower === 'the' && s.tokens[demonym.first - 2]?.text === ','
        ? entityOf(ctx, mentionEndingAt(s, demonym.first - 3))
        : undefined;
    const known = placesByCode(ctx).capitals.get(demonym.country);
    const city = named ?? known;
    return owner && city && (city.type === 'CITY' || city.type === 'REGION') ? [{ subject: city, object: owner }] : [];
  },
});

export const CAPITAL_OF = defineFamily('capital-of', 'CAPITAL_OF', [theCapital, demonymCapital]);

export const CAPITAL_OF_RULES = [CAPITAL_OF] as const;
