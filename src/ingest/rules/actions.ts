// Action rules: who requested, sent troops to, allied with, opposed, met or sanctioned whom.
// Each rule is a trigger word plus where its subject and object stand; quoted speech is skipped,
// since a speaker's claim is not the article's statement of fact.
import { ORGANISATION_TYPES, PLACE_TYPES } from '../../domain/entity-type.js';
import { type RelationType } from '../../domain/relation-type.js';
import { type AnalysedSentence, DIRECTION_ADJECTIVES } from '../03-mentions.js';
import { type EntityDraft } from '../04-entities.js';
import { type ReadContext } from '../context.js';
import { TITLES } from '../model/titles.js';
import { SPEECH_VERBS } from '../model/vocabulary.js';
import {
  entityOf,
  mentionEndingAt,
  mentionStartingAt,
  referentEndingAt,
  referentStartingAt,
  resolvedMentions,
  tokenQuoted,
} from '../sentence-tools.js';
import { lastPersonBefore, listAfter, subjectPronoun } from './structure.js';
import { describedBody, describedHead } from './descriptions.js';
import { type RelationSink } from './sink.js';

const SKIP_AFTER_VERB = new Set(['the', 'a', 'an', 'with', 'on', 'its', 'their', 'to', 'government', 'of', 'regime', 'forces']);
const TROOP_WORDS = new Set(['troops', 'soldiers', 'forces', 'peacekeepers', 'peacekeeping', 'military', 'army', 'units', 'personnel']);
// Finite forms only: a gerund ("the agreement on sending soldiers") has no subject to credit.
const SEND_VERBS = new Set(['send', 'sent', 'sends', 'deploy', 'deployed', 'deploys', 'dispatch', 'dispatched']);
const SANCTION_VERBS = new Set(['sanctioned', 'banned', 'bans', 'blacklisted', 'blacklists']);
const SANCTION_NOUNS = new Set(['sanctions', 'embargo', 'ban']);
const PREPOSITIONS = new Set(['of', 'in', 'at', 'from', 'by', 'to', 'on', 'with', 'for', 'against', 'within', 'into', 'over', 'under', 'between', 'about', 'across', 'via']);
const DASHES = new Set(['—', '–', '-', '(', ')']);
const ALLY_VERBS = new Set(['supporting', 'supported', 'supports', 'backing', 'backed', 'backs', 'support']);
const ALIGN_WORDS = new Set(['aligned', 'allied', 'allies', 'ally']);
const MEET_VERBS = new Set(['met', 'meets', 'meet', 'meeting', 'received', 'receives', 'hosted', 'hosts', 'welcomed']);
const TALK_NOUNS = new Set(['talks', 'meetings', 'meeting', 'discussions', 'consultations']);
const GATHER_VERBS = new Set(['gathered', 'met', 'convened', 'assembled']);
const AGAINST_NOUNS = new Set([
  'lawsuit', 'suit', 'case', 'campaign', 'war', 'fight', 'fighting', 'rebellion', 'struggle', 'offensive', 'complaint',
  'motion', 'protest', 'protests', 'charges', 'coalition', 'insurgency', 'support', 'supporting', 'operations', 'operation',
  'strikes', 'sanctions', 'measures', 'troops', 'army', 'forces', 'action', 'petition', 'strike', 'boycott',
  'resistance', 'uprising', 'revolt', 'vote', 'verdict', 'appeal', 'ruling',
]);
const REQUEST_VERBS = new Set(['requested', 'asked', 'requests']);
const DEMAND_NOUNS = new Set(['resignation', 'removal', 'ouster', 'arrest', 'impeachment', 'dismissal', 'prosecution', 'sacking']);
const ACCUSE_VERBS = new Set(['accusing', 'accused', 'accuses', 'accuse']);
const REMOVE_VERBS = new Set(['remove', 'impeach', 'oust', 'expel', 'dismiss', 'unseat']);
const SPEECH = new Set(SPEECH_VERBS);

