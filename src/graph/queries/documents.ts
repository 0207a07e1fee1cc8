// The ingested articles, filtered by publication date and sorted by ingestion, date or title.
import { type DocumentRecord } from '../attributes.js';
import { type ReadonlyStore } from '../readonly-store.js';
import { type LazyConnection, type PageOptions, pageFrom } from './connection.js';
import { type DateRange, compareDocumentTimes, documentTimes, publishedWithin, timeWindow } from './filters.js';
import { type Order, compareStrings, sortStable } from './order.js';

/** Sort fields of documents. */
export const DOCUMENT_ORDER_FIELDS = ['INSERTION', 'DATE', 'TITLE'] as const;
/** Sort field of documents. */
export type DocumentOrderField = (typeof DOCUMENT_ORDER_FIELDS)[number];

/** Filters and order of listDocuments. */
export interface ListDocumentsOptions {
  readonly published?: DateRange | null;
  /** Only documents that mention this entity (merged ids are followed). */
  readonly mentions?: string | null;
  readonly orderBy?: Order<DocumentOrderField> | null;
}

/** The documents that pass the filters, in ingestion order unless `orderBy` says otherwise. */
export function listDocuments(store: ReadonlyStore, options: ListDocumentsOptions = {}): DocumentRecord[] {
  const window = timeWindow(options.published, 'documents');
  const entity = options.mentions === undefined || options.mentions === null ? undefined : (store.resolveEntityId(options.mentions) ?? null);
  if (entity === null) return [];
  // An entity's own list of documents (in ingestion order) is the place to start: walking every
  // document of the store would make the documents of one entity cost as much as the whole store.
  const candidates =
    entity === undefined
      ? [...store.documents()]
      : store.graph.getNodeAttributes(entity).documents.flatMap((id) => {
          const document = store.getDocument(id);
          return document !== undefined && store.entitiesOfDocument(id).includes(entity) ? [document] : [];
        });
  const documents = window === undefined ? candidates : candidates.filter((d) => publishedWithin(store, d.id, window));
  const field = options.orderBy?.field ?? 'INSERTION';
  const direction = options.orderBy?.direction;
  switch (field) {
    case 'INSERTION':
      return direction === 'DESC' ? documents.reverse() : documents;
    case 'TITLE':
      return sortStable(documents, (a, b) => compareStrings(a.title, b.title), direction);
    case 'DATE': {
      const times = documentTimes(store);
      return sortStable(documents, (a, b) => compareDocumentTimes(times.get(a.id), times.get(b.id)), direction);
    }
    default: {
      const unreachable: never = field;
      throw new Error(`listDocuments: unknown order field "${String(unreachable)}".`);
    }
  }
}

/** One page of listDocuments. */
export function documentPage(store: ReadonlyStore, options: ListDocumentsOptions & PageOptions = {}): LazyConnection<DocumentRecord> {
  const documents = listDocuments(store, options);
  return pageFrom(
    () => documents,
    { ...options, where: 'documentConnection' },
    (d) => d,
    (d) => d.id,
    () => documents.length,
  );
}

/** The document with this id, or null. */
export function getDocument(store: ReadonlyStore, options: { readonly id: string }): DocumentRecord | null {
  return store.getDocument(options.id) ?? null;
}

/** The filter part of ListDocumentsOptions, as the API's DocumentFilter input gives it. */
export type DocumentFilter = Omit<ListDocumentsOptions, 'orderBy'>;
