// LOCATED_IN rules: where bodies and places are. "Austrian Ministry of Foreign Trade", "Russian news
// agency TASS", "Tarvex, a Moscow software firm", "X of Iran", "Ireland's Supreme Court", "Dravik in
// the centre of Oskar province", "the Aldra town of Telvin", "Lindor-based", "CITY, Country — ".
import { PLACE_TYPES } from '../../domain/entity-type.js';
import { type AnalysedSentence } from '../03-mentions.js';
import { DIRECTION_ADJECTIVES } from '../03-mentions.js';
import { type EntityDraft } from '../04-entities.js';
import { type ReadContext } from '../context.js';
import { HEADQUARTERS_WORDS, PART_NOUNS, PLACE_KIND_NOUNS, PLACE_LINKS } from '../model/triggers.js';
import { TYPE_DESCRIPTORS } from '../model/vocabulary.js';
import {
  entityOf,
  mentionEndingAt,
  mentionStartingAt,
  referentEndingAt,
  referentAfterArticle,
  referentStartingAt,
  resolvedMentions,
  tokenQuoted,
} from '../sentence-tools.js';
import { surfaceKey } from '../text.js';
import { phraseAt } from '../tokens.js';
import { describedBody, describedHead } from './descriptions.js';
import { bodyAt, listAfter, listOfPlaces, placeStartingAt } from './readers.js';
import { type Claim, defineFamily, pattern } from './rule.js';

const DIRECTIONS = new Set([
  'centre',
  'center',
  'north',
  'south',
  'east',
  'west',
  'heart',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'outskirts',
  'middle',
]);

/** A LOCATED_IN claim, if it can be one: a country is not located, and only in a place. */
function located(subject: EntityDraft | undefined, object: EntityDraft | undefined, confidence?: number): Claim[] {
  if (!subject || !object || subject.type === 'COUNTRY' || subject === object || !PLACE_TYPES.has(object.type)) return [];
  return [{ subject, object, ...(confidence ? { confidence } : {}) }];
}

const DESCRIPTOR_STOPS = new Set([
  'said',
  'says',
  'and',
  'or',
  'of',
  'in',
  'by',
  'to',
  'including',
  'such',
  'as',
  'like',
  'with',
  'from',
  'at',
  'for',
  'on',
  // "born in Lindor before the Tamsa Revolution": a preposition opens a new phrase.
  'before',
  'after',
  'during',
  'since',
  'until',
  'near',
  'about',
  'over',
  'under',
  'between',
  'against',
  'than',
]);

/** A past-tense verb in compromise's lexicon ("heard", "met"): it ends a noun phrase. */
function isVerb(ctx: ReadContext, word: string): boolean {
  const tags = ctx.gaz.lexiconTags(word);
  return tags.includes('PastTense');
}

const isBody = (e: EntityDraft): boolean => !PLACE_TYPES.has(e.type) && e.type !== 'PERSON' && e.type !== 'EVENT';

const placesByKey = new WeakMap<ReadContext, Map<string, EntityDraft>>();
/** A place whose name opens a body's name: "Velora Police", "Oskar provincial council". */
function placePrefix(ctx: ReadContext, body: EntityDraft): EntityDraft | undefined {
  let index = placesByKey.get(ctx);
  if (!index) {
    index = new Map();
    for (const e of ctx.resolution.entities)
      if (PLACE_TYPES.has(e.type) && e.type !== 'COUNTRY' && !index.has(surfaceKey(e.name))) index.set(surfaceKey(e.name), e);
    placesByKey.set(ctx, index);
  }
  const words = surfaceKey(body.name).split(' ');
  for (let n = words.length - 1; n >= 1; n--) {
    const place = index.get(words.slice(0, n).join(' '));
    if (place) return place;
  }
  return undefined;
}

