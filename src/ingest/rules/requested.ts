// REQUESTED rules: "in response to the president's request", "at the request of X", "X asked Y for
// help", "He also asked neighbouring Uruguay and Paraguay for help".
import { PLACE_TYPES } from '../../domain/entity-type.js';
import { type EntityDraft } from '../04-entities.js';
import { APPEAL_VERBS, REQUEST_FROM_VERBS, REQUEST_NOUNS, REQUEST_VERBS } from '../model/triggers.js';
import { tokenQuoted } from '../sentence-tools.js';
import { actorEndingAt, actorStartingAt, clauseSubject, isActor, isBody, listAfter, skipDescriptors } from './readers.js';
import { type Claim, defineFamily, pattern, one } from './rule.js';

/** "in response to the president's request", "at the request of the Council". A speaker's announced request counts. */
const requestNoun = pattern({
  predicate: 'REQUESTED',
  triggers: [...REQUEST_NOUNS],
  confidence: 0.8,
  read({ ctx }, s, i) {
    if (s.tokens[i - 1]?.text === "'s") return one(actorEndingAt(ctx, s, i - 2), clauseSubject(ctx, s, i, isBody));
    if (s.tokens[i + 1]?.lower === 'of') return one(actorStartingAt(ctx, s, i + 2), clauseSubject(ctx, s, i, isBody));
    return [];
  },
});

/** A body or country the request may go to (people and towns receive no formal request here). */
const mayBeAsked = (o: EntityDraft): boolean => o.type === 'COUNTRY' || (!PLACE_TYPES.has(o.type) && o.type !== 'PERSON');

/** The subject's request to each listed body or country other than itself. */
function requestsOf(subject: EntityDraft | undefined, listed: readonly EntityDraft[]): Claim[] {
  return subject ? listed.filter((o) => o !== subject && mayBeAsked(o)).map((object) => ({ subject, object })) : [];
}

const URGE_VERBS = new Set(['urged', 'urges', 'urging']);
const mayBeUrged = (o: EntityDraft): boolean => o.type === 'COUNTRY' || o.type === 'GOVERNMENT_BODY' || o.type === 'ALLIANCE';

const QUESTION_WORDS = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who', 'about']);

/** "X formally asked the United Nations for help", "requested Freedonia and Sylvania to send aid". */
const askedVerb = pattern({
  predicate: 'REQUESTED',
  triggers: [...REQUEST_VERBS],
  confidence: 0.7,
  read({ ctx }, s, i) {
    // "asked whether X would help" is a question, not a request to X.
    if (s.tokens[i - 1]?.text === "'s" || tokenQuoted(ctx, s, i) || QUESTION_WORDS.has(s.tokens[i + 1]?.lower ?? '')) return [];
    const subject = clauseSubject(ctx, s, i, isActor);
    // "urged" takes any group or person as its object ("urged the miners to return"); only a state,
    // a government or an alliance urged to act is asked in the sense of REQUESTED.
    const mayBe = URGE_VERBS.has(s.tokens[i]?.lower ?? '') ? mayBeUrged : mayBeAsked;
    const objects = listAfter(ctx, s, skipDescriptors(s, i + 1)).filter(mayBe);
    return subject ? objects.map((object) => ({ subject, object })) : [];
  },
});

/** "Uganda requested assistance from the African Union", "Kenya sought help from Norway and Chile". */
const requestFrom = pattern({
  predicate: 'REQUESTED',
  triggers: [...REQUEST_FROM_VERBS],
  confidence: 0.7,
  read({ ctx }, s, i) {
    if (tokenQuoted(ctx, s, i)) return [];
    let k = i + 1;
    while (k < i + 8 && s.tokens[k]?.word && s.tokens[k]?.lower !== 'from') k++;
    if (s.tokens[k]?.lower !== 'from') return [];
    const subject = clauseSubject(ctx, s, i, isActor);
    return requestsOf(subject, listAfter(ctx, s, skipDescriptors(s, k + 1)));
  },
});

/** "The government appealed to NATO for help", "Kenya called on the Union to send aid" (a call on someone to act). */
const appealTo = pattern({
  predicate: 'REQUESTED',
  triggers: Object.keys(APPEAL_VERBS),
  confidence: 0.65,
  read({ ctx }, s, i) {
    if (tokenQuoted(ctx, s, i) || s.tokens[i + 1]?.lower !== APPEAL_VERBS[s.tokens[i]?.lower ?? '']) return [];
    const subject = clauseSubject(ctx, s, i, isActor);
    const objects = listAfter(ctx, s, skipDescriptors(s, i + 2));
    // "called on X" asks only when X is to act ("called on X to send"); "appealed to X" asks whatever follows.
    const asks = s.tokens[i + 1]?.lower === 'to' || s.tokens.slice(i + 2, i + 12).some((t) => t.lower === 'to');
    return asks ? requestsOf(subject, objects) : [];
  },
});

export const REQUESTED = defineFamily('requested', 'REQUESTED', [requestNoun, askedVerb, requestFrom, appealTo]);

export const REQUESTED_RULES = [REQUESTED] as const;