/** Run every action rule over one sentence. */
export function findActions(ctx: ReadContext, s: AnalysedSentence, sink: RelationSink, previousHost: { value?: EntityDraft }): void {
  const add = (subject: EntityDraft | undefined, predicate: RelationType, object: EntityDraft | undefined, rule: string, confidence = 0.75): void => {
    if (subject && object) sink.add({ subject, predicate, object, rule, confidence, sentence: s });
  };
  const tokens = s.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]?.lower ?? '';
    // Speakers' words are their claims, not the article's; only requests and deployments they announce count.
    if (tokenQuoted(ctx, s, i) && !SEND_VERBS.has(w) && w !== 'request') continue;
    // REQUESTED: "in response to the president's request", "at the request of X", "X asked Y to"
    if (w === 'request' && tokens[i - 1]?.text === "'s") {
      const requester = requesterEndingAt(ctx, s, i - 2);
      add(requester, 'REQUESTED', clauseSubject(ctx, s, i, isBody), 'request-possessive', 0.8);
    } else if (w === 'request' && tokens[i + 1]?.lower === 'of') {
      add(requesterStartingAt(ctx, s, i + 2), 'REQUESTED', clauseSubject(ctx, s, i, isBody), 'at-the-request-of', 0.8);
    } else if (REQUEST_VERBS.has(w) && tokens[i - 1]?.text !== "'s") {
      // "X formally asked the United Nations for ...", "He also asked neighbouring Uruguay and Paraguay for help"
      const subject = clauseSubject(ctx, s, i, isActor);
      for (const object of listAfter(ctx, s, skipDescriptors(s, i + 1))) {
        if (object.type === 'COUNTRY' || (!PLACE_TYPES.has(object.type) && object.type !== 'PERSON')) add(subject, 'REQUESTED', object, 'asked-verb', 0.7);
      }
    }
    // SENT_TROOPS_TO: "X will send troops to Y", "decided to send the Tarsk Peacekeeping Forces to Y"
    if (SEND_VERBS.has(w)) {
      let k = i + 1;
      const deploy = w.startsWith('deploy');
      while (k < tokens.length && k < i + 16 && tokens[k]?.lower !== 'to' && !(deploy && tokens[k]?.lower === 'in') && !['.', ';'].includes(tokens[k]?.text ?? '')) k++;
      const between = tokens.slice(i + 1, k);
      const forces = resolvedMentions(ctx, s, true).find((x) => x.mention.first > i && x.mention.last <= k && !PLACE_TYPES.has(x.entity.type));
      const troops = between.some((t) => TROOP_WORDS.has(t.lower)) || Boolean(forces);
      const into = tokens[k]?.lower === 'to' || tokens[k]?.lower === 'in';
      const place = into ? placeStartingAt(ctx, s, DIRECTION_ADJECTIVES.has(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1) : undefined;
      const sender = clauseSubject(ctx, s, i, isBody);
      if (troops && place) {
        // Named forces sent by a body belong to it, or to the organisation the body is part of,
        // and the deployment is that organisation's.
        const owner = sender ? sink.objectOf(sender, 'PART_OF') ?? sender : undefined;
        add(forces ? owner : sender, 'SENT_TROOPS_TO', place, 'send-troops');
        // "Mexico's Defence Ministry said it had sent 200 soldiers": the ministry's country sends them too.
        if (sender && !forces) add(countryOwning(ctx, s, sender), 'SENT_TROOPS_TO', place, 'send-troops', 0.7);
        if (forces) {
          add(forces.entity, 'SENT_TROOPS_TO', place, 'send-troops');
          add(forces.entity, 'PART_OF', owner, 'sent-forces-belong', 0.6);
        }
      }
    }
    // SANCTIONED: "Germany banned Nordwind Air", "the EU sanctioned Iran", "the subject of US sanctions", "US sanctions on Iran"
    if (SANCTION_VERBS.has(w)) {
      const object = referentStartingAt(ctx, s, skipDescriptors(s, i + 1));
      if (object && object.entity.type !== 'CITY' && object.entity.type !== 'REGION') {
        add(clauseSubject(ctx, s, i, isSanctioner), 'SANCTIONED', object.entity, 'sanction-verb', 0.8);
      }
    }
    if (SANCTION_NOUNS.has(w)) {
      const owner = referentEndingAt(ctx, s, i - 1);
      if (owner && isSanctioner(owner.entity)) {
        const before = s.tokens[owner.first - 1]?.lower;
        const target = ['on', 'against'].includes(tokens[i + 1]?.lower ?? '') ? referentStartingAt(ctx, s, skip(s, i + 2))?.entity : undefined;
        const subjectOf = (before === 'of' && ['subject', 'target', 'targets'].includes(s.tokens[owner.first - 2]?.lower ?? '')) || before === 'under';
        const sanctioned = target ?? (subjectOf ? clauseSubject(ctx, s, owner.first - 1, isActor) : undefined);
        add(owner.entity, 'SANCTIONED', sanctioned, 'sanctions-noun', 0.8);
      }
    }
    if ((w === 'target' || w === 'targets' || w === 'hit') && tokens.slice(Math.max(0, i - 6), i).some((t) => SANCTION_NOUNS.has(t.lower) || ['freezes', 'bans', 'measures', 'penalties'].includes(t.lower))) {
      const owner = clauseSubject(ctx, s, i, isSanctioner) ?? possessorBefore(ctx, s, i);
      for (const target of listAfter(ctx, s, skipRanks(s, i + 1))) if (target.type === 'PERSON' || isSanctioner(target)) add(owner, 'SANCTIONED', target, 'sanctions-target', 0.75);
    }
    // ALLIED_WITH: "encouraging allies such as Japan", "aligned with Iran", "supporting the government of X"
    if (w === 'allies' && ['such', 'including', 'like'].includes(tokens[i + 1]?.lower ?? '')) {
      const subject = clauseSubject(ctx, s, i, isActor);
      const from = tokens[i + 1]?.lower === 'such' ? i + 3 : i + 2;
      for (const ally of listAfter(ctx, s, from)) add(subject, 'ALLIED_WITH', ally, 'allies-such-as');
    }
    if ((w === 'allies' || w === 'partners') && ['are', 'were', 'remain'].includes(tokens[i - 1]?.lower ?? tokens[i - 2]?.lower ?? '') || (w === 'allies' && ['are', 'were', 'remain'].includes(tokens[i - 2]?.lower ?? ''))) {
      const pair = resolvedMentions(ctx, s).filter((x) => x.mention.last <= i && x.entity.type !== 'PERSON' && x.entity.type !== 'CITY' && x.entity.type !== 'REGION');
      if (pair.length === 2) add(pair[0]?.entity, 'ALLIED_WITH', pair[1]?.entity, 'are-allies', 0.75);
    }
    if (w === 'ally' && tokens[i + 1]?.text === ',' ) {
      // "Russia, Mongolia's closest military ally, ..."
      let j = i - 1;
      while (j > 0 && tokens[j]?.word && !tokens[j]?.cap) j--;
      if (tokens[j]?.text === "'s") {
        const partner = referentEndingAt(ctx, s, j - 1);
        const before = partner ? referentEndingAt(ctx, s, partner.first - 2) : undefined;
        if (partner && before && tokens[partner.first - 1]?.text === ',') add(before.entity, 'ALLIED_WITH', partner.entity, 'appositive-ally', 0.75);
      }
    }
    if (ALIGN_WORDS.has(w) && tokens[i + 1]?.lower === 'with') {
      const object = referentStartingAt(ctx, s, i + 2);
      add(nearestBefore(ctx, s, i, isActor), 'ALLIED_WITH', object?.entity, 'aligned-with');
    }
    // "supporting X", "to support X"; never the noun ("in support of X").
    if (ALLY_VERBS.has(w) && (w !== 'support' || tokens[i - 1]?.lower === 'to')) {
      const subject = clauseSubject(ctx, s, i, (e) => e.type === 'COUNTRY' || e.type === 'ALLIANCE');
      const object = referentStartingAt(ctx, s, skip(s, i + 1));
      if (object && !PLACE_TYPES.has(object.entity.type)) add(subject, 'ALLIED_WITH', object.entity, 'supporting', 0.65);
    }
    // OPPOSES: "a lawsuit filed by X against Y", "X filed the lawsuit against Y", "supporting X against the Y rebellion"
    if (w === 'against') {
      const object = referentStartingAt(ctx, s, skip(s, i + 1));
      const noun = nounBeforeInClause(s, i, AGAINST_NOUNS, 10);
      const headNoun = object && AGAINST_NOUNS.has(tokens[object.last]?.lower ?? '');
      if (object && object.entity.type !== 'CITY' && object.entity.type !== 'REGION' && (noun || headNoun)) {
        const by = byAgent(ctx, s, i);
        add(by ?? clauseSubject(ctx, s, i, isActor), 'OPPOSES', object.entity, 'against', 0.7);
      }
    }
    // REPORTED_BY: "Speaking on Velora TV, X said"; MEMBER_OF + REPORTED_BY: "BBC's X said"
    if (w === 'speaking' && ['on', 'to'].includes(tokens[i + 1]?.lower ?? '')) {
      const agency = referentStartingAt(ctx, s, skip(s, i + 2));
      const speaker = resolvedMentions(ctx, s).find((x) => x.mention.first > i + 2 && x.entity.type === 'PERSON');
      if (agency?.entity.type === 'NEWS_AGENCY') add(speaker?.entity, 'REPORTED_BY', agency.entity, 'speaking-on', 0.8);
    }
    if (w === "'s") {
      const agency = referentEndingAt(ctx, s, i - 1);
      const person = entityOf(ctx, mentionStartingAt(s, i + 1));
      if (agency?.entity.type === 'NEWS_AGENCY' && person?.type === 'PERSON') {
        add(person, 'MEMBER_OF', agency.entity, 'agency-possessive', 0.75);
        const verb = s.tokens[(mentionStartingAt(s, i + 1)?.last ?? 0)]?.lower ?? '';
        if (SPEECH.has(verb)) add(person, 'REPORTED_BY', agency.entity, 'agency-possessive', 0.75);
      }
    }
    // MET_WITH: "X met on Monday with Y"; "A and his counterparts B, C gathered in Vienna"; "Y joined the talks"
    if (MEET_VERBS.has(w)) {
      let k = i + 1;
      while (k < tokens.length && k < i + 5 && tokens[k]?.lower !== 'with') k++;
      const from = tokens[k]?.lower === 'with' ? k + 1 : w !== 'meeting' && w !== 'meet' ? i + 1 : -1;
      if (from > 0) {
        const subject = clauseSubject(ctx, s, i, isActor);
        for (const object of peopleAfter(ctx, s, skip(s, from))) if (isActor(object)) add(subject, 'MET_WITH', object, 'met-with');
      }
    }
    // "for talks with General X", "who held separate meetings with A and B"
    if (TALK_NOUNS.has(w) && tokens[i + 1]?.lower === 'with') {
      const who = tokens.slice(0, i).map((t) => t.lower).lastIndexOf('who');
      const subject = who > 0 ? entityOf(ctx, mentionEndingAt(s, who - 2)) ?? entityOf(ctx, mentionEndingAt(s, who - 1)) : clauseSubject(ctx, s, i, isActor);
      for (const object of peopleAfter(ctx, s, skip(s, i + 2))) if (isActor(object)) add(subject, 'MET_WITH', object, 'talks-with', 0.7);
    }
    // REPORTED_BY: "X said in a statement read on state broadcaster VTV", "X told KFM radio"
    if (SPEECH.has(w) && !tokenQuoted(ctx, s, i)) {
      const speaker = nearestBefore(ctx, s, i, (e) => e.type === 'PERSON');
      for (let k = i + 1; k < Math.min(tokens.length, i + 10); k++) {
        if (!['on', 'to', 'by', 'via', 'told'].includes(tokens[k - 1]?.lower ?? '') && k !== i + 1) continue;
        const agency = referentStartingAt(ctx, s, skipDescriptors(s, k));
        if (agency?.entity.type === 'NEWS_AGENCY' && speaker) {
          add(speaker, 'REPORTED_BY', agency.entity, 'said-on-agency', 0.7);
          break;
        }
      }
    }
    // REPORTED_BY: "In an interview with Al Jazeera, X said"
    if (w === 'interview' && tokens[i + 1]?.lower === 'with') {
      const agency = referentStartingAt(ctx, s, skip(s, i + 2));
      const speaker = resolvedMentions(ctx, s).find((x) => x.mention.first > i + 2 && x.entity.type === 'PERSON');
      if (agency?.entity.type === 'NEWS_AGENCY') add(speaker?.entity, 'REPORTED_BY', agency.entity, 'interview-with', 0.75);
    }
    // OPPOSES: "His main rival, X", "Y's opponent, X"; "accusing the commission of ..."
    if ((w === 'rival' || w === 'opponent' || w === 'challenger') && tokens[i + 1]?.text === ',') {
      const rival = entityOf(ctx, mentionStartingAt(s, i + 2));
      let j = i - 1;
      while (j >= 0 && ['main', 'chief', 'closest', 'political', 'longtime', 'biggest', 'principal'].includes(tokens[j]?.lower ?? '')) j--;
      const owner = tokens[j]?.text === "'s" ? referentEndingAt(ctx, s, j - 1)?.entity : ['his', 'her'].includes(tokens[j]?.lower ?? '') ? lastPersonBefore(ctx, s.span.index, j, tokens[j]?.lower) : undefined;
      if (rival?.type === 'PERSON') add(rival, 'OPPOSES', owner, 'rival-of', 0.7);
    }
    if (ACCUSE_VERBS.has(w)) {
      const object = referentStartingAt(ctx, s, skip(s, i + 1));
      const described = !object && tokens[i + 1]?.lower === 'the' ? describedHead(tokens[i + 2]?.lower ?? '') : undefined;
      const target = object?.entity ?? (described ? describedBody(ctx, described, s.span.index) : undefined);
      if (target && isActor(target)) add(accuser(ctx, s, i), 'OPPOSES', target, 'accused', 0.65);
    }
    // OPPOSES: "demanded the minister's resignation", "called for X's arrest"
    if (DEMAND_NOUNS.has(w) && tokens[i - 1]?.text === "'s") {
      const target = referentEndingAt(ctx, s, i - 2)?.entity;
      const verbBefore = tokens.slice(Math.max(0, i - 8), i).some((t) => ['demanded', 'demands', 'demanding', 'called', 'calling', 'urged', 'sought'].includes(t.lower));
      if (verbBefore && target) add(clauseSubject(ctx, s, i, (e) => e.type !== 'CITY' && e.type !== 'REGION' && e !== target), 'OPPOSES', target, 'demanded-removal', 0.7);
    }
    // OPPOSES: "voted to remove the mayor", "moved to impeach the governor"
    if (REMOVE_VERBS.has(w) && tokens[i - 1]?.lower === 'to') {
      const object = referentStartingAt(ctx, s, skip(s, i + 1));
      if (object?.entity.type === 'PERSON') add(clauseSubject(ctx, s, i, isBody), 'OPPOSES', object.entity, 'voted-to-remove', 0.7);
    }
    // REPORTED_BY: "X told AFP", "In a statement quoted by Reuters, the CRM said"
    if (w === 'told' || w === 'tells') {
      const agency = referentStartingAt(ctx, s, skip(s, i + 1));
      const pronoun = ['he', 'she'].includes(tokens[i - 1]?.lower ?? '') ? lastPersonBefore(ctx, s.span.index, i - 1, tokens[i - 1]?.lower) : undefined;
      const speaker = pronoun ?? nearestBefore(ctx, s, i, (e) => e.type === 'PERSON') ?? clauseSubject(ctx, s, i, (e) => e.type === 'PERSON' || ORGANISATION_TYPES.has(e.type));
      if (agency?.entity.type === 'NEWS_AGENCY' && speaker?.type !== 'NEWS_AGENCY') add(speaker, 'REPORTED_BY', agency.entity, 'told-agency', 0.8);
    }
    if ((w === 'quoted' || w === 'carried') && tokens[i + 1]?.lower === 'by') {
      const agency = referentStartingAt(ctx, s, skip(s, i + 2));
      const comma = tokens.findIndex((t, k) => k > i && t.text === ',');
      const speaker = comma > 0 ? resolvedMentions(ctx, s).find((x) => x.mention.first > comma && x.entity.type !== 'NEWS_AGENCY' && isActor(x.entity)) : undefined;
      if (agency?.entity.type === 'NEWS_AGENCY') add(speaker?.entity, 'REPORTED_BY', agency.entity, 'quoted-by-agency', 0.75);
    }
    if (GATHER_VERBS.has(w) && tokens[i + 1]?.lower === 'in') {
      const participants = resolvedMentions(ctx, s).filter((x) => x.mention.last <= i && x.entity.type === 'PERSON').map((x) => x.entity);
      if (participants.length >= 2) {
        const host = participants[0] as EntityDraft;
        previousHost.value = host;
        for (const guest of participants.slice(1)) add(host, 'MET_WITH', guest, 'gathered-with', 0.7);
      }
    }
    if (w === 'joined' && ['talks', 'meeting', 'summit'].includes(tokens[i + 2]?.lower ?? '') && previousHost.value) {
      add(previousHost.value, 'MET_WITH', clauseSubject(ctx, s, i, (e) => e.type === 'PERSON'), 'joined-talks', 0.6);
    }
  }
}

