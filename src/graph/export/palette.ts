// Colours of entity types, shared by the exported files (so Gephi and yEd open them coloured) and
// the explorer page, which imports this file too: one palette, the same colours everywhere.
// Plain data with no imports at run time, so the browser bundle can take it as it is.
import { type EntityType } from '../../domain/entity-type.js';

/** Colour of each entity type, as #rrggbb; readable on white, distinct for colour-blind readers where possible. */
export const TYPE_COLORS: Readonly<Record<EntityType, string>> = {
  PERSON: '#d1495b',
  ORGANIZATION: '#3a7ca5',
  NEWS_AGENCY: '#8d6a9f',
  ALLIANCE: '#e07a1f',
  GOVERNMENT_BODY: '#2f9c95',
  COUNTRY: '#5b8c2a',
  CITY: '#a0783c',
  REGION: '#7a8c99',
  EVENT: '#c8a400',
};
