// MET_WITH rules: "X met on Monday with Y", "X met Freedonian President Y", "for talks with General
// X", "During her meeting with X, Y said", "A and his counterparts B and C gathered in Vienna", "Y joined the talks". A news agency that
// reports a meeting is not a party to it.
import { type AnalysedSentence } from '../03-mentions.js';
import { type EntityDraft } from '../04-entities.js';
import { type ReadContext } from '../context.js';
import { AFTER_MEETING, BETWEEN_SUBJECT_AND_VERB, GATHER_VERBS, HOLD_VERBS, JOIN_VERBS, MEET_VERBS, MEETING_NOUNS, TALK_NOUNS } from '../model/triggers.js';
import { entityOf, mentionEndingAt, referentStartingAt, resolvedMentions, tokenQuoted } from '../sentence-tools.js';
import { actorStartingAt, clauseSubject, clauseSubjects, isActor, isNegated, listAfter, skip, subjectAfterOpening } from './readers.js';
import { type Claim, defineFamily, pattern } from './rule.js';

/** Who can take part in a meeting: an actor that is not the agency reporting on it. */
const isParty = (e: EntityDraft): boolean => isActor(e) && e.type !== 'NEWS_AGENCY';

/**
 * The people or bodies listed from token `from`, reading "Sylvania's defence minister, Arvid X" as
 * the minister, not the country.
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
  const listed = listAfter(ctx, s, from);
  if (listed.length) return listed;
  // "met with the prime minister": the person the article gave that title.
  const holder = actorStartingAt(ctx, s, from);
  return holder?.type === 'PERSON' ? [holder] : [];
}

const withEach = (subject: EntityDraft | undefined, objects: readonly EntityDraft[], confidence?: number): Claim[] =>
  subject && isParty(subject) ? objects.filter(isParty).map((object) => ({ subject, object, ...(confidence ? { confidence } : {}) })) : [];

/** "X met Y", "X met on Monday with Y", "X hosted Y"; "Reuters reported that X met Y" gives X and Y only. */
const metWith = pattern({
  predicate: 'MET_WITH',
  triggers: [...MEET_VERBS],
  confidence: 0.75,
  read({ ctx }, s, i) {
    if (tokenQuoted(ctx, s, i) || isNegated(s, i)) return [];
    const w = s.tokens[i]?.lower;
    let k = i + 1;
    while (k < s.tokens.length && k < i + 5 && s.tokens[k]?.lower !== 'with') k++;
    const from = s.tokens[k]?.lower === 'with' ? k + 1 : w !== 'meeting' && w !== 'meet' ? i + 1 : -1;
    const met = from < 0 ? [] : withEach(clauseSubject(ctx, s, i, isParty) ?? subjectAfterOpening(ctx, s, i, isParty), peopleAfter(ctx, s, skip(s, from)));
    return met.length || !INTRANSITIVE_MEET.has(w ?? '') ? met : metEachOther(ctx, s, i);
  },
});

/** The forms of "meet" that take no object when the subjects met each other. */
const INTRANSITIVE_MEET = new Set(['met', 'meet', 'meets']);

/**
 * "A and B met on Monday", "A and B will continue to meet": the first of the subjects met the
 * others. Only when nothing but a time, a place or the end of the clause follows the verb ("met
 * reporters", "met with fierce criticism" are met by both), and the subjects stand right before it.
 */
function metEachOther(ctx: ReadContext, s: AnalysedSentence, i: number): Claim[] {
  const next = s.tokens[i + 1];
  if (next !== undefined && next.word && !AFTER_MEETING.has(next.lower)) return [];
  const subjects = clauseSubjects(ctx, s, i, isParty);
  const last = subjects.at(-1);
  const end = last ? s.mentions.filter((m) => m.last <= i && ctx.resolution.entityOf(m) === last).at(-1)?.last : undefined;
  if (end === undefined || !s.tokens.slice(end, i).every((t) => BETWEEN_SUBJECT_AND_VERB.has(t.lower))) return [];
  const [first, ...others] = subjects;
  return withEach(first, others);
}