/** A country or place inside a body's name: "Austrian Ministry of Foreign Trade", "Velora Police". */
const placeInName = pattern({
  predicate: 'LOCATED_IN',
  triggers: 'mention',
  confidence: 0.85,
  read({ ctx }, s, at) {
    const m = mentionStartingAt(s, at);
    const body = entityOf(ctx, m);
    if (!m || !body || PLACE_TYPES.has(body.type) || body.type === 'PERSON') return [];
    const out: Claim[] = [];
    for (const cca3 of m.countries) out.push(...located(body, ctx.resolution.countryFor(cca3, s, m.first, m.first + 1)));
    for (const name of m.placeNames) out.push(...located(body, ctx.resolution.byName(name)));
    out.push(...located(body, placePrefix(ctx, body), 0.8));
    return out;
  },
});

/** A demonym or place before a descriptor and a body: "Russian news agency TASS", "the Lindor consultancy X". */
const descriptorPlace = pattern({
  predicate: 'LOCATED_IN',
  triggers: 'mention',
  confidence: 0.8,
  read({ ctx }, s, at) {
    const body = entityOf(ctx, mentionStartingAt(s, at));
    if (!body || body.type === 'PERSON' || PLACE_TYPES.has(body.type)) return [];
    for (let j = at - 1; j >= Math.max(0, at - 4); j--) {
      const t = s.tokens[j];
      if (!t || (!t.word && t.text !== '-')) break;
      const cue = s.cues.find((c) => c.kind === 'demonym' && c.last - 1 === j);
      if (cue?.country) return j < at - 1 ? located(body, ctx.resolution.countryFor(cue.country, s, cue.first, cue.last)) : [];
      const place = entityOf(ctx, mentionEndingAt(s, j));
      // "Sweden joined NATO", "Chile opposes the X": a verb right after the place makes it the subject
      // of a clause ("rights" in "Kenya rights group X" is a noun: no article or body follows it).
      const next = s.tokens[j + 1]?.lower ?? '';
      const objectNext = j + 2 === at || ['the', 'a', 'an'].includes(s.tokens[j + 2]?.lower ?? '');
      const clause = /ed$/.test(next) || (objectNext && ctx.gaz.lexiconTags(next).includes('PresentTense'));
      if (place && (place.type === 'CITY' || place.type === 'COUNTRY') && j < at - 1 && !s.tokens[j + 1]?.cap && !clause) return located(body, place, 0.75);
      // The descriptor is a noun phrase: a verb, a list word or a determiner inside it ends it.
      // "Egypt authorities challenge Reuters": a base verb right before the name is a headline's verb
      // (a descriptor ends with its head noun: "news agency", "consultancy").
      const headlineVerb = j === at - 1 && ctx.gaz.lexiconTags(t.lower).includes('Infinitive');
      if (t.cap || DESCRIPTOR_STOPS.has(t.lower) || (t.lower === 'the' && j < at - 1) || isVerb(ctx, t.lower) || headlineVerb) break;
    }
    return [];
  },
});

/** "Tarvex, a Moscow software firm", "X, a Lindor-based company", "Club X, based in Lindor". */
const appositivePlace = pattern({
  predicate: 'LOCATED_IN',
  triggers: 'mention',
  confidence: 0.75,
  read({ ctx }, s, at) {
    const body = bodyAt(ctx, s, at);
    if (!body || s.tokens[body.last]?.text !== ',') return [];
    if (s.tokens[body.last + 1]?.lower === 'based' && s.tokens[body.last + 2]?.lower === 'in') {
      return located(body.entity, referentStartingAt(ctx, s, body.last + 3)?.entity, 0.8);
    }
    let k = body.last + 1;
    if (['a', 'an', 'the'].includes(s.tokens[k]?.lower ?? '')) k++;
    const based = /^(.+)-based$/i.exec(s.tokens[k]?.text ?? '');
    const basedPlace = based?.[1] ? ctx.resolution.byName(based[1]) : undefined;
    const place = basedPlace ? { entity: basedPlace, last: k + 1 } : referentStartingAt(ctx, s, k);
    const next = place ? s.tokens[place.last] : undefined;
    const descriptor = next && ((next.text === "'s" && s.tokens[(place?.last ?? 0) + 1]?.word) || (next.word && !next.cap));
    if (place && descriptor) return located(body.entity, place.entity);
    return located(body.entity, describedAsIn(ctx, s, k));
  },
});

