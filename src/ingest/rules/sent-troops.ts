// SENT_TROOPS_TO rules: "X will send troops to Y", "decided to send the Tarsk Peacekeeping Forces to
// Y", "troops were sent to Y by X", "peacekeepers from A, B and C arrived in Y", "Jordanian forces in Y".
import { PLACE_TYPES } from '../../domain/entity-type.js';
import { type AnalysedSentence } from '../03-mentions.js';
import { DIRECTION_ADJECTIVES } from '../03-mentions.js';
import { type EntityDraft } from '../04-entities.js';
import { type ReadContext } from '../context.js';
import { DESTINATION_HEADS, JOINING_WORDS, PHRASE_BREAKS, PURPOSE_VERBS, SEND_VERBS, TROOP_WORDS, WITHDRAW_VERBS } from '../model/triggers.js';
import { NATIONAL_FORCES } from '../model/vocabulary.js';
import { mentionStartingAt, referentEndingAt, referentAfterArticle, resolvedMentions } from '../sentence-tools.js';
import { clauseSubjects, isBody, isNegated, isPassive, listAfter, placeStartingAt } from './readers.js';
import { type Claim, defineFamily, pattern } from './rule.js';

const STOPS = new Set(['.', ';']);
/** Memory key: where the document's troops were last sent, for "they will join peacekeepers from A and B". */
const DESTINATION = 'where troops are sent';

/** The place after "to" (or "in", "into" for deployments) at token `k`, past compass words. */
function destinationAt(ctx: ReadContext, s: AnalysedSentence, k: number, deploy: boolean): EntityDraft | undefined {
  const link = s.tokens[k]?.lower;
  if (link !== 'to' && !(deploy && (link === 'in' || link === 'into'))) return undefined;
  return placeStartingAt(ctx, s, DIRECTION_ADJECTIVES.has(s.tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1) ?? describedDestination(ctx, s, k + 1);
}

/** Longest phrase read for a described destination ("to the conflict-torn West African nation of Mali"). */
const MAX_DESTINATION_WORDS = 10;

/**
 * The place a destination phrase describes: "the conflict-torn West African nation of Mali", "a UN
 * peacekeeping mission in Lebanon", "(to) reinforce the UN mission in Mali". The phrase must have a
 * head that places it (DESTINATION_HEADS) right before "of" or "in" and the place.
 */
function describedDestination(ctx: ReadContext, s: AnalysedSentence, from: number): EntityDraft | undefined {
  let k = PURPOSE_VERBS.has(s.tokens[from]?.lower ?? '') ? from + 1 : from;
  for (const end = Math.min(s.tokens.length, k + MAX_DESTINATION_WORDS); k < end; k++) {
    const t = s.tokens[k];
    const link = t?.lower ?? '';
    if ((link === 'of' || link === 'in') && DESTINATION_HEADS.has(s.tokens[k - 1]?.lower ?? '')) return placeStartingAt(ctx, s, k + 1);
    // The phrase is one noun phrase: no other preposition, clause word or verb inside it.
    if (!t?.word || PHRASE_BREAKS.has(link) || (k > from && ctx.gaz.lexiconTags(link).some((tag) => VERB_TAGS.has(tag)))) return undefined;
  }
  return undefined;
}
/** Lexicon tags of the verbs that end a destination phrase; gerunds stay ("a peacekeeping mission"). */
const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Verb']);

/** "Mexico's Defence Ministry said it had sent 200 soldiers": the ministry's country sends them too. */
function countryOwning(ctx: ReadContext, s: AnalysedSentence, body: EntityDraft): EntityDraft | undefined {
  const m = s.mentions.find((x) => ctx.resolution.entityOf(x) === body);
  if (!m || s.tokens[m.first - 1]?.text !== "'s") return undefined;
  const owner = referentEndingAt(ctx, s, m.first - 2);
  return owner?.entity.type === 'COUNTRY' ? owner.entity : undefined;
}

/** "The Australian army sent a battalion": the country a national force belongs to sends it too. */
function forceCountry(ctx: ReadContext, s: AnalysedSentence, body: EntityDraft): EntityDraft | undefined {
  if (body.type !== 'ORGANIZATION' || body.countries.size !== 1) return undefined;
  const m = s.mentions.find((x) => ctx.resolution.entityOf(x) === body && namesNationalForce(x.text));
  return m ? ctx.resolution.countryFor([...body.countries][0] as string, s, m.first, m.first + 1) : undefined;
}
/** The name of a national force made from a demonym ("Australian army", "Thai navy", "Kenyan air force"). */
function namesNationalForce(name: string): boolean {
  const words = name.split(' ');
  return words.length > 1 && (NATIONAL_FORCES.has(words.slice(-1).join(' ')) || (words.length > 2 && NATIONAL_FORCES.has(words.slice(-2).join(' '))));
}

/** True when troops of `owner` in `place` are abroad: a place of a known country, not the owner's own. */
function abroad(owner: EntityDraft, place: EntityDraft): boolean {
  return place !== owner && place.countries.size > 0 && ![...place.countries].some((c) => owner.countries.has(c));
}

/** The agent after a passive verb at `i`: "were sent to Y by X". */
function agentAfter(ctx: ReadContext, s: AnalysedSentence, i: number): EntityDraft | undefined {
  for (let j = i + 1; j < Math.min(s.tokens.length, i + 10) && !STOPS.has(s.tokens[j]?.text ?? ''); j++) {
    if (s.tokens[j]?.lower !== 'by') continue;
    const agent = referentAfterArticle(ctx, s, j + 1);
    return agent && isBody(agent.entity) ? agent.entity : undefined;
  }
  return undefined;
}

/** "Freedonian troops were sent", "the Council's soldiers were deployed": whose troops a passive sends. */
function troopOwner(ctx: ReadContext, s: AnalysedSentence, i: number): EntityDraft | undefined {
  for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
    if (!TROOP_WORDS.has(s.tokens[j]?.lower ?? '')) continue;
    const at = s.tokens[j - 1]?.text === "'s" ? j - 2 : j - 1;
    const owner = referentEndingAt(ctx, s, at);
    return owner && isBody(owner.entity) ? owner.entity : undefined;
  }
  return undefined;
}

