// The closed set of relation types (edge predicates). Mirrored by the Predicate enum in schema.graphql.

export const RELATION_TYPES = [
  'MEMBER_OF',
  'LEADS',
  'HOLDS_ROLE',
  'SPOKESPERSON_FOR',
  'PART_OF',
  'LOCATED_IN',
  'CAPITAL_OF',
  'REPORTED_BY',
  'REQUESTED',
  'SENT_TROOPS_TO',
  'ALLIED_WITH',
  'OPPOSES',
  'MET_WITH',
  'SANCTIONED',
] as const;

/** The predicate of a typed relation between two entities. */
export type RelationType = (typeof RELATION_TYPES)[number];

/** True when `value` names a relation type. */
export function isRelationType(value: unknown): value is RelationType {
  return typeof value === 'string' && (RELATION_TYPES as readonly string[]).includes(value);
}

/** Relations that read the same in both directions; stored with the endpoints in id order. */
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set(['ALLIED_WITH', 'MET_WITH']);