/** "X, the main business association in Turkey, ...": a described body's place, where the apposition ends. */
function describedAsIn(ctx: ReadContext, s: AnalysedSentence, from: number): EntityDraft | undefined {
  if (!['the', 'a', 'an'].includes(s.tokens[from - 1]?.lower ?? '')) return undefined;
  let k = from;
  while (k < from + 5 && s.tokens[k]?.word && !s.tokens[k]?.cap && s.tokens[k]?.lower !== 'in') k++;
  const head = s.tokens[k - 1]?.lower ?? '';
  if (k === from || s.tokens[k]?.lower !== 'in' || !TYPE_DESCRIPTORS[head]) return undefined;
  const place = referentAfterArticle(ctx, s, k + 1);
  const end = place ? s.tokens[place.last] : undefined;
  const closes = !end || end.text === ',' || end.text === '.';
  return place && closes && PLACE_TYPES.has(place.entity.type) ? place.entity : undefined;
}

/** "Mexico's aviation regulator, the Civil Aviation Board": the possessor country holds the body. */
const possessedAppositive = pattern({
  predicate: 'LOCATED_IN',
  triggers: 'mention',
  confidence: 0.75,
  read({ ctx }, s, at) {
    const body = bodyAt(ctx, s, at);
    if (!body) return [];
    const the = s.tokens[at - 1]?.lower === 'the' ? 1 : 0;
    if (s.tokens[at - 1 - the]?.text !== ',' || !s.tokens[at - 2 - the]?.word) return [];
    let j = at - 2 - the;
    while (j > 0 && s.tokens[j]?.word && !s.tokens[j]?.cap && j > at - 6) j--;
    if (s.tokens[j]?.text !== "'s") return [];
    const owner = referentEndingAt(ctx, s, j - 1);
    return owner?.entity.type === 'COUNTRY' ? located(body.entity, owner.entity) : [];
  },
});

/** "X of Iran", "Velora TV in Yemen", "the High Court in Dravik", "Ireland's Supreme Court". */
const ofCountry = pattern({
  predicate: 'LOCATED_IN',
  triggers: 'mention',
  confidence: 0.75,
  read({ ctx }, s, at) {
    const body = bodyAt(ctx, s, at);
    if (!body) return [];
    const out: Claim[] = [];
    const after = s.tokens[body.last]?.lower;
    if (after === 'of' || after === 'in') {
      const place = referentStartingAt(ctx, s, body.last + 1);
      // "the Taliban in Afghanistan", "the Red Cross in Syria": an organisation "in" a country works there; its seat is "of" it.
      const worksIn = after === 'in' && (body.entity.type === 'ORGANIZATION' || body.entity.type === 'ALLIANCE') && place?.entity.type === 'COUNTRY';
      const fits =
        place && !worksIn && (place.entity.type === 'COUNTRY' || (after === 'in' && (body.entity.type === 'NEWS_AGENCY' || place.entity.type === 'CITY')));
      if (place && fits && s.tokens[place.last]?.text !== "'s") out.push(...located(body.entity, place.entity));
    }
    let j = at - 1;
    while (j > 0 && s.tokens[j]?.word && !s.tokens[j]?.cap && j > at - 4 && s.tokens[j]?.lower !== 'the' && !isVerb(ctx, s.tokens[j]?.lower ?? '')) j--;
    const owner = s.tokens[j]?.text === "'s" ? referentEndingAt(ctx, s, j - 1) : undefined;
    // "Georgia's NATO membership": a country's alliance is one it belongs to or seeks, not one it holds;
    // "Somalia's U.N.-backed government": the body only qualifies what the country has.
    const qualifies = s.tokens[body.last]?.text === '-';
    if (owner?.entity.type === 'COUNTRY' && body.entity.type !== 'ALLIANCE' && !qualifies) out.push(...located(body.entity, owner.entity, 0.8));
    return out;
  },
});

