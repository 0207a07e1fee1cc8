// The closed set of entity types. Mirrored by the EntityType enum in schema.graphql.

export const ENTITY_TYPES = ['PERSON', 'ORGANIZATION', 'NEWS_AGENCY', 'ALLIANCE', 'GOVERNMENT_BODY', 'COUNTRY', 'CITY', 'REGION', 'EVENT'] as const;

/** What kind of real-world thing an entity is. */
export type EntityType = (typeof ENTITY_TYPES)[number];

/** True when `value` names an entity type. */
export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && (ENTITY_TYPES as readonly string[]).includes(value);
}

/** Places: entities that other things are located in. */
export const PLACE_TYPES: ReadonlySet<EntityType> = new Set(['COUNTRY', 'CITY', 'REGION']);

/** Collective actors: things people lead, belong to or speak for. */
export const ORGANISATION_TYPES: ReadonlySet<EntityType> = new Set(['ORGANIZATION', 'NEWS_AGENCY', 'ALLIANCE', 'GOVERNMENT_BODY']);
