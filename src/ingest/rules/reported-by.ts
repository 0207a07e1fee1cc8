// REPORTED_BY rules (speaker -> the news agency that carried the words): "Speaking on Velora TV, X
// said", "X said in a statement read on state broadcaster VTV", "X told KFM radio", "In an interview
// with Al Jazeera, X said", "In a statement quoted by Reuters, the CRM said", "X said, according to
// AFP", "BBC's X said" (who also works there).
import { ORGANISATION_TYPES } from '../../domain/entity-type.js';
import { type AnalysedSentence } from '../03-mentions.js';
import { type EntityDraft } from '../04-entities.js';
import { type ReadContext } from '../context.js';
import { CARRIER_LINKS, CARRY_VERBS, FRAME_NOUNS, PUBLISHED_WORDS, PUBLISH_VERBS, SPEAKING_OPENERS, TELL_VERBS } from '../model/triggers.js';
import { SPEECH_VERB_SET, SPEECH_VERBS } from '../model/vocabulary.js';
import { entityOf, lastPersonBefore, mentionStartingAt, referentEndingAt, referentStartingAt, resolvedMentions, tokenQuoted } from '../sentence-tools.js';
import { clauseSubject, isActor, isPassive, nearestBefore, skip, skipDescriptors } from './readers.js';
import { type Claim, defineFamily, pattern, one } from './rule.js';

const isPerson = (e: EntityDraft): boolean => e.type === 'PERSON';

/** The news agency named at token `k`, if one is. */
function agencyAt(ctx: ReadContext, s: AnalysedSentence, k: number): EntityDraft | undefined {
  // "on Kenyan radio station Capital FM": past the outlet's description to its name, within the phrase.
  for (let j = k; j < k + MAX_OUTLET_DESCRIPTION && j < s.tokens.length; j++) {
    const demonym = s.cues.some((c) => c.kind === 'demonym' && c.first === j);
    const found = demonym ? undefined : referentStartingAt(ctx, s, j);
    if (found) return found.entity.type === 'NEWS_AGENCY' ? found.entity : undefined;
    if (!demonym && !OUTLET_DESCRIPTION.has(s.tokens[j]?.lower ?? '')) return undefined;
  }
  return undefined;
}
/** Words of an outlet's description before its name: "Kenyan radio station", "the state broadcaster". */
const MAX_OUTLET_DESCRIPTION = 5;
const OUTLET_DESCRIPTION = new Set([
  'the',
  'radio',
  'station',
  'television',
  'channel',
  'broadcaster',
  'network',
  'newspaper',
  'daily',
  'state',
  'public',
  'private',
  'local',
  'national',
  'news',
  'agency',
  'website',
]);

/** The first person named after token `k`. */
function personAfter(ctx: ReadContext, s: AnalysedSentence, k: number): EntityDraft | undefined {
  return resolvedMentions(ctx, s).find((x) => x.mention.first > k && x.entity.type === 'PERSON')?.entity;
}

/** "Speaking on Velora TV, X said"; "In an interview with Al Jazeera, X said"; "X said in an interview with the BBC". */
const speakingOn = pattern({
  predicate: 'REPORTED_BY',
  triggers: ['speaking', 'interview'],
  confidence: 0.8,
  read({ ctx }, s, i) {
    const link = s.tokens[i + 1]?.lower ?? '';
    if (tokenQuoted(ctx, s, i)) return [];
    // "Speaking in a BBC interview, the minister said": the agency names the interview.
    const owner = s.tokens[i]?.lower === 'interview' ? referentEndingAt(ctx, s, i - 1) : undefined;
    if (owner?.entity.type === 'NEWS_AGENCY') {
      const frame = frameStart(s, owner.first);
      if (frame < 0) return [];
      return one(frame <= 1 ? personAfter(ctx, s, i) : nearestBefore(ctx, s, i, isPerson), owner.entity);
    }
    const fits = s.tokens[i]?.lower === 'speaking' ? link === 'on' || link === 'to' : link === 'with' || link === 'to';
    if (!fits) return [];
    // "X said in an interview with the BBC": the speaker before it, unless the phrase opens the sentence.
    // "X, speaking on Y, said": a speaker set off before a short opening phrase.
    const speaker =
      i > 3 ? (nearestBefore(ctx, s, i, isPerson) ?? personAfter(ctx, s, i + 2)) : (personAfter(ctx, s, i + 2) ?? nearestBefore(ctx, s, i, isPerson));
    return one(speaker, agencyAt(ctx, s, skip(s, i + 2)));
  },
});

/**
 * "In a statement published in the Daily Vell, X said"; "X said in an article published by Reuters":
 * the outlet that published the words carries them. The speaker follows a phrase that opens the
 * sentence, else precedes the phrase.
 */