/** "the Lindor-based manufacturer", "A Lindor-based rights group, the Centre for X", "headquartered in Lyon". */
const basedIn = pattern({
  predicate: 'LOCATED_IN',
  triggers: 'token',
  confidence: 0.8,
  read({ ctx }, s, i) {
    const word = s.tokens[i]?.lower ?? '';
    if (HEADQUARTERS_WORDS.has(word)) return headquarters(ctx, s, i);
    const based = /^(.+)-based$/i.exec(s.tokens[i]?.text ?? '');
    const place = based?.[1] ? ctx.resolution.byName(based[1]) : undefined;
    if (!place || !PLACE_TYPES.has(place.type)) return [];
    const out = located(bodyAt(ctx, s, i + 1, true)?.entity, place, 0.85);
    let k = i + 1;
    while (k < s.tokens.length && k < i + 5 && s.tokens[k]?.word && !s.tokens[k]?.cap) k++;
    const headWord = s.tokens[k - 1]?.lower ?? '';
    let body = s.tokens[k]?.cap ? entityOf(ctx, mentionStartingAt(s, k)) : undefined;
    if (!body && s.tokens[k]?.text === ',') body = entityOf(ctx, mentionStartingAt(s, s.tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1));
    const head = describedHead(headWord);
    if (!body && head) body = describedBody(ctx, head, s.span.index);
    if (body && body.type !== 'PERSON' && !PLACE_TYPES.has(body.type)) out.push(...located(body, place));
    return out;
  },
});

/** "said from its headquarters in Vienna", "headquartered in Lyon": where the subject body sits. */
function headquarters(ctx: ReadContext, s: AnalysedSentence, i: number): Claim[] {
  if (s.tokens[i + 1]?.lower !== 'in') return [];
  const place = referentStartingAt(ctx, s, i + 2);
  const ownerHead = s.tokens[i - 1]?.text === "'s" ? describedHead(s.tokens[i - 2]?.lower ?? '') : undefined;
  const described = ownerHead ? describedBody(ctx, ownerHead, s.span.index) : undefined;
  const owner =
    described ?? resolvedMentions(ctx, s, true).find((x) => x.mention.last <= i && x.entity.type !== 'PERSON' && !PLACE_TYPES.has(x.entity.type))?.entity;
  return located(owner, place?.entity, 0.75);
}

/** Edges of a place a town may lie on: "on Kenya's coast". */
const EDGE_NOUNS = new Set(['coast', 'border', 'shore', 'shores', 'outskirts', 'frontier', 'coastline', 'edge']);

