// MEMBER_OF rules: "an alliance consisting of A, B and C", "A and B are members of the C",
// "the bloc's member states, A and B", "President X of the ruling Unity Party", "X, of the Y council".
import { PLACE_TYPES } from '../../domain/entity-type.js';
import { type EntityDraft } from '../04-entities.js';
import { BELONG_VERBS, JOIN_VERBS, MEMBER_GROUP_NOUNS, MEMBER_NOUNS, MEMBERSHIP_PHRASES } from '../model/triggers.js';
import { SPEECH_VERB_SET } from '../model/vocabulary.js';
import { entityOf, mentionStartingAt, referentEndingAt, referentAfterArticle, referentStartingAt, resolvedMentions, tokenQuoted } from '../sentence-tools.js';
import { describedBody, describedHead } from './descriptions.js';
import { clauseSubjects, isNegated, listAfter, subjectPronoun } from './readers.js';
import { phraseAt } from '../tokens.js';
import { defineFamily, pattern } from './rule.js';
import { titlesBefore } from './titles.js';

const PARTY_NAME = /\b(party|movement|front|congress|alliance|union|democrats|republicans)$/i;

/** "President X of the ruling Unity Party", "President X's Unity Party", "X (Unity Party)", "the Unity Party's X": the person's party. */
const personOfParty = pattern({
  predicate: 'MEMBER_OF',
  triggers: 'mention',
  confidence: 0.7,
  read({ ctx }, s, at) {
    const m = mentionStartingAt(s, at);
    const person = entityOf(ctx, m);
    if (!m || person?.type !== 'PERSON') return [];
    const isParty = (e: EntityDraft | undefined): e is EntityDraft => Boolean(e && e.type === 'ORGANIZATION' && PARTY_NAME.test(e.name));
    // "the Unity Party's X": the party that possesses the person.
    const owner = s.tokens[m.first - 1]?.text === "'s" ? referentEndingAt(ctx, s, m.first - 2)?.entity : undefined;
    if (isParty(owner)) return [{ subject: person, object: owner }];
    let k = m.last;
    if (s.tokens[k]?.text === "'s" || s.tokens[k]?.text === '(') k++;
    else if (s.tokens[k]?.lower === 'of') {
      k++;
      if (s.tokens[k]?.lower === 'the') k++;
      // "of the ruling X", "of the centre-right X", "of the small far-left X": lower-case qualifiers of the party.
      for (const end = k + MAX_PARTY_QUALIFIERS; k < end && (s.tokens[k]?.text === '-' || (s.tokens[k]?.word && !s.tokens[k]?.cap));) k++;
    } else return [];
    const body = referentStartingAt(ctx, s, k);
    // "X (Unity Party)", "X (MDC)": the party in parentheses, alone; any body there is the person's.
    const inParentheses = s.tokens[m.last]?.text === '(';
    if (inParentheses && s.tokens[body?.last ?? -1]?.text !== ')') return [];
    if (inParentheses && body?.entity.type === 'ORGANIZATION') return [{ subject: person, object: body.entity }];
    return isParty(body?.entity) ? [{ subject: person, object: body.entity }] : [];
  },
});

/** Tokens of lower-case qualifiers read between "of the" and a party's name ("centre - right" is three). */
const MAX_PARTY_QUALIFIERS = 5;

const MEMBER_BODIES = new Set(['ORGANIZATION', 'GOVERNMENT_BODY', 'NEWS_AGENCY', 'ALLIANCE']);

/** "X, of the Oskar provincial council", "said Y of the Halvorsen Institute": a person's body after the name. */
const appositiveOf = pattern({
  predicate: 'MEMBER_OF',
  triggers: 'mention',
  confidence: 0.7,
  read({ ctx }, s, at) {
    const m = mentionStartingAt(s, at);
    const person = entityOf(ctx, m);
    if (!m || person?.type !== 'PERSON') return [];
    const comma = s.tokens[m.last]?.text === ',';
    const of = comma ? m.last + 1 : m.last;
    if (s.tokens[of]?.lower !== 'of') return [];
    // "of The Globe and Mail": a "The" that belongs to the name starts the mention.
    const body = (referentStartingAt(ctx, s, of + 1) ?? (s.tokens[of + 1]?.lower === 'the' ? referentStartingAt(ctx, s, of + 2) : undefined))?.entity;
    if (!body || body.type === 'PERSON' || body.type === 'COUNTRY') return [];
    // Without a comma only a body, and only for a person with no title (whose title rule reads it).
    if (!comma && (!MEMBER_BODIES.has(body.type) || titlesBefore(ctx, s, m).length)) return [];
    return [{ subject: person, object: body }];
  },
});