/** "X will send troops to Y", "X deployed the Tarsk Peacekeeping Forces in Y", "troops were sent to Y by X". */
const sendTroops = pattern({
  predicate: 'SENT_TROOPS_TO',
  triggers: [...SEND_VERBS],
  confidence: 0.75,
  read({ ctx, known, memory }, s, i) {
    const deploy = s.tokens[i]?.lower.startsWith('deploy') ?? false;
    let k = i + 1;
    while (k < s.tokens.length && k < i + 16 && s.tokens[k]?.lower !== 'to' && !(deploy && s.tokens[k]?.lower === 'in') && !STOPS.has(s.tokens[k]?.text ?? ''))
      k++;
    const forces = resolvedMentions(ctx, s, true).find((x) => x.mention.first > i && x.mention.last <= k && !PLACE_TYPES.has(x.entity.type));
    // "troops will be sent": the future passive too (kept here: "could be sanctioned" is no sanction).
    const passive = isPassive(s, i) || s.tokens[i - 1]?.lower === 'be';
    const troopsBefore = passive && s.tokens.slice(Math.max(0, i - 6), i).some((t) => TROOP_WORDS.has(t.lower));
    const troops = troopsBefore || s.tokens.slice(i + 1, k).some((t) => TROOP_WORDS.has(t.lower)) || Boolean(forces);
    const place = destinationAt(ctx, s, k, deploy);
    if (!troops || !place) return [];
    memory.set(DESTINATION, place);
    // "Kenya and Uganda sent troops": each of the coordinated subjects sends them.
    const senders = passive ? [agentAfter(ctx, s, i) ?? troopOwner(ctx, s, i)] : clauseSubjects(ctx, s, i, isBody);
    const sender = senders[0];
    if (forces) {
      // Named forces sent by a body belong to it, or to the organisation the body is part of,
      // and the deployment is that organisation's.
      const owner = sender ? (known.objectOf(sender, 'PART_OF') ?? sender) : undefined;
      return [
        { subject: owner, object: place },
        { subject: forces.entity, object: place },
        { subject: forces.entity, object: owner, predicate: 'PART_OF', confidence: 0.6 },
      ];
    }
    return senders.flatMap((x): Claim[] =>
      x === undefined
        ? []
        : [
            { subject: x, object: place },
            { subject: countryOwning(ctx, s, x) ?? forceCountry(ctx, s, x), object: place, confidence: 0.7 },
          ],
    );
  },
});