/** "Peru's northern Aldra region", "Kesh, in eastern Sierra Leone", "A, B and C in the far north of Y", "X on Kenya's coast". */
const placeInPlace = pattern({
  predicate: 'LOCATED_IN',
  triggers: 'mention',
  confidence: 0.8,
  read({ ctx }, s, at) {
    const m = mentionStartingAt(s, at);
    const entity = entityOf(ctx, m);
    if (!m || !entity || !PLACE_TYPES.has(entity.type)) return [];
    const out: Claim[] = [];
    if (s.tokens[m.last]?.text === "'s") {
      let k = m.last + 1;
      while (DIRECTION_ADJECTIVES.has(s.tokens[k]?.lower ?? '') || /^(north|south)-(east|west)ern$/.test(s.tokens[k]?.lower ?? '')) k++;
      const inner = referentStartingAt(ctx, s, k);
      if (inner && PLACE_TYPES.has(inner.entity.type) && inner.entity.type !== 'COUNTRY') out.push(...located(inner.entity, entity));
    }
    const listed = listOfPlaces(ctx, s, m.first);
    let k = pastPlaceLink(s, listed.end);
    // "Aldra province in the north of Y": the kind of place after its name.
    if (PLACE_KIND_NOUNS.has(s.tokens[k]?.lower ?? '') && !s.tokens[k]?.cap) k++;
    if (s.tokens[k]?.text === ',' && (s.tokens[k + 1]?.lower === 'in' || s.tokens[k + 1]?.lower === 'on')) k++;
    // "Dravik on Kenya's coast", "a village on Lindor's northern border".
    if (s.tokens[k]?.lower === 'on' && entity.type !== 'COUNTRY' && listed.first === entity) {
      const owner = referentStartingAt(ctx, s, k + 1);
      let j = owner && s.tokens[owner.last]?.text === "'s" ? owner.last + 1 : -1;
      while (j > 0 && DIRECTION_ADJECTIVES.has(s.tokens[j]?.lower ?? '')) j++;
      if (owner && j > 0 && EDGE_NOUNS.has(s.tokens[j]?.lower ?? '') && PLACE_TYPES.has(owner.entity.type)) {
        for (const place of listed.places) if (place.type !== 'COUNTRY') out.push(...located(place, owner.entity));
      }
      return out;
    }
    if (s.tokens[k]?.lower !== 'in' || entity.type === 'COUNTRY' || listed.first !== entity) return out;
    k++;
    if (s.tokens[k]?.lower === 'the') k++;
    // "in eastern Kenya", "in the far north of Y"; but "in the Northwest Frontier Province" is a name.
    while (!mentionStartingAt(s, k) && (DIRECTION_ADJECTIVES.has(s.tokens[k]?.lower ?? '') || ['far', 'extreme', 'deep'].includes(s.tokens[k]?.lower ?? '')))
      k++;
    if ((DIRECTIONS.has(s.tokens[k]?.lower ?? '') || /^(north|south)-(east|west)$/.test(s.tokens[k]?.lower ?? '')) && s.tokens[k + 1]?.lower === 'of') k += 2;
    // "in the far north of Y": the compass word was read as an adjective.
    else if (s.tokens[k]?.lower === 'of' && DIRECTIONS.has(s.tokens[k - 1]?.lower ?? '')) k++;
    if (s.tokens[k]?.lower === 'the') k++;
    const outer = referentStartingAt(ctx, s, k);
    if (!outer || !PLACE_TYPES.has(outer.entity.type)) return out;
    const nested = s.tokens[outer.last]?.text === "'s" ? referentStartingAt(ctx, s, outer.last + 1) : undefined;
    const target = nested && PLACE_TYPES.has(nested.entity.type) ? nested.entity : outer.entity;
    for (const place of listed.places) if (place.type !== 'COUNTRY') out.push(...located(place, target));
    return out;
  },
});

/** Words that say where a place lies before "in": "is located", "lies", "is situated", ", located". */
const LINKS_TO_IN: readonly (readonly string[])[] = [...PLACE_LINKS, ['located']];
/** Most plain words in a description of a place before its kind: "a small farming village". */
const MAX_PLACE_DESCRIPTION = 3;

/**
 * Token `k` past what links a place to where it lies: "Tarvik is located (in)", "Dunmora lies (in)",
 * "Tarvik, a village (in)", "Tarvik is a small town (in)". Returns `k` when nothing links.
 */
function pastPlaceLink(s: AnalysedSentence, k: number): number {
  const link = phraseAt(s.tokens, k, LINKS_TO_IN);
  if (link) return k + link.length;
  const copula = s.tokens[k]?.lower === 'is' || s.tokens[k]?.lower === 'was';
  const apposition = s.tokens[k]?.text === ',';
  if (!copula && !apposition) return k;
  let j = k + 1;
  if (!['a', 'an', 'the'].includes(s.tokens[j]?.lower ?? '')) return k;
  j++;
  for (let n = 0; n < MAX_PLACE_DESCRIPTION && s.tokens[j]?.word && !s.tokens[j]?.cap && !PLACE_KIND_NOUNS.has(s.tokens[j]?.lower ?? ''); n++) j++;
  return PLACE_KIND_NOUNS.has(s.tokens[j]?.lower ?? '') && s.tokens[j + 1]?.lower === 'in' ? j + 1 : k;
}

