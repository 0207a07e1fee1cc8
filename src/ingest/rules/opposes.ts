// OPPOSES rules: "a lawsuit filed by X against Y", "supporting X against the Y rebellion", "His main
// rival, X", "accusing the commission of ...", "demanded the minister's resignation", "voted to remove
// the mayor", "X opposed Y".
import { ORGANISATION_TYPES } from '../../domain/entity-type.js';
import { type AnalysedSentence } from '../03-mentions.js';
import { type ReadContext } from '../context.js';
import {
  ACCUSE_VERBS,
  AGAINST_NOUNS,
  CLASH_VERBS,
  CRITIC_NOUNS,
  DEMAND_NOUNS,
  DEMAND_VERBS,
  ACT_NOUNS,
  OPPOSE_VERBS,
  REMOVE_VERBS,
  RIVAL_NOUNS,
} from '../model/triggers.js';
import { lastPersonBefore, referentAfterArticle, referentEndingAt, referentStartingAt, tokenQuoted } from '../sentence-tools.js';
import { describedBody, describedHead } from './descriptions.js';
import { articleBefore, byAgent, clauseSubject, isActor, isBody, nounBeforeInClause, pastTitles, skip, skipDescriptors } from './readers.js';
import { defineFamily, pattern, one } from './rule.js';

const RIVAL_QUALIFIERS = new Set(['main', 'chief', 'closest', 'political', 'longtime', 'biggest', 'principal']);

/** "a lawsuit filed by X against Y", "X filed the lawsuit against Y", "the campaign against Y". */
const against = pattern({
  predicate: 'OPPOSES',
  triggers: ['against'],
  confidence: 0.7,
  read({ ctx }, s, i) {
    if (tokenQuoted(ctx, s, i)) return [];
    const object = referentStartingAt(ctx, s, skip(s, i + 1));
    const noun = nounBeforeInClause(s, i, AGAINST_NOUNS, 10);
    const headNoun = object && AGAINST_NOUNS.has(s.tokens[object.last]?.lower ?? '');
    if (!object || object.entity.type === 'CITY' || object.entity.type === 'REGION' || (!noun && !headNoun)) return [];
    return one(byAgent(ctx, s, i) ?? clauseSubject(ctx, s, i, isActor), object.entity);
  },
});

/** "His main rival, X", "Y's opponent, X". */
const rivalOf = pattern({
  predicate: 'OPPOSES',
  triggers: [...RIVAL_NOUNS],
  confidence: 0.7,
  read({ ctx }, s, i) {
    if (tokenQuoted(ctx, s, i)) return [];
    let j = i - 1;
    while (j >= 0 && RIVAL_QUALIFIERS.has(s.tokens[j]?.lower ?? '')) j--;
    const w = s.tokens[j]?.lower ?? '';
    // "lost control of the city to the rival Freedom Party": the rival named right after the noun, of the clause's subject.
    if (s.tokens[i + 1]?.cap && w === 'the') {
      const named = referentStartingAt(ctx, s, i + 1)?.entity;
      const subject = named ? clauseSubject(ctx, s, j, isActor) : undefined;
      return named && subject && subject !== named && isActor(named) ? one(subject, named) : [];
    }
    if (s.tokens[i + 1]?.text !== ',') return [];
    // "His main rival, X", "its main political rival, the Coastal Party": a person or a body.
    const rival = referentAfterArticle(ctx, s, i + 2)?.entity;
    const owner =
      s.tokens[j]?.text === "'s"
        ? referentEndingAt(ctx, s, j - 1)?.entity
        : w === 'his' || w === 'her'
          ? lastPersonBefore(ctx, s.span.index, j, w)
          : w === 'its' || w === 'their'
            ? clauseSubject(ctx, s, j, isBody)
            : undefined;
    if (!rival || !isActor(rival)) return [];
    // Rivalry runs both ways; the one the clause is about stands first ("the Unity Movement accused its rival, the Freedom Party").
    return w === 'its' || w === 'their' ? one(owner, rival) : one(rival, owner);
  },
});

const MAX_CRITIC_QUALIFIERS = 6;

/** "X, a fierce critic of President Y,", "X is a leading opponent of the Y": X opposes Y. */
const criticOf = pattern({
  predicate: 'OPPOSES',
  triggers: [...CRITIC_NOUNS],
  confidence: 0.7,
  read({ ctx }, s, i) {
    if (s.tokens[i + 1]?.lower !== 'of' || tokenQuoted(ctx, s, i)) return [];
    const target = referentStartingAt(ctx, s, pastTitles(ctx, s, skip(s, i + 2)))?.entity;
    // Back over the qualifiers and the article to the apposition's comma or the copula.
    // Back over a few qualifiers ("a fierce and longtime") to the article.
    const j = articleBefore(s, i, MAX_CRITIC_QUALIFIERS);
    if (j < 0) return [];
    // "X, a critic of Y" or "X is a critic of Y": the name right before the comma or the copula.
    const linked = [',', 'is', 'was', 'became', 'remains'].includes(s.tokens[j - 1]?.lower ?? '');
    const critic = linked ? referentEndingAt(ctx, s, j - 2)?.entity : undefined;
    return target && critic && critic !== target && isActor(critic) && isActor(target) ? one(critic, target) : [];
  },
});

