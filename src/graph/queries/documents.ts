// The ingested articles.
import { type DocumentRecord } from '../attributes.js';
import { type GraphStore } from '../store.js';

/** Every document, in ingestion order. */
export function listDocuments(store: GraphStore): DocumentRecord[] {
  return [...store.documents()];
}

/** The document with this id, or null. */
export function getDocument(store: GraphStore, options: { readonly id: string }): DocumentRecord | null {
  return store.getDocument(options.id) ?? null;
}