/** "Kesh, the main town of Aldra prefecture", "the Aldra town of Telvin", "the Libyan port of X". */
const placeKindOf = pattern({
  predicate: 'LOCATED_IN',
  triggers: [...PLACE_KIND_NOUNS],
  confidence: 0.75,
  read({ ctx }, s, i) {
    if (s.tokens[i + 1]?.lower !== 'of') return [];
    const outerAfter = referentAfterArticle(ctx, s, i + 2);
    // "Kesh, the main town of Aldra": the place before the appositive.
    let j = i - 1;
    while (j > i - 4 && s.tokens[j]?.word && !s.tokens[j]?.cap && s.tokens[j]?.lower !== 'the') j--;
    const town = ['town', 'city', 'village'].includes(s.tokens[i]?.lower ?? '');
    if (town && s.tokens[j]?.lower === 'the' && s.tokens[j - 1]?.text === ',') {
      const inner = entityOf(ctx, mentionEndingAt(s, j - 2));
      if (inner && (inner.type === 'CITY' || inner.type === 'REGION') && outerAfter && PLACE_TYPES.has(outerAfter.entity.type))
        return located(inner, outerAfter.entity);
    }
    const outer = referentEndingAt(ctx, s, i - 1);
    const inner = referentStartingAt(ctx, s, i + 2);
    if (!outer || !inner || !PLACE_TYPES.has(outer.entity.type) || !PLACE_TYPES.has(inner.entity.type)) return [];
    // "the Aldra province of Afghanistan": the place named before the noun lies in the country after it.
    if (outer.entity.type !== 'COUNTRY' && outerAfter?.entity.type === 'COUNTRY') return located(outer.entity, outerAfter.entity);
    return located(inner.entity, outer.entity);
  },
});

/** "Guam is ... a territory of the United States". */
const territoryOf = pattern({
  predicate: 'LOCATED_IN',
  triggers: [...PART_NOUNS],
  confidence: 0.8,
  read({ ctx }, s, i) {
    if (s.tokens[i + 1]?.lower !== 'of' || tokenQuoted(ctx, s, i)) return [];
    const outer = referentAfterArticle(ctx, s, i + 2);
    const is = s.tokens.findIndex((x, k) => k < i && ['is', 'was', 'remains', 'became'].includes(x.lower));
    const inner = is > 0 ? referentEndingAt(ctx, s, is - 1) : undefined;
    return outer && inner && PLACE_TYPES.has(inner.entity.type) ? located(inner.entity, outer.entity) : [];
  },
});

/** A dateline, "CITY, Country — ...": the city lies in that country. */
const dateline = pattern({
  predicate: 'LOCATED_IN',
  triggers: 'mention',
  confidence: 0.7,
  read({ ctx }, s, at) {
    if (at !== 0 || s.span.index > 2 || !s.tokens[0]?.cap) return [];
    const city = referentStartingAt(ctx, s, 0);
    const country = city && s.tokens[city.last]?.text === ',' ? referentStartingAt(ctx, s, city.last + 1) : undefined;
    const dash = country ? s.tokens.slice(country.last, country.last + 4).some((t) => ['—', '–', '-'].includes(t.text)) : false;
    return city && country && dash && city.entity.type === 'CITY' && country.entity.type === 'COUNTRY' ? located(city.entity, country.entity) : [];
  },
});

const EVENT_PLACE_LINKS = new Set(['in', 'near', 'at']);
const HELD_WORDS = new Set(['held', 'staged', 'hosted', 'took']);