function isActor(e: EntityDraft): boolean {
  return e.type !== 'CITY' && e.type !== 'REGION' && e.type !== 'EVENT';
}

function isBody(e: EntityDraft): boolean {
  return isActor(e) && e.type !== 'PERSON';
}

/** "Mexico's Defence Ministry": the country whose possessive stands before the body's mention. */
function countryOwning(ctx: ReadContext, s: AnalysedSentence, body: EntityDraft): EntityDraft | undefined {
  const m = s.mentions.find((x) => ctx.resolution.entityOf(x) === body);
  if (!m || s.tokens[m.first - 1]?.text !== "'s") return undefined;
  const owner = referentEndingAt(ctx, s, m.first - 2);
  return owner?.entity.type === 'COUNTRY' ? owner.entity : undefined;
}

function isSanctioner(e: EntityDraft): boolean {
  return e.type === 'COUNTRY' || e.type === 'ALLIANCE' || e.type === 'GOVERNMENT_BODY' || e.type === 'ORGANIZATION';
}

/** Token positions inside dashes or parentheses: asides, whose names are not the clause's subject. */
function asideMask(s: AnalysedSentence): boolean[] {
  const mask: boolean[] = [];
  let depth = 0;
  let dashOpen = false;
  s.tokens.forEach((t, i) => {
    if (t.text === '(') depth++;
    if (t.text === '—' || t.text === '–' || (t.text === '-' && !t.word)) dashOpen = !dashOpen;
    mask[i] = depth > 0 || dashOpen || DASHES.has(t.text);
    if (t.text === ')') depth = Math.max(0, depth - 1);
  });
  return mask;
}