/** Lower-case words a member noun may follow: "a leading politician", "a senior member". */
const MAX_MEMBER_QUALIFIERS = 3;

/** "X, a leading politician of the Unity Movement", "X, a corporal in the Tarsk Defence Forces": the body X belongs to. */
const memberNoun = pattern({
  predicate: 'MEMBER_OF',
  triggers: 'mention',
  confidence: 0.7,
  read({ ctx }, s, at) {
    const m = mentionStartingAt(s, at);
    const person = entityOf(ctx, m);
    if (!m || person?.type !== 'PERSON' || s.tokens[m.last]?.text !== ',') return [];
    let k = m.last + 1;
    if (!['a', 'an', 'the'].includes(s.tokens[k]?.lower ?? '')) return [];
    k++;
    for (let n = 0; n < MAX_MEMBER_QUALIFIERS && s.tokens[k]?.word && !s.tokens[k]?.cap && !MEMBER_NOUNS.has(s.tokens[k]?.lower ?? ''); n++) k++;
    if (!MEMBER_NOUNS.has(s.tokens[k]?.lower ?? '') || !['of', 'in', 'with', 'for'].includes(s.tokens[k + 1]?.lower ?? '')) return [];
    const body = referentAfterArticle(ctx, s, k + 2)?.entity;
    return body && MEMBER_BODIES.has(body.type) ? [{ subject: person, object: body }] : [];
  },
});

/** "Italy and other EU member states", "China and other members of the SCO": the one named before "and other". */
const andOtherMembers = pattern({
  predicate: 'MEMBER_OF',
  triggers: ['other'],
  confidence: 0.8,
  read({ ctx }, s, i) {
    if (s.tokens[i - 1]?.lower !== 'and' || tokenQuoted(ctx, s, i)) return [];
    const member = referentEndingAt(ctx, s, i - 2)?.entity;
    if (!member || (member.type !== 'COUNTRY' && !MEMBER_BODIES.has(member.type))) return [];
    // "and other members of the SCO"
    if (s.tokens[i + 1]?.lower === 'members' && s.tokens[i + 2]?.lower === 'of') {
      const body = referentAfterArticle(ctx, s, i + 3)?.entity;
      return body && body !== member && MEMBER_BODIES.has(body.type) ? [{ subject: member, object: body }] : [];
    }
    // "and other EU member states"
    const body = referentStartingAt(ctx, s, i + 1);
    const states = body && s.tokens[body.last]?.lower === 'member' && MEMBER_GROUP_NOUNS.has(s.tokens[body.last + 1]?.lower ?? '');
    return states && body.entity !== member && MEMBER_BODIES.has(body.entity.type) ? [{ subject: member, object: body.entity }] : [];
  },
});

const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'become', 'becomes', 'became', 'remain', 'remains', 'as', ',']);
const PHRASES = MEMBERSHIP_PHRASES.map((p) => p.split(' '));

/** "an alliance consisting of Sweden, Iceland and Latvia", "whose members are A and B". */
const membershipList = pattern({
  predicate: 'MEMBER_OF',
  triggers: [...new Set(PHRASES.map((words) => words[0] as string))],
  confidence: 0.85,
  read({ ctx }, s, i) {
    const words = phraseAt(s.tokens, i, PHRASES);
    if (!words || tokenQuoted(ctx, s, i)) return [];
    const body = [...resolvedMentions(ctx, s)].reverse().find((x) => x.mention.last <= i && x.entity.type !== 'COUNTRY' && x.entity.type !== 'PERSON');
    if (!body) return [];
    return listAfter(ctx, s, i + words.length).map((member) => ({ subject: member, object: body.entity }));
  },
});

/** "The bloc's three other member states, Latvia, Estonia and Lithuania". */
const memberStates = pattern({
  predicate: 'MEMBER_OF',
  triggers: ['member'],
  confidence: 0.75,
  read({ ctx }, s, i) {
    if (!MEMBER_GROUP_NOUNS.has(s.tokens[i + 1]?.lower ?? '')) return [];
    let j = i - 1;
    while (j > 0 && s.tokens[j]?.word && !s.tokens[j]?.cap) j--;
    if (s.tokens[j]?.text !== "'s") return [];
    const ownerWord = s.tokens[j - 1]?.lower ?? '';
    const head = describedHead(ownerWord);
    const owner = referentEndingAt(ctx, s, j - 1)?.entity ?? (head ? describedBody(ctx, head, s.span.index) : undefined);
    const from = s.tokens[i + 2]?.text === ',' ? i + 3 : i + 2;
    return owner
      ? listAfter(ctx, s, from)
          .filter((m) => m.type === 'COUNTRY')
          .map((member) => ({ subject: member, object: owner }))
      : [];
  },
});