/** "the Lindor Summit in Tamsa", "the Tamsa Marathon was held in Lindor": where an event takes place. */
const eventPlace = pattern({
  predicate: 'LOCATED_IN',
  triggers: 'mention',
  confidence: 0.75,
  read({ ctx }, s, at) {
    const m = mentionStartingAt(s, at);
    const event = entityOf(ctx, m);
    if (!m || event?.type !== 'EVENT' || tokenQuoted(ctx, s, at)) return [];
    // "spoke about the Tamsa Revolution in Lindor": the place may be the speaking's, not the event's.
    if (['about', 'on', 'of'].includes(s.tokens[s.tokens[at - 1]?.lower === 'the' ? at - 2 : at - 1]?.lower ?? '')) return [];
    let k = m.last;
    if (s.tokens[k]?.lower === 'took' && s.tokens[k + 1]?.lower === 'place') k += 2;
    // "the Hajj pilgrimage near Mecca": a lower-case noun may follow the name.
    else if (
      s.tokens[k]?.word &&
      !s.tokens[k]?.cap &&
      !EVENT_PLACE_LINKS.has(s.tokens[k]?.lower ?? '') &&
      !['was', 'is', 'will'].includes(s.tokens[k]?.lower ?? '')
    )
      k++;
    // "was held in", "will be staged in", "took place in".
    if (['was', 'is', 'will'].includes(s.tokens[k]?.lower ?? '')) {
      k++;
      if (s.tokens[k]?.lower === 'be') k++;
      if (!HELD_WORDS.has(s.tokens[k]?.lower ?? '')) return [];
      k += s.tokens[k]?.lower === 'took' && s.tokens[k + 1]?.lower === 'place' ? 2 : 1;
    }
    if (!EVENT_PLACE_LINKS.has(s.tokens[k]?.lower ?? '')) return [];
    return located(event, placeStartingAt(ctx, s, k + 1));
  },
});

/** Words after "Telvin, Kenya" that close the phrase, so that the country is no list item. */
const PHRASE_ENDS = new Set([',', '.', ';', ':', ')', '—', '–', 'on', 'in', 'last', 'this', 'were', 'was', 'is', 'are', 'have', 'has', 'had']);

/** "from Tarvik, Jordan", "near Dunmora, Saudi Arabia,", "in Austin, Texas": a town with its country or region after a comma. */
const commaPlace = pattern({
  predicate: 'LOCATED_IN',
  triggers: 'mention',
  confidence: 0.8,
  read({ ctx }, s, at) {
    const inner = referentStartingAt(ctx, s, at);
    if (!inner || (inner.entity.type !== 'CITY' && inner.entity.type !== 'REGION') || s.tokens[inner.last]?.text !== ',') return [];
    // "Lindor, Telvin, Kenya": a list of towns, not a town in a town.
    if (s.tokens[at - 1]?.text === ',' || tokenQuoted(ctx, s, at)) return [];
    const outer = referentStartingAt(ctx, s, inner.last + 1);
    if (!outer || !(outer.entity.type === 'COUNTRY' || (outer.entity.type === 'REGION' && inner.entity.type === 'CITY'))) return [];
    const next = s.tokens[outer.last];
    if (next && !PHRASE_ENDS.has(next.lower)) return [];
    // "Telvin, Kenya and Lindor": a list goes on; "Telvin, Kenya, and Lindor" too.
    if (next?.text === ',' && ['and', 'or'].includes(s.tokens[outer.last + 1]?.lower ?? '')) return [];
    return located(inner.entity, outer.entity);
  },
});