/**
 * The subject of a verb at token `i`: the first name of the clause that is not inside an aside, not
 * governed by a preposition and not a modifier of another name ("Germany's minister", "Senate President X").
 */
export function clauseSubject(ctx: ReadContext, s: AnalysedSentence, i: number, accept: (e: EntityDraft) => boolean): EntityDraft | undefined {
  const aside = asideMask(s);
  const candidates = resolvedMentions(ctx, s, true).filter((x) => x.mention.last <= i && !aside[x.mention.first] && accept(x.entity));
  const subject = candidates.find((x) => {
    const before = s.tokens[x.mention.first - 1]?.lower ?? '';
    const after = s.tokens[x.mention.last];
    const modifies = after?.text === "'s" || s.cues.some((c) => c.kind === 'title' && c.first === x.mention.last);
    return !PREPOSITIONS.has(before) && !modifies;
  });
  return subject?.entity ?? subjectPronoun(ctx, s, i);
}

/**
 * The people or bodies listed from token `from`, reading "Uruguay's defence minister, Arvid X"
 * as the minister, not the country.
 */
function peopleAfter(ctx: ReadContext, s: AnalysedSentence, from: number): EntityDraft[] {
  const first = referentStartingAt(ctx, s, from);
  if (first && s.tokens[first.last]?.text === "'s") {
    let k = first.last + 1;
    while (k < s.tokens.length && s.tokens[k]?.word && !s.tokens[k]?.cap && k < first.last + 5) k++;
    if (s.tokens[k]?.text === ',') k++;
    const person = referentStartingAt(ctx, s, k);
    if (person?.entity.type === 'PERSON') return [person.entity];
  }
  return listAfter(ctx, s, from);
}

