// The list of relation rules, in the order the engine runs them. A rule's name is its identity in the
// evidence of every relation it gives; `RuleName` is derived from this list, so a name cannot be
// misspelt anywhere else.
import { ALLIED_WITH_RULES } from './allied-with.js';
import { CAPITAL_OF_RULES } from './capital-of.js';
import { LEADS_RULES } from './leads.js';
import { LOCATED_IN_RULES } from './located-in.js';
import { MEMBER_OF_RULES } from './member-of.js';
import { MET_WITH_RULES } from './met-with.js';
import { OPPOSES_RULES } from './opposes.js';
import { PART_OF_RULES } from './part-of.js';
import { REPORTED_BY_RULES } from './reported-by.js';
import { REQUESTED_RULES } from './requested.js';
import { SANCTIONED_RULES } from './sanctioned.js';
import { SENT_TROOPS_RULES } from './sent-troops.js';

export const RULES = [
  ...PART_OF_RULES,
  ...LEADS_RULES,
  ...MEMBER_OF_RULES,
  ...LOCATED_IN_RULES,
  ...CAPITAL_OF_RULES,
  ...REQUESTED_RULES,
  ...SENT_TROOPS_RULES,
  ...SANCTIONED_RULES,
  ...ALLIED_WITH_RULES,
  ...OPPOSES_RULES,
  ...MET_WITH_RULES,
  ...REPORTED_BY_RULES,
] as const;

/** The name of a registered rule. */
export type RuleName = (typeof RULES)[number]['name'];
