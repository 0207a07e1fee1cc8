// Casualty figures, optionally of one kind.
import { type FactKind } from '../../domain/index.js';
import { type FactRecord } from '../attributes.js';
import { type GraphStore } from '../store.js';

/** The facts of a kind (all when `kind` is absent), in ingestion order. */
export function listFacts(store: GraphStore, options: { readonly kind?: FactKind | null } = {}): FactRecord[] {
  const { kind } = options;
  return [...store.facts()].filter((f) => kind === undefined || kind === null || f.kind === kind);
}