/** Who accuses: the person just before ", accusing", else the clause subject. */
function accuser(ctx: ReadContext, s: AnalysedSentence, i: number): EntityDraft | undefined {
  return clauseSubject(ctx, s, i, (e) => e.type === 'PERSON' || ORGANISATION_TYPES.has(e.type) || e.type === 'COUNTRY');
}

/** "The EU's asset freezes ...": the possessor at the start of the clause. */
function possessorBefore(ctx: ReadContext, s: AnalysedSentence, i: number): EntityDraft | undefined {
  const owned = s.mentions.find((m) => m.last < i && s.tokens[m.last]?.text === "'s");
  return owned ? ctx.resolution.entityOf(owned) : undefined;
}

/** Skip a rank before a listed name ("Colonel Tamsin Vey"). */
function skipRanks(s: AnalysedSentence, from: number): number {
  return s.cues.find((c) => c.kind === 'honorific' && c.first === from)?.last ?? from;
}

/** True when one of `nouns` stands within `span` tokens before `i` with no comma between. */
function nounBeforeInClause(s: AnalysedSentence, i: number, nouns: ReadonlySet<string>, span: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - span); j--) {
    const t = s.tokens[j]?.lower ?? '';
    if (t === ',' || t === ';') return false;
    if (nouns.has(t)) return true;
  }
  return false;
}

