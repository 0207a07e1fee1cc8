// Relay Global Object Identification: any object of the API by its id. Ids are already global:
// each kind has its own form (entities `type:slug`, relations `rel:…`, documents `doc:…`, statements
// and facts the ids the extractor gave them), and no id of one kind can be the id of another, so
// the lookup tries each kind in turn. Entity ids follow merges, as entity(id) does.
import { type DocumentRecord, type EntityRecord, type FactRecord, type RelationRecord, type StatementRecord } from '../attributes.js';
import { type ReadonlyStore } from '../readonly-store.js';
import { getDocument } from './documents.js';
import { getEntity } from './entity.js';
import { getFact } from './facts.js';
import { getRelation } from './relations.js';
import { getStatement } from './statements.js';

/** Any object with a global id, tagged with its GraphQL type name. */
export type NodeRecord =
  | { readonly kind: 'Entity'; readonly record: EntityRecord }
  | { readonly kind: 'Relation'; readonly record: RelationRecord }
  | { readonly kind: 'Statement'; readonly record: StatementRecord }
  | { readonly kind: 'Fact'; readonly record: FactRecord }
  | { readonly kind: 'Document'; readonly record: DocumentRecord };

/** The object with this id, whatever its kind, or null. */
export function getNode(store: ReadonlyStore, options: { readonly id: string }): NodeRecord | null {
  const relation = getRelation(store, options);
  if (relation !== null) return { kind: 'Relation', record: relation };
  const document = getDocument(store, options);
  if (document !== null) return { kind: 'Document', record: document };
  const statement = getStatement(store, options);
  if (statement !== null) return { kind: 'Statement', record: statement };
  const fact = getFact(store, options);
  if (fact !== null) return { kind: 'Fact', record: fact };
  const entity = getEntity(store, options);
  return entity === null ? null : { kind: 'Entity', record: entity };
}

/** The objects with these ids, in the same order, null where there is none. */
export function getNodes(store: ReadonlyStore, options: { readonly ids: readonly string[] }): (NodeRecord | null)[] {
  return options.ids.map((id) => getNode(store, { id }));
}
