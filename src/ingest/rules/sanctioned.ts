// SANCTIONED rules: "Germany banned Nordwind Air", "the EU sanctioned Freedonia", "the subject of US
// sanctions", "US sanctions on Freedonia", "the measures target A and B", "X was sanctioned by Y".
import { type EntityDraft } from '../04-entities.js';
import { SANCTION_MEASURES, SANCTION_NOUNS, SANCTION_TARGET_VERBS, SANCTION_VERBS } from '../model/triggers.js';
import { referentEndingAt, referentStartingAt, tokenQuoted } from '../sentence-tools.js';
import { byAgent, clauseSubject, isActor, isPassive, listAfter, possessorBefore, skip, skipDescriptors, skipRanks } from './readers.js';
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
      const agent = s.tokens[i + 1]?.lower === 'by' ? byAgent(ctx, s, i, 3) : undefined;
      const target = clauseSubject(ctx, s, i, (e) => e.type === 'PERSON' || isSanctioner(e));
      return agent && isSanctioner(agent) ? one(agent, target) : [];
    }
    const object = referentStartingAt(ctx, s, skipDescriptors(s, i + 1));
    if (!object || object.entity.type === 'CITY' || object.entity.type === 'REGION') return [];
    return one(clauseSubject(ctx, s, i, isSanctioner), object.entity);
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

/** "The EU's asset freezes target Colonel A and the B Group". */
const sanctionsTarget = pattern({
  predicate: 'SANCTIONED',
  triggers: [...SANCTION_TARGET_VERBS],
  confidence: 0.75,
  read({ ctx }, s, i) {
    if (tokenQuoted(ctx, s, i) || !s.tokens.slice(Math.max(0, i - 6), i).some((t) => SANCTION_MEASURES.has(t.lower))) return [];
    const owner = clauseSubject(ctx, s, i, isSanctioner) ?? possessorBefore(ctx, s, i);
    if (!owner) return [];
    return listAfter(ctx, s, skipRanks(s, i + 1)).filter((t) => t.type === 'PERSON' || isSanctioner(t)).map((target) => ({ subject: owner, object: target }));
  },
});

export const SANCTIONED = defineFamily('sanctioned', 'SANCTIONED', [sanctionVerb, sanctionsNoun, sanctionsTarget]);

export const SANCTIONED_RULES = [SANCTIONED] as const;