/** The nearest entity before token `i` that passes `accept`: the head a relative clause hangs on. */
function nearestBefore(ctx: ReadContext, s: AnalysedSentence, i: number, accept: (e: EntityDraft) => boolean): EntityDraft | undefined {
  const before = resolvedMentions(ctx, s).filter((x) => x.mention.last <= i && accept(x.entity));
  // The sentence's subject: a name in a prepositional phrase ("in the city of X") is not one.
  const subjects = before.filter((x) => !['of', 'in', 'at', 'from', 'by', 'to', 'on'].includes(s.tokens[x.mention.first - 1]?.lower ?? ''));
  const pick = subjects[subjects.length - 1] ?? before[before.length - 1];
  return pick?.entity ?? subjectPronoun(ctx, s, i);
}

/** The agent of a passive around token `i`: "filed by the Senate ... against X", "the strike against X was called by Y". */
function byAgent(ctx: ReadContext, s: AnalysedSentence, i: number): EntityDraft | undefined {
  const candidates = [...Array.from({ length: 10 }, (_, n) => i - 1 - n), ...Array.from({ length: 10 }, (_, n) => i + 1 + n)];
  for (const j of candidates) {
    if (s.tokens[j]?.lower !== 'by' || (j > i && !['was', 'were', 'been', 'is'].some((v) => s.tokens.slice(i, j).some((t) => t.lower === v)))) continue;
    let k = j + 1;
    if (s.tokens[k]?.lower === 'the') k++;
    const agent = referentStartingAt(ctx, s, k)?.entity;
    if (agent) return agent;
  }
  return undefined;
}

