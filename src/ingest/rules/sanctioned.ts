// SANCTIONED rules: "Germany banned Nordwind Air", "the EU sanctioned Freedonia", "the subject of US
// sanctions", "US sanctions on Freedonia", "the measures target A and B", "X was sanctioned by Y".
import { type EntityDraft } from '../04-entities.js';
import { ASSET_WORDS, FREEZE_VERBS, SANCTION_MEASURES, SANCTION_NOUNS, SANCTION_TARGET_VERBS, SANCTION_VERBS } from '../model/triggers.js';
import { referentEndingAt, referentStartingAt, tokenQuoted } from '../sentence-tools.js';
import { clauseSubject, clauseSubjects, isActor, isPassive, listAfter, possessorBefore, skip, skipDescriptors, skipRanks } from './readers.js';
import { defineFamily, pattern, one } from './rule.js';

/** Who can sanction or be sanctioned as a body. */
export function isSanctioner(e: EntityDraft): boolean {
  return e.type === 'COUNTRY' || e.type === 'ALLIANCE' || e.type === 'GOVERNMENT_BODY' || e.type === 'ORGANIZATION';
}

/** "Germany banned Nordwind Air"; passive: "Nordwind Air was banned by Germany". */
const sanctionVerb = pattern({
  predicate: 'SANCTIONED',
  triggers: [...SANCTION_VERBS],
  confidence: 0.8,
  read({ ctx }, s, i) {
    if (tokenQuoted(ctx, s, i)) return [];
    if (isPassive(s, i)) {
      const agent = s.tokens[i + 1]?.lower === 'by' ? referentStartingAt(ctx, s, skip(s, i + 2))?.entity : undefined;
      const target = clauseSubject(ctx, s, i, (e) => e.type === 'PERSON' || isSanctioner(e));
      return agent && isSanctioner(agent) ? one(agent, target) : [];
    }
    // "The United States and the European Union sanctioned X and Y": each of them, each of those.
    const objects = listAfter(ctx, s, skipDescriptors(s, i + 1)).filter((e) => e.type !== 'CITY' && e.type !== 'REGION');
    if (!objects.length) return [];
    const subjects = clauseSubjects(ctx, s, i, isSanctioner).filter((e) => !objects.includes(e));
    return subjects.flatMap((subject) => objects.map((object) => ({ subject, object })));
  },
});

/** "US sanctions on Freedonia", "the subject of EU sanctions", "under UN sanctions". */
const sanctionsNoun = pattern({
  predicate: 'SANCTIONED',
  triggers: [...SANCTION_NOUNS],
  confidence: 0.8,
  read({ ctx }, s, i) {
    if (tokenQuoted(ctx, s, i)) return [];
    const owner = referentEndingAt(ctx, s, i - 1);
    if (!owner || !isSanctioner(owner.entity)) return [];
    const before = s.tokens[owner.first - 1]?.lower;
    const target = ['on', 'against'].includes(s.tokens[i + 1]?.lower ?? '') ? referentStartingAt(ctx, s, skip(s, i + 2))?.entity : undefined;
    const subjectOf = (before === 'of' && ['subject', 'target', 'targets'].includes(s.tokens[owner.first - 2]?.lower ?? '')) || before === 'under';
    return one(owner.entity, target ?? (subjectOf ? clauseSubject(ctx, s, owner.first - 1, isActor) : undefined));
  },
});

const IMPOSE_VERBS = new Set(['imposed', 'imposes', 'impose', 'imposing', 'slapped', 'levied', 'announced', 'approved', 'adopted']);
const LIST_VERBS = new Set(['added', 'adds', 'placed', 'places', 'put', 'puts', 'included']);

/** "A and B imposed sanctions on X and Y", "sanctions imposed by A on X". */
const imposedOn = pattern({
  predicate: 'SANCTIONED',
  triggers: [...SANCTION_NOUNS],
  confidence: 0.8,
  read({ ctx }, s, i) {
    if (tokenQuoted(ctx, s, i)) return [];
    const byAt = s.tokens[i + 1]?.lower === 'imposed' && s.tokens[i + 2]?.lower === 'by' ? i + 3 : -1;
    if (byAt > 0) {
      const agent = referentStartingAt(ctx, s, skip(s, byAt));
      const on = agent && ['on', 'against'].includes(s.tokens[agent.last]?.lower ?? '') ? listAfter(ctx, s, skip(s, agent.last + 1)) : [];
      return agent && isSanctioner(agent.entity) ? on.filter(isTarget).map((target) => ({ subject: agent.entity, object: target })) : [];
    }
    let v = i - 1;
    while (v > i - 4 && v >= 0 && !IMPOSE_VERBS.has(s.tokens[v]?.lower ?? '')) v--;
    if (!IMPOSE_VERBS.has(s.tokens[v]?.lower ?? '') || !['on', 'against'].includes(s.tokens[i + 1]?.lower ?? '')) return [];
    const targets = listAfter(ctx, s, skipDescriptors(s, i + 2)).filter(isTarget);
    return clauseSubjects(ctx, s, v, isSanctioner).flatMap((subject) => targets.map((object) => ({ subject, object })));
  },
});