const publishedIn = pattern({
  predicate: 'REPORTED_BY',
  triggers: [...PUBLISH_VERBS],
  confidence: 0.75,
  read({ ctx }, s, i) {
    const link = s.tokens[i + 1]?.lower ?? '';
    if ((link !== 'in' && link !== 'by') || !PUBLISHED_WORDS.has(s.tokens[i - 1]?.lower ?? '') || tokenQuoted(ctx, s, i)) return [];
    // The words are the speaker's own only in a frame ("in a statement published ..."), not as the
    // object of what someone says ("X said a statement published in Y was false").
    const frame = frameStart(s, i - 1);
    if (frame < 0) return [];
    const agency = agencyAt(ctx, s, skipDescriptors(s, i + 2));
    if (!agency) return [];
    // A frame that opens the sentence is followed by its speaker; any other follows the speaker.
    if (frame === 0) return one(personAfter(ctx, s, i + 2), agency);
    // After the speaker's verb of speech ("X was named in an article published by Y" is no speech of X's).
    return SPEECH_VERB_SET.has(s.tokens[frame - 1]?.lower ?? '') ? one(nearestBefore(ctx, s, i, isPerson), agency) : [];
  },
});

/** The token of the "in" that opens the noun phrase ending at token `noun` ("in a statement"), or -1. */
function frameStart(s: AnalysedSentence, noun: number): number {
  for (let j = noun - 1; j >= Math.max(0, noun - 4); j--) {
    const t = s.tokens[j];
    if (t?.lower === 'in') return j;
    if (!t?.word || t.cap) return -1;
  }
  return -1;
}

/** "X said in a statement read on state broadcaster VTV", "X said, according to AFP". */
const saidOnAgency = pattern({
  predicate: 'REPORTED_BY',
  triggers: SPEECH_VERBS,
  confidence: 0.7,
  read({ ctx }, s, i) {
    if (tokenQuoted(ctx, s, i)) return [];
    const speaker = nearestBefore(ctx, s, i, isPerson);
    if (!speaker) return [];
    for (let k = i + 1; k < Math.min(s.tokens.length, i + 10); k++) {
      const link = s.tokens[k - 1]?.lower ?? '';
      // "said on VTV", "told KFM radio": a link word, or the agency as the object of a verb of telling.
      if (!CARRIER_LINKS.has(link) && !(k === i + 1 && TELL_VERBS.has(s.tokens[i]?.lower ?? ''))) continue;
      // The link is the verb's ("said on VTV", "said in a statement read on VTV"), not a noun's of what
      // was said ("said the claims made by Reuters were false").
      if (k - 1 > i + 1 && !s.tokens.slice(i + 1, k - 1).some((t) => FRAME_NOUNS.has(t.lower))) continue;
      const agency = agencyAt(ctx, s, skipDescriptors(s, k));
      if (agency) return [{ subject: speaker, object: agency }];
    }
    return [];
  },
});

/** "According to AFP, X said ...": the agency carries what the named person said. */
const accordingTo = pattern({
  predicate: 'REPORTED_BY',
  triggers: ['according'],
  confidence: 0.7,
  read({ ctx }, s, i) {
    if (s.tokens[i + 1]?.lower !== 'to' || tokenQuoted(ctx, s, i)) return [];
    const agency = agencyAt(ctx, s, skipDescriptors(s, i + 2));
    if (!agency || !s.tokens.some((t) => SPEECH_VERB_SET.has(t.lower))) return [];
    return one(nearestBefore(ctx, s, i, isPerson) ?? personAfter(ctx, s, i + 2), agency);
  },
});

/** "X told AFP", "he told state television KTV". */
const toldAgency = pattern({
  predicate: 'REPORTED_BY',
  triggers: [...TELL_VERBS],
  confidence: 0.8,
  read({ ctx }, s, i) {
    if (tokenQuoted(ctx, s, i)) return [];
    const agency = agencyAt(ctx, s, skip(s, i + 1));
    if (!agency) return [];
    const w = s.tokens[i - 1]?.lower ?? '';
    const pronoun = w === 'he' || w === 'she' ? lastPersonBefore(ctx, s.span.index, i - 1, w) : undefined;
    const speaker = pronoun ?? nearestBefore(ctx, s, i, isPerson) ?? clauseSubject(ctx, s, i, (e) => isPerson(e) || ORGANISATION_TYPES.has(e.type));
    return speaker?.type !== 'NEWS_AGENCY' ? one(speaker, agency) : [];
  },
});

/** "In a statement quoted by Reuters, the Council said", "X was quoted by AFP as saying". */
const quotedByAgency = pattern({
  predicate: 'REPORTED_BY',
  triggers: [...CARRY_VERBS],
  confidence: 0.75,
  read({ ctx }, s, i) {
    if (s.tokens[i + 1]?.lower !== 'by' || tokenQuoted(ctx, s, i)) return [];
    const agency = agencyAt(ctx, s, skip(s, i + 2));
    // "X was quoted by AFP": the speaker is the passive's subject; "X, cited by Reuters, said": the name before.
    if (isPassive(s, i)) return one(clauseSubject(ctx, s, i, isActor), agency);
    const named = s.tokens[i - 1]?.text === ',' ? referentEndingAt(ctx, s, i - 2)?.entity : undefined;
    if (named && isActor(named) && named.type !== 'NEWS_AGENCY') return one(named, agency);
    const comma = s.tokens.findIndex((t, k) => k > i && t.text === ',');
    const speaker =
      comma > 0 ? resolvedMentions(ctx, s).find((x) => x.mention.first > comma && x.entity.type !== 'NEWS_AGENCY' && isActor(x.entity)) : undefined;
    return one(speaker?.entity, agency);
  },
});