/** "A, B and C are all members of the D", "X belongs to the D", "X is a member of D". */
const memberOf = pattern({
  predicate: 'MEMBER_OF',
  triggers: ['members', 'member', ...BELONG_VERBS],
  confidence: 0.8,
  read({ ctx }, s, i) {
    const isMembers = s.tokens[i + 1]?.lower === 'of' && !BELONG_VERBS.has(s.tokens[i]?.lower ?? '');
    if ((!isMembers && !BELONG_VERBS.has(s.tokens[i]?.lower ?? '')) || tokenQuoted(ctx, s, i)) return [];
    // "A and B are both members of C", "X became a member of C": a copula states it; "met members of C" does not.
    if (isMembers && !s.tokens.slice(Math.max(0, i - 5), i).some((t) => COPULAS.has(t.lower))) return [];
    let k = i + (isMembers ? 2 : 1);
    if (s.tokens[k]?.lower === 'to') k++;
    while (['the', 'ruling', 'opposition', 'governing', 'both'].includes(s.tokens[k]?.lower ?? '')) k++;
    const head = describedHead(s.tokens[k]?.lower ?? '');
    const described = head ? describedBody(ctx, head, s.span.index) : undefined;
    const bodies = [...listAfter(ctx, s, k), ...(described ? [described] : [])].filter((e) => e.type !== 'PERSON' && !PLACE_TYPES.has(e.type));
    if (!bodies[0]) return [];
    const members = resolvedMentions(ctx, s).filter((x) => x.mention.last <= i && (x.entity.type === 'PERSON' || x.entity.type === 'COUNTRY'));
    const subjects = members.length ? members.map((x) => x.entity) : [subjectPronoun(ctx, s, i)].filter((e): e is EntityDraft => Boolean(e));
    return subjects.flatMap((member) => bodies.map((group) => ({ subject: member, object: group })));
  },
});

/** "the Tarsk Economic Community (TEC), of which Uruguay is a member". */
const ofWhichMember = pattern({
  predicate: 'MEMBER_OF',
  triggers: ['which'],
  confidence: 0.8,
  read({ ctx }, s, at) {
    const i = at - 1;
    if (s.tokens[i]?.lower !== 'of') return [];
    const member = referentAfterArticle(ctx, s, i + 2);
    const lower = (k: number): string => s.tokens[k]?.lower ?? '';
    if (!member || !['is', 'was', 'are'].includes(lower(member.last)) || !['a', 'an'].includes(lower(member.last + 1)) || lower(member.last + 2) !== 'member')
      return [];
    const body = [...resolvedMentions(ctx, s, true)]
      .reverse()
      .find((x) => x.mention.last <= i && x.entity.type !== 'PERSON' && !PLACE_TYPES.has(x.entity.type));
    return body ? [{ subject: member.entity, object: body.entity }] : [];
  },
});

/**
 * "Turkey, a NATO member, objected", "Sweden became NATO's 32nd member": a body's name (or its
 * possessive) before "member", said of the country or person before it.
 */
const bodyMember = pattern({
  predicate: 'MEMBER_OF',
  triggers: ['member'],
  confidence: 0.8,
  read({ ctx }, s, i) {
    if (tokenQuoted(ctx, s, i) || s.tokens[i + 1]?.lower === 'of') return [];
    let j = i - 1;
    // "NATO's 32nd member", "a founding NATO member", "a full EU member".
    if (/^\d+(st|nd|rd|th)$/.test(s.tokens[j]?.text ?? '') || ORDINAL_WORDS.has(s.tokens[j]?.lower ?? '')) j--;
    const possessive = s.tokens[j]?.text === "'s";
    const body = referentEndingAt(ctx, s, possessive ? j - 1 : j);
    if (!body || !MEMBER_BODIES.has(body.entity.type)) return [];
    let k = body.first - 1;
    while (k > 0 && MEMBER_QUALIFIERS.has(s.tokens[k]?.lower ?? '')) k--;
    const link = s.tokens[k]?.lower ?? '';
    // "Turkey, a NATO member," or "Sweden became NATO's member": the name before the link.
    const appositive = (link === 'a' || link === 'an') && s.tokens[k - 1]?.text === ',';
    const copula = COPULAS.has(link) || ((link === 'a' || link === 'an') && COPULAS.has(s.tokens[k - 1]?.lower ?? ''));
    if (!appositive && !copula) return [];
    // Past the article and the comma or copula before it, else past the copula alone.
    const end = link === 'a' || link === 'an' ? k - 2 : k - 1;
    const member = referentEndingAt(ctx, s, end)?.entity;
    return member && (member.type === 'COUNTRY' || member.type === 'PERSON') ? [{ subject: member, object: body.entity }] : [];
  },
});
const ORDINAL_WORDS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'newest', 'latest', 'last', 'youngest', 'founding']);
const MEMBER_QUALIFIERS = new Set(['founding', 'full', 'leading', 'senior', 'longtime', 'long-standing', 'key', 'prominent']);