/** "added X and Y to the EU sanctions list", "placed X on a sanctions list". */
const sanctionsList = pattern({
  predicate: 'SANCTIONED',
  triggers: ['list', 'blacklist'],
  confidence: 0.75,
  read({ ctx }, s, i) {
    if (tokenQuoted(ctx, s, i) || (s.tokens[i]?.lower === 'list' && !SANCTION_NOUNS.has(s.tokens[i - 1]?.lower ?? ''))) return [];
    let v = i - 1;
    while (v > Math.max(-1, i - 25) && !LIST_VERBS.has(s.tokens[v]?.lower ?? '')) v--;
    if (v < 0 || !LIST_VERBS.has(s.tokens[v]?.lower ?? '')) return [];
    const owner = referentEndingAt(ctx, s, s.tokens[i - 1]?.lower === 'list' ? i - 1 : i - 2);
    const sanctioner = owner && isSanctioner(owner.entity) ? owner.entity : clauseSubject(ctx, s, v, isSanctioner);
    if (!sanctioner) return [];
    return listAfter(ctx, s, skipDescriptors(s, v + 1))
      .filter(isTarget)
      .map((object) => ({ subject: sanctioner, object }));
  },
});

const isTarget = (e: EntityDraft): boolean => e.type === 'PERSON' || isSanctioner(e);

/** "The EU's asset freezes target Colonel A and the B Group". */
const sanctionsTarget = pattern({
  predicate: 'SANCTIONED',
  triggers: [...SANCTION_TARGET_VERBS],
  confidence: 0.75,
  read({ ctx }, s, i) {
    if (tokenQuoted(ctx, s, i) || !s.tokens.slice(Math.max(0, i - 6), i).some((t) => SANCTION_MEASURES.has(t.lower))) return [];
    const owner = clauseSubject(ctx, s, i, isSanctioner) ?? possessorBefore(ctx, s, i);
    if (!owner) return [];
    return listAfter(ctx, s, skipRanks(s, i + 1))
      .filter((t) => t.type === 'PERSON' || isSanctioner(t))
      .map((target) => ({ subject: owner, object: target }));
  },
});

/** "Britain froze the assets of X", "the EU froze X's assets": an asset freeze sanctions its owner. */
const frozeAssets = pattern({
  predicate: 'SANCTIONED',
  triggers: [...FREEZE_VERBS],
  confidence: 0.8,
  read({ ctx }, s, i) {
    if (tokenQuoted(ctx, s, i) || isPassive(s, i)) return [];
    let k = i + 1;
    if (['the', 'all'].includes(s.tokens[k]?.lower ?? '')) k++;
    let owners: EntityDraft[] = [];
    if (ASSET_WORDS.has(s.tokens[k]?.lower ?? '') && ['of', 'belonging'].includes(s.tokens[k + 1]?.lower ?? '')) {
      owners = listAfter(ctx, s, skip(s, s.tokens[k + 1]?.lower === 'of' ? k + 2 : k + 3));
    } else {
      const owner = referentStartingAt(ctx, s, k);
      if (owner && s.tokens[owner.last]?.text === "'s" && ASSET_WORDS.has(s.tokens[owner.last + 1]?.lower ?? '')) owners = [owner.entity];
    }
    const targets = owners.filter(isTarget);
    const subjects = targets.length ? clauseSubjects(ctx, s, i, isSanctioner).filter((e) => !targets.includes(e)) : [];
    return subjects.flatMap((subject) => targets.map((object) => ({ subject, object })));
  },
});
/** Words that may follow the suspended country and end its phrase: "suspended Chile from", "after", "following". */
const FOLLOWING_CLAUSE: ReadonlySet<string> = new Set(['from', 'after', 'following', 'over', 'for', 'in', 'on', 'until', 'and', 'last', 'this']);
/** Verbs by which a bloc or an international body shuts a member state out: "The Union suspended Velmar". */
const SUSPEND_VERBS: ReadonlySet<string> = new Set(['suspended', 'suspends']);

/** "The African Union suspended Chile after the vote": a bloc suspending a country sanctions it. */
const suspendedMember = pattern({
  predicate: 'SANCTIONED',
  triggers: [...SUSPEND_VERBS],
  confidence: 0.7,
  read({ ctx }, s, i) {
    if (tokenQuoted(ctx, s, i) || isPassive(s, i)) return [];
    // The country itself, named: not "the Nigerian delegation" (a demonym) or "Kenya's loan programme".
    const from = skip(s, i + 1);
    const named = referentStartingAt(ctx, s, from);
    const after = s.tokens[named?.last ?? -1];
    const whole =
      named &&
      !s.cues.some((c) => c.kind === 'demonym' && c.first === from) &&
      after?.text !== "'s" &&
      !(after?.word && !after.cap && !FOLLOWING_CLAUSE.has(after.lower));
    const body = clauseSubject(ctx, s, i, (e) => e.type === 'ALLIANCE' || (e.type === 'ORGANIZATION' && e.gazetteers.size > 0));
    return whole && named.entity.type === 'COUNTRY' ? one(body, named.entity) : [];
  },
});

export const SANCTIONED = defineFamily('sanctioned', 'SANCTIONED', [
  sanctionVerb,
  sanctionsNoun,
  imposedOn,
  sanctionsList,
  sanctionsTarget,
  frozeAssets,
  suspendedMember,
]);

export const SANCTIONED_RULES = [SANCTIONED] as const;