/** "BBC's X said": X works for the agency, which carries the words. */
const agencyPossessive = pattern({
  predicate: 'MEMBER_OF',
  triggers: ["'s"],
  confidence: 0.75,
  read({ ctx }, s, i) {
    if (tokenQuoted(ctx, s, i)) return [];
    const agency = referentEndingAt(ctx, s, i - 1);
    const m = mentionStartingAt(s, i + 1);
    const person = entityOf(ctx, m);
    if (agency?.entity.type !== 'NEWS_AGENCY' || person?.type !== 'PERSON' || !m) return [];
    const out: Claim[] = [{ subject: person, object: agency.entity }];
    if (SPEECH_VERB_SET.has(s.tokens[m.last]?.lower ?? '')) out.push({ subject: person, object: agency.entity, predicate: 'REPORTED_BY' });
    return out;
  },
});

/**
 * "Marta Ossen of The Daily Vell said", "Writing in a blog post, Marta Ossen of The Daily Vell called
 * it...": a person of a news outlet who speaks or writes has the outlet carry the words (the
 * MEMBER_OF is person-of-body's).
 */
const speakerOfAgency = pattern({
  predicate: 'REPORTED_BY',
  triggers: ['of'],
  confidence: 0.7,
  read({ ctx }, s, i) {
    if (tokenQuoted(ctx, s, i)) return [];
    const named = referentEndingAt(ctx, s, i - 1);
    const person = named?.entity;
    const agency = referentStartingAt(ctx, s, skip(s, i + 1));
    if (!named || person?.type !== 'PERSON' || agency?.entity.type !== 'NEWS_AGENCY') return [];
    // The person is the subject: the sentence opens with the name, or with the opening phrase and its
    // comma ("the arrest of X of the BBC" is no subject).
    const opener = SPEAKING_OPENERS.has(s.tokens[0]?.lower ?? '');
    const subject = named.first === 0 || (opener && s.tokens[named.first - 1]?.text === ',');
    const speaks = opener || SPEECH_VERB_SET.has(s.tokens[agency.last]?.lower ?? '');
    return subject && speaks ? [{ subject: person, object: agency.entity }] : [];
  },
});

const AGENCY_REPORT_VERBS = new Set(['reported', 'reports', 'said', 'says']);
/** Lower-case words that describe an outlet around its name: "the state news agency TNA", "the Interfax news agency". */
const AGENCY_DESCRIPTION = new Set([
  'news',
  'agency',
  'state',
  'official',
  'state-run',
  'newspaper',
  'broadcaster',
  'television',
  'radio',
  'daily',
  'wire',
  'service',
]);

/** "X said 40 people were detained, Reuters reported": the agency after the clause carries what X said. */
const agencyReportedAfter = pattern({
  predicate: 'REPORTED_BY',
  triggers: ['reported', 'reports', 'said', 'says'],
  confidence: 0.7,
  read({ ctx }, s, i) {
    if (s.tokens[i + 1] && !['.', ';', ','].includes(s.tokens[i + 1]?.text ?? '')) return [];
    if (!AGENCY_REPORT_VERBS.has(s.tokens[i]?.lower ?? '') || tokenQuoted(ctx, s, i)) return [];
    // "..., Reuters reported", "..., the Interfax news agency reported", "..., the state news agency TNA reported".
    let end = i - 1;
    while (end > i - 4 && AGENCY_DESCRIPTION.has(s.tokens[end]?.lower ?? '') && !s.tokens[end]?.cap) end--;
    const agency = referentEndingAt(ctx, s, end);
    if (agency?.entity.type !== 'NEWS_AGENCY') return [];
    let open = agency.first - 1;
    while (open > agency.first - 5 && (AGENCY_DESCRIPTION.has(s.tokens[open]?.lower ?? '') || s.tokens[open]?.lower === 'the') && !s.tokens[open]?.cap) open--;
    if (s.tokens[open]?.text !== ',') return [];
    // The speech verb of the clause before the agency, and who spoke there.
    const verb = s.tokens.findIndex((t, k) => k < open && SPEECH_VERB_SET.has(t.lower) && !tokenQuoted(ctx, s, k));
    if (verb < 0) return [];
    const speaker = nearestBefore(ctx, s, verb, (e) => isActor(e) && e.type !== 'NEWS_AGENCY');
    return one(speaker, agency.entity);
  },
});

export const REPORTED_BY = defineFamily('reported-by', 'REPORTED_BY', [
  speakingOn,
  publishedIn,
  saidOnAgency,
  accordingTo,
  toldAgency,
  quotedByAgency,
  agencyPossessive,
  speakerOfAgency,
  agencyReportedAfter,
]);

export const REPORTED_BY_RULES = [REPORTED_BY] as const;