/**
 * "peacekeepers from A, B and C arrived in Y", "troops from A and B were deployed to Y": one claim
 * per country. With no destination in the sentence but a joining word (JOINING_WORDS), the troops
 * are those of the deployment the document told of before ("X will send troops to Y. They will
 * join peacekeepers from A and B").
 */
const troopsFrom = pattern({
  predicate: 'SENT_TROOPS_TO',
  triggers: [...TROOP_WORDS],
  confidence: 0.7,
  read({ ctx, memory }, s, i) {
    // "peacekeepers from A and B", "the peacekeepers, from A, B and C,".
    const from = s.tokens[i + 1]?.lower === 'from' ? i + 1 : s.tokens[i + 1]?.text === ',' && s.tokens[i + 2]?.lower === 'from' ? i + 2 : -1;
    if (from < 0) return [];
    const countries = listAfter(ctx, s, from + 1).filter((e) => e.type === 'COUNTRY');
    if (!countries.length) return [];
    let place: EntityDraft | undefined;
    for (let k = from + 1; k < s.tokens.length && !place && !STOPS.has(s.tokens[k]?.text ?? ''); k++) {
      if (['to', 'in', 'into'].includes(s.tokens[k]?.lower ?? '')) place = destinationAt(ctx, s, k, true);
    }
    if (place) memory.set(DESTINATION, place);
    // Without a joining word they may be anywhere ("In 1979, troops from A invaded B").
    const joining = s.tokens.some((t) => JOINING_WORDS.has(t.lower));
    const destination = place ?? (joining ? memory.get(DESTINATION) : undefined);
    if (!destination || countries.includes(destination)) return [];
    return countries.map((country): Claim => (place ? { subject: country, object: destination } : { subject: country, object: destination, confidence: 0.6 }));
  },
});

const PEACEKEEPERS = new Set(['peacekeepers', 'peacekeeping']);
/** Plural nouns for a country's troops abroad ("army" and "military" also name a country's own forces at home). */
const STATIONED_NOUNS = new Set(['troops', 'soldiers', 'forces', 'peacekeepers', 'servicemen', 'marines', 'paratroopers', 'contingent']);
/** Nouns that name troops only after "peacekeeping": "the UN peacekeeping mission in Mali". */
const PEACEKEEPING_UNITS: ReadonlySet<string> = new Set(['mission', 'force', 'operation']);
/** Words between the troops and where they are: "troops in Y", "troops stationed in Y", "soldiers crossed into Y". */
const STATIONED_LINKS = new Set([
  'stationed',
  'deployed',
  'based',
  'serving',
  'fighting',
  'entered',
  'crossed',
  'arrived',
  'remain',
  'remained',
  'sent',
  'flown',
  'airlifted',
  'dispatched',
  'landed',
  'killed',
  'wounded',
  'injured',
  'died',
  'captured',
  'kidnapped',
  'patrolling',
  'operating',
]);
/** "were flown to Y", "have been stationed in Y": the auxiliaries before a link. */
const LINK_AUXILIARIES = new Set(['were', 'was', 'are', 'is', 'been', 'being', 'have', 'has', 'had']);
const HAVE_VERBS = new Set(['has', 'have', 'had', 'keeps', 'kept', 'maintains', 'maintained']);

