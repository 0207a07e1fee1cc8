// ALLIED_WITH rules: "encouraging allies such as Japan", "Freedonia and Sylvania are allies",
// "Russia, Mongolia's closest military ally", "aligned with Iran", "supporting the government of X".
import { PLACE_TYPES } from '../../domain/entity-type.js';
import { ALIGN_WORDS, ALLY_NOUNS, ALLY_VERBS } from '../model/triggers.js';
import { referentEndingAt, referentStartingAt, resolvedMentions, tokenQuoted } from '../sentence-tools.js';
import { isPossessiveMark } from '../tokens.js';
import { clauseSubject, isActor, listAfter, nearestBefore, skip } from './readers.js';
import { defineFamily, pattern, one } from './rule.js';

const COPULAS = new Set(['are', 'were', 'remain']);

/** "allies such as A and B", "allies including A". */
const alliesSuchAs = pattern({
  predicate: 'ALLIED_WITH',
  triggers: ['allies'],
  confidence: 0.75,
  read({ ctx }, s, i) {
    const next = s.tokens[i + 1]?.lower ?? '';
    if (!['such', 'including', 'like'].includes(next) || tokenQuoted(ctx, s, i)) return [];
    const subject = clauseSubject(ctx, s, i, isActor);
    return subject ? listAfter(ctx, s, next === 'such' ? i + 3 : i + 2).map((ally) => ({ subject, object: ally })) : [];
  },
});

/** "Freedonia and Sylvania are close allies", "A and B remain partners". */
const areAllies = pattern({
  predicate: 'ALLIED_WITH',
  triggers: [...ALLY_NOUNS],
  confidence: 0.75,
  read({ ctx }, s, i) {
    const w = s.tokens[i]?.lower;
    const copula = COPULAS.has(s.tokens[i - 1]?.lower ?? '') || (w === 'allies' && COPULAS.has(s.tokens[i - 2]?.lower ?? ''));
    if (w === 'ally' || !copula || tokenQuoted(ctx, s, i)) return [];
    const pair = resolvedMentions(ctx, s).filter(
      (x) => x.mention.last <= i && x.entity.type !== 'PERSON' && x.entity.type !== 'CITY' && x.entity.type !== 'REGION',
    );
    return pair.length === 2 ? one(pair[0]?.entity, pair[1]?.entity) : [];
  },
});

/** "Russia, Mongolia's closest military ally, ...". */
const appositiveAlly = pattern({
  predicate: 'ALLIED_WITH',
  triggers: ['ally'],
  confidence: 0.75,
  read({ ctx }, s, i) {
    if (s.tokens[i + 1]?.text !== ',' || tokenQuoted(ctx, s, i)) return [];
    let j = i - 1;
    while (j > 0 && s.tokens[j]?.word && !s.tokens[j]?.cap) j--;
    if (s.tokens[j]?.text !== "'s") return [];
    const partner = referentEndingAt(ctx, s, j - 1);
    const before = partner ? referentEndingAt(ctx, s, partner.first - 2) : undefined;
    return partner && before && s.tokens[partner.first - 1]?.text === ',' ? one(before.entity, partner.entity) : [];
  },
});

/** "aligned with Iran", "allied with the Council". */
const alignedWith = pattern({
  predicate: 'ALLIED_WITH',
  triggers: [...ALIGN_WORDS],
  confidence: 0.75,
  read({ ctx }, s, i) {
    if (s.tokens[i + 1]?.lower !== 'with' || tokenQuoted(ctx, s, i)) return [];
    return one(nearestBefore(ctx, s, i, isActor), referentStartingAt(ctx, s, skip(s, i + 2))?.entity);
  },
});

/** "supporting X", "to support X"; never the noun ("in support of X") nor what X owns ("X's mission"). */
const supporting = pattern({
  predicate: 'ALLIED_WITH',
  triggers: [...ALLY_VERBS],
  confidence: 0.65,
  read({ ctx }, s, i) {
    if ((s.tokens[i]?.lower === 'support' && s.tokens[i - 1]?.lower !== 'to') || tokenQuoted(ctx, s, i)) return [];
    const subject = clauseSubject(ctx, s, i, (e) => e.type === 'COUNTRY' || e.type === 'ALLIANCE');
    const object = referentStartingAt(ctx, s, skip(s, i + 1));
    // "to support the UN's peacekeeping operation": what is supported is the body's, not the body.
    if (isPossessiveMark(s.tokens[object?.last ?? -1])) return [];
    return object && !PLACE_TYPES.has(object.entity.type) ? one(subject, object.entity) : [];
  },
});

export const ALLIED_WITH = defineFamily('allied-with', 'ALLIED_WITH', [alliesSuchAs, areAllies, appositiveAlly, alignedWith, supporting]);

export const ALLIED_WITH_RULES = [ALLIED_WITH] as const;