/** "accusing the commission of fraud", "X accused Y of ...". */
const accused = pattern({
  predicate: 'OPPOSES',
  triggers: [...ACCUSE_VERBS],
  confidence: 0.65,
  read({ ctx }, s, i) {
    if (tokenQuoted(ctx, s, i)) return [];
    // "accused President X of fraud": past the object's title.
    const object = referentStartingAt(ctx, s, pastTitles(ctx, s, skip(s, i + 1)));
    const described = !object && s.tokens[i + 1]?.lower === 'the' ? describedHead(s.tokens[i + 2]?.lower ?? '') : undefined;
    const target = object?.entity ?? (described ? describedBody(ctx, described, s.span.index) : undefined);
    if (!target || !isActor(target)) return [];
    return one(
      clauseSubject(ctx, s, i, (e) => e.type === 'PERSON' || ORGANISATION_TYPES.has(e.type) || e.type === 'COUNTRY'),
      target,
    );
  },
});

/** "demanded the minister's resignation", "called for X's arrest". */
const demandedRemoval = pattern({
  predicate: 'OPPOSES',
  triggers: [...DEMAND_NOUNS],
  confidence: 0.7,
  read({ ctx }, s, i) {
    if (s.tokens[i - 1]?.text !== "'s" || tokenQuoted(ctx, s, i)) return [];
    const target = referentEndingAt(ctx, s, i - 2)?.entity;
    if (!target || !s.tokens.slice(Math.max(0, i - 8), i).some((t) => DEMAND_VERBS.has(t.lower))) return [];
    return one(
      clauseSubject(ctx, s, i, (e) => e.type !== 'CITY' && e.type !== 'REGION' && e !== target),
      target,
    );
  },
});

/** "voted to remove the mayor", "moved to impeach the governor". */
const votedToRemove = pattern({
  predicate: 'OPPOSES',
  triggers: [...REMOVE_VERBS],
  confidence: 0.7,
  read({ ctx }, s, i) {
    if (s.tokens[i - 1]?.lower !== 'to' || tokenQuoted(ctx, s, i)) return [];
    const object = referentStartingAt(ctx, s, skip(s, i + 1));
    return object?.entity.type === 'PERSON' ? one(clauseSubject(ctx, s, i, isBody), object.entity) : [];
  },
});

/** "the attack by X", "the strikes carried out by X": the author named after an act the clause condemns. */
function authorOfAct(ctx: ReadContext, s: AnalysedSentence, from: number): ReturnType<typeof referentStartingAt> {
  let k = from;
  if (s.tokens[k]?.lower === 'the') k++;
  if (!ACT_NOUNS.has(s.tokens[k]?.lower ?? '')) return undefined;
  k++;
  if (s.tokens[k]?.lower === 'carried' && s.tokens[k + 1]?.lower === 'out') k += 2;
  return s.tokens[k]?.lower === 'by' ? referentStartingAt(ctx, s, skip(s, k + 1)) : undefined;
}

/** "Freedonia opposed the plan of Sylvania", "the Council condemned X": a verb of the lexicon with its object. */
const opposeVerb = pattern({
  predicate: 'OPPOSES',
  triggers: [...OPPOSE_VERBS],
  confidence: 0.65,
  read({ ctx }, s, i) {
    if (tokenQuoted(ctx, s, i) || s.tokens[i - 1]?.lower === 'being') return [];
    // "criticised the ruling Unity Party": past qualifiers of the object; "condemned the attack by
    // Israel": the author of the act condemned.
    const object = referentStartingAt(ctx, s, skipDescriptors(s, i + 1)) ?? authorOfAct(ctx, s, i + 1);
    if (!object || !isActor(object.entity)) return [];
    return one(clauseSubject(ctx, s, i, isActor), object.entity);
  },
});

/** "Tarsk Front fighters clashed with the army", "X battled Y's forces": both sides oppose each other. */
const clashedWith = pattern({
  predicate: 'OPPOSES',
  triggers: [...CLASH_VERBS],
  confidence: 0.65,
  read({ ctx }, s, i) {
    if (tokenQuoted(ctx, s, i)) return [];
    const k = s.tokens[i + 1]?.lower === 'with' ? i + 2 : i + 1;
    const object = referentStartingAt(ctx, s, skip(s, k));
    if (!object || !isActor(object.entity) || object.entity.type === 'PERSON') return [];
    const subject = clauseSubject(ctx, s, i, (e) => isActor(e) && e.type !== 'PERSON');
    return subject && subject !== object.entity
      ? [
          { subject, object: object.entity },
          { subject: object.entity, object: subject },
        ]
      : [];
  },
});

export const AGAINST = defineFamily('against', 'OPPOSES', [against, clashedWith]);
/** Rivals, accusations, demands for removal and verbs of opposition. */
export const OPPOSES = defineFamily('opposes', 'OPPOSES', [rivalOf, criticOf, accused, demandedRemoval, votedToRemove, opposeVerb]);

export const OPPOSES_RULES = [AGAINST, OPPOSES] as const;