/** "Sweden joined NATO in 2024", "Kenya and Uganda joined the trade bloc": joining a body makes a member. */
const joinedBody = pattern({
  predicate: 'MEMBER_OF',
  triggers: [...JOIN_VERBS],
  confidence: 0.75,
  read({ ctx }, s, i) {
    // "has not joined", "never joined": no member; a quote is someone's claim.
    if (isNegated(s, i) || tokenQuoted(ctx, s, i)) return [];
    const k = s.tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1;
    const bodies = listAfter(ctx, s, k).filter((e) => MEMBER_BODIES.has(e.type));
    if (!bodies.length) return [];
    const members = clauseSubjects(ctx, s, i, (e) => e.type === 'COUNTRY' || e.type === 'PERSON');
    return members.flatMap((member) => bodies.map((group) => ({ subject: member, object: group })));
  },
});

/**
 * "NATO members Turkey and Greece", "EU member states France and Germany", "fellow NATO member
 * Turkey": a body's name before "member(s)" and the countries named right after.
 */
const namedMembers = pattern({
  predicate: 'MEMBER_OF',
  triggers: ['member', 'members'],
  confidence: 0.8,
  read({ ctx }, s, i) {
    if (tokenQuoted(ctx, s, i)) return [];
    const body = referentEndingAt(ctx, s, i - 1);
    // "Former NATO member France": a member no longer.
    if (!body || !MEMBER_BODIES.has(body.entity.type) || ['former', 'ex'].includes(s.tokens[body.first - 1]?.lower ?? '')) return [];
    let k = MEMBER_GROUP_NOUNS.has(s.tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
    if (s.tokens[k]?.text === ',') k++;
    const first = referentStartingAt(ctx, s, k);
    // "NATO members, Turkey said, must pay": a speaker set off, not a member named.
    if (first?.entity.type !== 'COUNTRY' || SPEECH_VERB_SET.has(s.tokens[first.last]?.lower ?? '')) return [];
    return listAfter(ctx, s, k)
      .filter((e) => e.type === 'COUNTRY')
      .map((member) => ({ subject: member, object: body.entity }));
  },
});

/** "member states of the African Union, including Kenya and Ghana": the countries listed after the body. */
const membersOfIncluding = pattern({
  predicate: 'MEMBER_OF',
  triggers: ['members', 'member'],
  confidence: 0.75,
  read({ ctx }, s, i) {
    let k = MEMBER_GROUP_NOUNS.has(s.tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
    if (s.tokens[k]?.lower !== 'of' || tokenQuoted(ctx, s, i)) return [];
    k = s.tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    const body = referentStartingAt(ctx, s, k);
    if (!body || !MEMBER_BODIES.has(body.entity.type)) return [];
    let j = body.last;
    if (s.tokens[j]?.text === ',') j++;
    if (s.tokens[j]?.lower === 'including') j++;
    else if (s.tokens[j]?.lower === 'such' && s.tokens[j + 1]?.lower === 'as') j += 2;
    else return [];
    return listAfter(ctx, s, j)
      .filter((e) => e.type === 'COUNTRY')
      .map((member) => ({ subject: member, object: body.entity }));
  },
});

/** A person's party or body beside the name. */
export const PERSON_OF_BODY = defineFamily('person-of-body', 'MEMBER_OF', [personOfParty, appositiveOf, memberNoun]);
/** Lists of members: "consisting of A and B", "the bloc's member states, A and B", "of which A is a member". */
export const MEMBERSHIP_LIST = defineFamily('membership-list', 'MEMBER_OF', [
  membershipList,
  memberStates,
  ofWhichMember,
  bodyMember,
  namedMembers,
  membersOfIncluding,
  andOtherMembers,
]);
/** "A and B are members of C", "A belongs to C", "A joined C". */
export const MEMBER_OF = defineFamily('member-of', 'MEMBER_OF', [memberOf, joinedBody]);

export const MEMBER_OF_RULES = [PERSON_OF_BODY, MEMBERSHIP_LIST, MEMBER_OF] as const;
