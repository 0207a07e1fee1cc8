// REQUESTED rules: "in response to the president's request", "at the request of X", "X asked Y for
// help", "He also asked neighbouring Uruguay and Paraguay for help".
import { PLACE_TYPES } from '../../domain/entity-type.js';
import { REQUEST_NOUNS, REQUEST_VERBS } from '../model/triggers.js';
import { tokenQuoted } from '../sentence-tools.js';
import { actorEndingAt, actorStartingAt, clauseSubject, isActor, isBody, listAfter, skipDescriptors } from './readers.js';
import { defineFamily, pattern, one } from './rule.js';

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
    const objects = listAfter(ctx, s, skipDescriptors(s, i + 1)).filter((o) => o.type === 'COUNTRY' || (!PLACE_TYPES.has(o.type) && o.type !== 'PERSON'));
    return subject ? objects.map((object) => ({ subject, object })) : [];
  },
});

export const REQUESTED = defineFamily('requested', 'REQUESTED', [requestNoun, askedVerb]);

export const REQUESTED_RULES = [REQUESTED] as const;
