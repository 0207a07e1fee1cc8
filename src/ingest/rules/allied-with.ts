// ALLIED_WITH rules: "encouraging allies such as Japan", "Freedonia and Sylvania are allies",
// "Russia, Mongolia's closest military ally", "aligned with Iran", "supporting the government of X".
import { PLACE_TYPES } from '../../domain/entity-type.js';
import { type EntityDraft } from '../04-entities.js';
import { ALIGN_WORDS, ALLY_NOUNS, ALLY_VERBS } from '../model/triggers.js';
import { referentAfterArticle, referentEndingAt, referentStartingAt, resolvedMentions, tokenQuoted } from '../sentence-tools.js';
import { isPossessiveMark } from '../tokens.js';
import { articleBefore, clauseSubject, isActor, listAfter, nearestBefore, skip } from './readers.js';
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

const MAX_PARTNER_QUALIFIERS = 4;
/** Words that make a partner an ally: "a coalition partner", "a strategic partner". */
const ALLIANCE_PARTNERS: ReadonlySet<string> = new Set(['coalition', 'strategic', 'military', 'security', 'defence', 'defense', 'junior', 'senior']);

/** "The Unity Movement is a coalition partner with the Freedom Party", "Chile is a close partner of Peru". */
const partnerOf = pattern({
  predicate: 'ALLIED_WITH',
  triggers: ['partner'],
  confidence: 0.7,
  read({ ctx }, s, i) {
    // Only a partner in power or arms: "a trading partner of China", "a partner of Microsoft" are no allies.
    if (!['with', 'of'].includes(s.tokens[i + 1]?.lower ?? '') || !ALLIANCE_PARTNERS.has(s.tokens[i - 1]?.lower ?? '') || tokenQuoted(ctx, s, i)) return [];
    // Only what the subject is: "X is a partner of Y", not "X met a partner of Y".
    // Back over a few qualifiers ("a junior coalition") to the article and the copula before it.
    const j = articleBefore(s, i, MAX_PARTNER_QUALIFIERS);
    if (j < 0 || !['is', 'was', 'are', 'were', 'remains', 'became'].includes(s.tokens[j - 1]?.lower ?? '')) return [];
    const body = (e: EntityDraft): boolean => e.type !== 'PERSON' && !PLACE_TYPES.has(e.type);
    const partner = referentAfterArticle(ctx, s, i + 2)?.entity;
    const subject = clauseSubject(ctx, s, j - 1, (e) => body(e) || e.type === 'COUNTRY');
    return partner && (body(partner) || partner.type === 'COUNTRY') ? one(subject, partner) : [];
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

/** Lower-case words between "a" and "ally": "a close ally of", "a key military ally of". */
const ALLY_QUALIFIERS = new Set([
  'close',
  'closest',
  'key',
  'staunch',
  'longtime',
  'long-time',
  'old',
  'main',
  'military',
  'strategic',
  'important',
  'major',
  'traditional',
]);

/** "Russia is a close ally of Syria", "Russia, a key ally of Syria,": the name before and the one after "of". */
const allyOf = pattern({
  predicate: 'ALLIED_WITH',
  triggers: ['ally', 'allies'],
  confidence: 0.75,
  read({ ctx }, s, i) {
    if (s.tokens[i + 1]?.lower !== 'of' || tokenQuoted(ctx, s, i)) return [];
    let j = i - 1;
    while (j > 0 && ALLY_QUALIFIERS.has(s.tokens[j]?.lower ?? '')) j--;
    if (!['a', 'an', 'the'].includes(s.tokens[j]?.lower ?? '')) return [];
    const link = s.tokens[j - 1]?.lower ?? '';
    if (link !== ',' && !['is', 'was', 'remains', 'became'].includes(link)) return [];
    const ally = referentEndingAt(ctx, s, j - 2)?.entity;
    const partner = referentStartingAt(ctx, s, skip(s, i + 2))?.entity;
    return ally && partner && isActor(ally) && isActor(partner) ? one(ally, partner) : [];
  },
});

/** "Syria's ally Russia sent jets", "Syria's closest ally, Russia,": a possessed ally named after the noun. */
const possessedAlly = pattern({
  predicate: 'ALLIED_WITH',
  triggers: ['ally'],
  confidence: 0.7,
  read({ ctx }, s, i) {
    if (tokenQuoted(ctx, s, i)) return [];
    let j = i - 1;
    while (j > 0 && ALLY_QUALIFIERS.has(s.tokens[j]?.lower ?? '')) j--;
    if (s.tokens[j]?.text !== "'s") return [];
    const partner = referentEndingAt(ctx, s, j - 1)?.entity;
    const k = s.tokens[i + 1]?.text === ',' ? i + 2 : i + 1;
    const ally = referentStartingAt(ctx, s, k)?.entity;
    return ally && partner && isActor(ally) && isActor(partner) && ally.type !== 'PERSON' ? one(ally, partner) : [];
  },
});

/** "X formed an alliance with Y", "X entered a coalition with Y". */
const allianceWith = pattern({
  predicate: 'ALLIED_WITH',
  triggers: ['alliance', 'coalition', 'pact'],
  confidence: 0.7,
  read({ ctx }, s, i) {
    if (s.tokens[i + 1]?.lower !== 'with' || tokenQuoted(ctx, s, i) || !FORMING_VERBS.has(s.tokens[i - 2]?.lower ?? '')) return [];
    const partner = referentStartingAt(ctx, s, skip(s, i + 2))?.entity;
    return partner && isActor(partner) ? one(clauseSubject(ctx, s, i - 2, isActor), partner) : [];
  },
});
const FORMING_VERBS = new Set(['formed', 'forms', 'form', 'forming', 'entered', 'signed', 'struck', 'sealed', 'joined']);

export const ALLIED_WITH = defineFamily('allied-with', 'ALLIED_WITH', [
  partnerOf,
  alliesSuchAs,
  areAllies,
  appositiveAlly,
  alignedWith,
  supporting,
  allyOf,
  possessedAlly,
  allianceWith,
]);

export const ALLIED_WITH_RULES = [ALLIED_WITH] as const;