/** "the president" or a name: whoever made a request. */
function requesterEndingAt(ctx: ReadContext, s: AnalysedSentence, i: number): EntityDraft | undefined {
  const named = entityOf(ctx, mentionEndingAt(s, i));
  if (named) return named;
  const title = s.tokens[i]?.lower ?? '';
  return TITLES[title] ? holderOfTitle(ctx, title) : undefined;
}

function requesterStartingAt(ctx: ReadContext, s: AnalysedSentence, i: number): EntityDraft | undefined {
  let k = i;
  if (s.tokens[k]?.lower === 'the') k++;
  const named = referentStartingAt(ctx, s, k);
  if (named) return named.entity;
  const title = s.tokens[k]?.lower ?? '';
  return TITLES[title] ? holderOfTitle(ctx, title) : undefined;
}

/**
 * The person a title refers to ("the president"): the last one given that title before sentence
 * `before`, else the only one given it anywhere in the document.
 */
export function holderOfTitle(ctx: ReadContext, title: string, before = -1): EntityDraft | undefined {
  const holders = titleHolders(ctx, title);
  const earlier = holders.filter((h) => h.sentence <= before);
  if (earlier.length) return earlier[earlier.length - 1]?.person;
  const distinct = new Set(holders.map((h) => h.person));
  return distinct.size === 1 ? [...distinct][0] : undefined;
}