/** Whose troops the noun at `i` names: "Jordanian forces", "Freedonia's troops", "Freedonia has 300 troops". */
function troopsOwner(ctx: ReadContext, s: AnalysedSentence, i: number): EntityDraft | undefined {
  const peacekeeping = PEACEKEEPERS.has(s.tokens[i]?.lower ?? '') || s.tokens[i - 1]?.lower === 'peacekeeping';
  const accept = peacekeeping ? keepsPeacekeepers : sendsForces;
  // "the African Union peacekeeping mission": the owner stands before the kind of mission.
  let j = s.tokens[i - 1]?.lower === 'peacekeeping' ? i - 2 : i - 1;
  // "Jordanian special forces", "Freedonia's 300 elite troops": past a figure and a qualifier or two.
  const qualifier = (k: number): boolean =>
    Boolean(s.tokens[k]?.word && !s.tokens[k]?.cap && ctx.gaz.lexiconTags(s.tokens[k]?.lower ?? '').includes('Adjective'));
  for (let n = 0; n < 3 && j >= 0 && qualifier(j); n++) j--;
  while (j >= 0 && /^(\d+|,)$/.test(s.tokens[j]?.text ?? '')) j--;
  if (HAVE_VERBS.has(s.tokens[j]?.lower ?? '')) {
    // "Kenya, which has troops in Somalia": the name before the relative clause.
    const at = s.tokens[j - 1]?.lower === 'which' && s.tokens[j - 2]?.text === ',' ? j - 3 : j - 1;
    const owner = referentEndingAt(ctx, s, at);
    return owner && accept(owner.entity) ? owner.entity : undefined;
  }
  // "US-led forces in Iraq", "Saudi-led forces": the leader of a coalition's forces.
  const led = /^(.+)-led$/i.exec(s.tokens[j]?.text ?? '')?.[1];
  if (led) {
    const cca3 = ctx.gaz.demonymCountry(led) ?? ctx.gaz.lookup(led)?.country;
    const leader = ctx.resolution.byName(led) ?? (cca3 ? ctx.resolution.countryFor(cca3, s, j, j + 1) : undefined);
    return leader && accept(leader) ? leader : undefined;
  }
  const at = s.tokens[j]?.text === "'s" ? j - 1 : j;
  const owner = referentEndingAt(ctx, s, at);
  return owner && accept(owner.entity) ? owner.entity : undefined;
}

/** Who keeps forces abroad: a country or an alliance ("NATO forces in Y"). */
function sendsForces(e: EntityDraft): boolean {
  return e.type === 'COUNTRY' || e.type === 'ALLIANCE';
}
/** Who keeps peacekeepers abroad: also an international body the gazetteer knows ("UN peacekeepers"), not any armed group. */
function keepsPeacekeepers(e: EntityDraft): boolean {
  return sendsForces(e) || (e.type === 'ORGANIZATION' && e.gazetteers.size > 0 && e.countries.size === 0);
}