/** "for talks with General X", "who held separate meetings with A and B". */
const talksWith = pattern({
  predicate: 'MET_WITH',
  triggers: [...TALK_NOUNS],
  confidence: 0.7,
  read({ ctx }, s, i) {
    if (s.tokens[i + 1]?.lower !== 'with' || tokenQuoted(ctx, s, i)) return [];
    let who = -1;
    for (let j = i - 1; j > 0 && who < 0; j--) if (s.tokens[j]?.lower === 'who') who = j;
    const subject =
      who > 0
        ? (entityOf(ctx, mentionEndingAt(s, who - 2)) ?? entityOf(ctx, mentionEndingAt(s, who - 1)))
        : (clauseSubject(ctx, s, i, isParty) ?? subjectAfterOpening(ctx, s, i, isParty));
    return withEach(subject, peopleAfter(ctx, s, skip(s, i + 2)));
  },
});

/** "A and B held crisis talks", "the talks between A and B": the first party met each of the others. */
const jointTalks = pattern({
  predicate: 'MET_WITH',
  triggers: [...TALK_NOUNS],
  confidence: 0.7,
  read({ ctx }, s, i) {
    if (tokenQuoted(ctx, s, i)) return [];
    const [first, ...others] = (s.tokens[i + 1]?.lower === 'between' ? listAfter(ctx, s, skip(s, i + 2)) : holders(ctx, s, i)).filter(isParty);
    return first ? others.map((object) => ({ subject: first, object })) : [];
  },
});

/** The coordinated subjects of "held" a few plain words before the talks ("held separate crisis talks"). */
function holders(ctx: ReadContext, s: AnalysedSentence, i: number): EntityDraft[] {
  let v = i - 1;
  while (v > i - 4 && v > 0 && !HOLD_VERBS.has(s.tokens[v]?.lower ?? '') && s.tokens[v]?.word && !s.tokens[v]?.cap) v--;
  return HOLD_VERBS.has(s.tokens[v]?.lower ?? '') ? clauseSubjects(ctx, s, v, isParty) : [];
}

const HOST = 'host of the talks';

/** "A and his counterparts B and C gathered in Vienna": the first named hosts the others. */
const gatheredWith = pattern({
  predicate: 'MET_WITH',
  triggers: [...GATHER_VERBS],
  confidence: 0.7,
  read({ ctx, memory }, s, i) {
    if (s.tokens[i + 1]?.lower !== 'in' || tokenQuoted(ctx, s, i)) return [];
    const participants = resolvedMentions(ctx, s)
      .filter((x) => x.mention.last <= i && x.entity.type === 'PERSON')
      .map((x) => x.entity);
    const host = participants[0];
    if (!host || participants.length < 2) return [];
    memory.set(HOST, host);
    return participants.slice(1).map((guest) => ({ subject: host, object: guest }));
  },
});

/** "Y joined the talks": Y met the host of the talks named before. */
const joinedTalks = pattern({
  predicate: 'MET_WITH',
  triggers: [...JOIN_VERBS],
  confidence: 0.6,
  read({ ctx, memory }, s, i) {
    const host = memory.get(HOST);
    if (!host || !MEETING_NOUNS.has(s.tokens[i + 2]?.lower ?? '') || tokenQuoted(ctx, s, i)) return [];
    const guest = clauseSubject(ctx, s, i, (e) => e.type === 'PERSON');
    return guest ? [{ subject: host, object: guest }] : [];
  },
});

/** "X met Y", "talks with Y", "A and B held talks". */
export const MET_WITH = defineFamily('met-with', 'MET_WITH', [metWith, talksWith, jointTalks]);
/** "A, B and C gathered in Z", then "D joined the talks". */
export const GATHERED = defineFamily('gathered', 'MET_WITH', [gatheredWith, joinedTalks]);

export const MET_WITH_RULES = [MET_WITH, GATHERED] as const;