const holdersCache = new WeakMap<ReadContext, Map<string, { person: EntityDraft; sentence: number }[]>>();

/** Every person given `title` next to their name, in reading order; computed once per document and title. */
function titleHolders(ctx: ReadContext, title: string): { person: EntityDraft; sentence: number }[] {
  const byTitle = holdersCache.get(ctx) ?? new Map<string, { person: EntityDraft; sentence: number }[]>();
  holdersCache.set(ctx, byTitle);
  const cached = byTitle.get(title);
  if (cached) return cached;
  const holders: { person: EntityDraft; sentence: number }[] = [];
  for (const s of ctx.sentences) {
    for (const m of s.mentions) {
      const e = ctx.resolution.entityOf(m);
      if (e?.type !== 'PERSON') continue;
      const near = ` ${[...s.tokens.slice(Math.max(0, m.first - 3), m.first), ...s.tokens.slice(m.last, m.last + 5)].map((t) => t.lower).join(' ')} `;
      if (near.includes(` ${title} `)) holders.push({ person: e, sentence: s.span.index });
    }
  }
  byTitle.set(title, holders);
  return holders;
}

function skip(s: AnalysedSentence, from: number): number {
  let k = from;
  while (k < s.tokens.length && SKIP_AFTER_VERB.has(s.tokens[k]?.lower ?? '')) k++;
  return k;
}

/** Skip the descriptor between a verb and a name: "banned Norwegian airline Nordwind Air". */
function skipDescriptors(s: AnalysedSentence, from: number): number {
  let k = skip(s, from);
  for (let n = 0; n < 3; n++) {
    const cue = s.cues.find((c) => c.kind === 'demonym' && c.first === k);
    if (cue) k = cue.last;
    else if (s.tokens[k] && !s.tokens[k]?.cap && s.tokens[k]?.word && !['from', 'in', 'on', 'by', 'to'].includes(s.tokens[k]?.lower ?? '')) k++;
    else break;
  }
  return k;
}

/** A place named at token `i`, or the country a demonym there implies ("Kazakh territory"). */
function placeStartingAt(ctx: ReadContext, s: AnalysedSentence, i: number): EntityDraft | undefined {
  const k = s.tokens[i]?.lower === 'the' ? i + 1 : i;
  const found = referentStartingAt(ctx, s, k);
  return found && PLACE_TYPES.has(found.entity.type) ? found.entity : undefined;
}
