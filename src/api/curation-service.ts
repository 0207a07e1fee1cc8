// Manual corrections through one module: delete an article, merge entities, rename one. Each is
// checked against the graph, committed to storage (the curation log, or the document's deletion)
// and only then applied, so a refused correction changes nothing and an accepted one survives
// restarts and re-extraction.
import { cleanNewEntityName } from '../graph/index.js';
import { type PersistentGraph, type RemoveResult } from '../graph/persistence/index.js';

/**
 * Deletes a document and what only it supported; what other documents also support stays.
 * Throws NotFoundError when there is no such document.
 */
export function deleteDocument(graph: PersistentGraph, id: string): Promise<RemoveResult> {
  return graph.removeDocument(id);
}

/**
 * Folds the entities `merge` into `keep`; resolves to the kept entity's id. `by` (the API key's
 * name) is kept in the curation log. Throws NotFoundError, InvalidInputError or ConflictError (see
 * GraphStore.mergeEntities) with nothing stored.
 */
export function mergeEntities(graph: PersistentGraph, keep: string, merge: readonly string[], by?: string): Promise<string> {
  return graph.curate({ kind: 'merge', keep, merge: [...merge], ...(by === undefined ? {} : { by }) });
}

/**
 * Gives an entity a new canonical name; resolves to its id. `by` (the API key's name) is kept in
 * the curation log. Throws NotFoundError, InvalidInputError (an empty, long or id-shaped name) or
 * ConflictError (see GraphStore.renameEntity) with nothing stored.
 */
export function renameEntity(graph: PersistentGraph, id: string, name: string, by?: string): Promise<string> {
  return graph.curate({ kind: 'rename', id, name: cleanNewEntityName(name, 'renameEntity'), ...(by === undefined ? {} : { by }) });
}