/** "Swedish firms including A, B and C": every listed body lies in the demonym's country. */
const demonymList = pattern({
  predicate: 'LOCATED_IN',
  triggers: ['including', 'as'],
  confidence: 0.75,
  read({ ctx }, s, i) {
    const as = s.tokens[i]?.lower === 'as';
    if ((as && s.tokens[i - 1]?.lower !== 'such') || tokenQuoted(ctx, s, i)) return [];
    const cue = s.cues.find((c) => c.kind === 'demonym' && c.country && c.last === (as ? i - 2 : i - 1));
    if (!cue?.country) return [];
    const country = ctx.resolution.countryFor(cue.country, s, cue.first, cue.last);
    return listAfter(ctx, s, i + 1)
      .filter(isBody)
      .flatMap((body) => located(body, country));
  },
});

/**
 * Cities and regions with no stated place, in a document about one country, lie in that country
 * when they are named in a paragraph that names that country and no other. Known capitals and
 * places the gazetteer knows are left alone: the text does not place them.
 */
const documentCountry = pattern({
  predicate: 'LOCATED_IN',
  triggers: 'document-end',
  confidence: 0.55,
  read({ ctx, known, dominant }) {
    if (!dominant) return [];
    const countriesByParagraph = new Map<number, Set<string>>();
    for (const s of ctx.sentences) {
      const set = countriesByParagraph.get(s.span.paragraph) ?? new Set<string>();
      for (const m of s.mentions) {
        m.countries.forEach((c) => set.add(c));
        if (m.gazetteer?.country) set.add(m.gazetteer.country);
      }
      for (const c of s.cues) if (c.kind === 'demonym' && c.country) set.add(c.country);
      countriesByParagraph.set(s.span.paragraph, set);
    }
    const onlyDominant = (paragraph: number): boolean => {
      const set = countriesByParagraph.get(paragraph);
      return Boolean(set && set.size > 0 && [...set].every((c) => dominant.countries.has(c)));
    };
    const out: Claim[] = [];
    for (const e of ctx.resolution.entities) {
      if ((e.type !== 'CITY' && e.type !== 'REGION') || e.mentions.some((m) => m.gazetteer)) continue;
      if (known.has(e, 'LOCATED_IN') || known.has(e, 'CAPITAL_OF')) continue;
      const mention = e.mentions.find((m) => onlyDominant((ctx.sentences[m.sentence] as AnalysedSentence).span.paragraph));
      if (mention) out.push({ subject: e, object: dominant, sentence: ctx.sentences[mention.sentence] as AnalysedSentence });
    }
    return out;
  },
});

/** A place in a body's name or just before it: "Velora Police", "Freedonian news agency X". */
export const PLACE_IN_NAME = defineFamily('place-in-name', 'LOCATED_IN', [placeInName, descriptorPlace]);
/** A place beside a body: "X, a Lindor software firm", "Freedonia's regulator, X", "X of Freedonia". */
export const PLACE_OF_BODY = defineFamily('place-of-body', 'LOCATED_IN', [appositivePlace, possessedAppositive, ofCountry]);
export const BASED_IN = defineFamily('based-in', 'LOCATED_IN', [basedIn]);
/** Places in places: "Freedonia's Aldra region", "A and B in northern C", "from Telvin, Kenya", a dateline. */
export const PLACE_IN_PLACE = defineFamily('place-in-place', 'LOCATED_IN', [placeInPlace, commaPlace, dateline]);
/** A kind of place named with its outer place: "the Aldra town of X", "a territory of Y", "Freedonian firms including A". */
export const PLACE_KIND_OF = defineFamily('place-kind-of', 'LOCATED_IN', [placeKindOf, territoryOf, demonymList]);
export const DOCUMENT_COUNTRY = defineFamily('document-country', 'LOCATED_IN', [documentCountry]);
/** Where an event takes place: "the Lindor Summit in Tamsa", "the marathon was held in Lindor". */
export const EVENT_PLACE = defineFamily('event-place', 'LOCATED_IN', [eventPlace]);

export const LOCATED_IN_RULES = [PLACE_IN_NAME, PLACE_OF_BODY, BASED_IN, PLACE_IN_PLACE, PLACE_KIND_OF, EVENT_PLACE, DOCUMENT_COUNTRY] as const;