/** "Jordanian forces in Afghanistan", "Freedonia has 300 troops stationed in Y", "Ruritanian soldiers crossed into Y". */
const troopsStationed = pattern({
  predicate: 'SENT_TROOPS_TO',
  triggers: [...STATIONED_NOUNS, ...PEACEKEEPING_UNITS],
  confidence: 0.65,
  read({ ctx }, s, i) {
    // "the UN mission in Mali" may be political; "the UN peacekeeping mission in Mali" is troops.
    if (PEACEKEEPING_UNITS.has(s.tokens[i]?.lower ?? '') && s.tokens[i - 1]?.lower !== 'peacekeeping') return [];
    let k = i + 1;
    while (LINK_AUXILIARIES.has(s.tokens[k]?.lower ?? '') && k < i + 3) k++;
    // "troops were killed in Y", "soldiers serving with NATO in Y", "troops have been in Y".
    if (STATIONED_LINKS.has(s.tokens[k]?.lower ?? '')) {
      k++;
      const partner = s.tokens[k]?.lower === 'with' ? mentionStartingAt(s, k + 1) : undefined;
      if (partner) k = partner.last;
    } else if (!(k > i + 1 && s.tokens[k]?.lower === 'in')) k = i + 1;
    if (!['in', 'into', 'to'].includes(s.tokens[k]?.lower ?? '')) {
      // "Ruritanian troops entered Y": the verb takes the place directly.
      if (!['entered', 'invaded'].includes(s.tokens[i + 1]?.lower ?? '')) return [];
      k = i + 1;
    }
    const owner = troopsOwner(ctx, s, i);
    const place = placeStartingAt(ctx, s, DIRECTION_ADJECTIVES.has(s.tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1);
    // A country's forces in its own land are not sent anywhere; a town of no known country may be its own.
    if (!owner || !place || !abroad(owner, place)) return [];
    return [{ subject: owner, object: place }];
  },
});

/**
 * "Britain will withdraw its troops from Iraq", "Spain pulled its soldiers out of Y", "Israeli troops
 * withdrew from Gaza": troops taken out of a place had been sent there.
 */
const withdrawTroops = pattern({
  predicate: 'SENT_TROOPS_TO',
  triggers: [...WITHDRAW_VERBS],
  confidence: 0.65,
  read({ ctx }, s, i) {
    let k = i + 1;
    while (k < i + 6 && k < s.tokens.length && !['from', 'out'].includes(s.tokens[k]?.lower ?? '')) k++;
    const troopsAfter = s.tokens.slice(i + 1, k).some((t) => TROOP_WORDS.has(t.lower));
    const troopsBefore = TROOP_WORDS.has(s.tokens[i - 1]?.lower ?? '');
    if (!troopsAfter && !troopsBefore) return [];
    const from = s.tokens[k]?.lower === 'out' ? (s.tokens[k + 1]?.lower === 'of' ? k + 2 : -1) : k + 1;
    const place = from > 0 ? placeStartingAt(ctx, s, from) : undefined;
    if (!place) return [];
    const senders = troopsBefore ? [troopsOwner(ctx, s, i - 1)] : clauseSubjects(ctx, s, i, sendsForces);
    return senders.filter((x): x is EntityDraft => x !== undefined && abroad(x, place)).map((x) => ({ subject: x, object: place }));
  },
});

/** "Russia invaded Ukraine in February": one country's troops sent into another. */
const invaded = pattern({
  predicate: 'SENT_TROOPS_TO',
  triggers: ['invaded'],
  confidence: 0.6,
  read({ ctx }, s, i) {
    const place = placeStartingAt(ctx, s, i + 1);
    // "Russia has never invaded Georgia": no troops sent.
    if (place?.type !== 'COUNTRY' || isNegated(s, i)) return [];
    return clauseSubjects(ctx, s, i, (e) => e.type === 'COUNTRY')
      .filter((x) => x !== place)
      .map((x) => ({ subject: x, object: place }));
  },
});

/** "Ethiopia's military intervention in Somalia", "the Russian intervention in Syria": a country's forces sent in. */
const intervention = pattern({
  predicate: 'SENT_TROOPS_TO',
  triggers: ['intervention', 'incursion', 'invasion'],
  confidence: 0.6,
  read({ ctx }, s, i) {
    const link = s.tokens[i + 1]?.lower;
    if (link !== 'in' && link !== 'into' && link !== 'of') return [];
    const place = placeStartingAt(ctx, s, i + 2);
    if (place?.type !== 'COUNTRY') return [];
    let j = i - 1;
    if (['military', 'armed', 'ground', 'full-scale'].includes(s.tokens[j]?.lower ?? '')) j--;
    // "the Russian intervention in Syria"; "a Somali invasion" feared or opposed is none that happened.
    const cue = s.cues.find((c) => c.kind === 'demonym' && c.country && c.last === j + 1 && s.tokens[c.first - 1]?.lower === 'the');
    const owner =
      s.tokens[j]?.text === "'s"
        ? referentEndingAt(ctx, s, j - 1)?.entity
        : cue?.country
          ? ctx.resolution.countryFor(cue.country, s, cue.first, cue.last)
          : undefined;
    return owner?.type === 'COUNTRY' && owner !== place ? [{ subject: owner, object: place }] : [];
  },
});

export const SEND_TROOPS = defineFamily('send-troops', 'SENT_TROOPS_TO', [sendTroops, intervention]);
export const WITHDRAW_TROOPS = defineFamily('withdraw-troops', 'SENT_TROOPS_TO', [withdrawTroops, invaded]);
export const TROOPS_FROM = defineFamily('troops-from', 'SENT_TROOPS_TO', [troopsFrom]);
/** Troops of a country where they serve abroad: "Jordanian forces in Afghanistan". */
export const TROOPS_STATIONED = defineFamily('troops-stationed', 'SENT_TROOPS_TO', [troopsStationed]);

export const SENT_TROOPS_RULES = [SEND_TROOPS, TROOPS_FROM, TROOPS_STATIONED, WITHDRAW_TROOPS] as const;
