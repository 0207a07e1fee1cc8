// GraphQL type names for records that can be of several types (the Node interface, the
// TimelineItem union). Records do not carry their kind, so the lookups that know it tag them with
// `__typename`, which graphql-js reads to pick the type.
import { type FactRecord, type NodeRecord, type RelationRecord, type StatementRecord, type TimelineEntry } from '../../graph/index.js';

/** A record tagged with the GraphQL type it is. */
export type TaggedNode = NodeRecord['record'] & { readonly __typename: NodeRecord['kind'] };

/** The record of a node lookup, tagged with its type. */
export function tagNode(found: NodeRecord): TaggedNode {
  return { ...found.record, __typename: found.kind };
}

/** A timeline entry's item, tagged with its type. */
export function tagTimelineItem(entry: TimelineEntry): (RelationRecord | StatementRecord | FactRecord) & { readonly __typename: string } {
  switch (entry.kind) {
    case 'RELATION':
      return { ...entry.item, __typename: 'Relation' };
    case 'STATEMENT':
      return { ...entry.item, __typename: 'Statement' };
    case 'FACT':
      return { ...entry.item, __typename: 'Fact' };
    default: {
      const unreachable: never = entry;
      throw new Error(`tagTimelineItem: unknown entry ${JSON.stringify(unreachable)}.`);
    }
  }
}

/** `__resolveType` of an interface or union whose values are tagged. */
export function typeNameOf(value: { readonly __typename: string }): string {
  return value.__typename;
}
