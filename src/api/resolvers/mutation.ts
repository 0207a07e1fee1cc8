// Root mutation fields: hand the arguments to the ingest and curation services and shape their
// results. Loaders are cleared after each write: entities loaded earlier in the request may have changed.
import { type ApplyResult, type EntityRecord } from '../../graph/index.js';
import { type RemovedCounts } from '../../graph/persistence/index.js';
import { type ApiContext } from '../context.js';
import { deleteDocument, mergeEntities, renameEntity } from '../curation-service.js';
import { ingestDocument, ingestDocuments } from '../ingest-service.js';
import { loadEntities, loadRequiredEntity } from './load.js';

/** What `deleteDocument` answers. */
export interface DeleteResultRecord {
  readonly id: string;
  readonly title: string;
  readonly removed: RemovedCounts;
}

/** Resolvers of `Mutation`. */
export const mutationResolvers = {
  ingestDocument: async (_: unknown, args: { readonly input: unknown }, context: ApiContext): Promise<ApplyResult> => {
    const result = await ingestDocument(context.graph, args.input, context.extractor);
    clearLoaders(context);
    return result;
  },
  ingestDocuments: async (_: unknown, args: { readonly inputs: unknown }, context: ApiContext): Promise<ApplyResult[]> => {
    const results = await ingestDocuments(context.graph, args.inputs, context.extractor);
    clearLoaders(context);
    return results;
  },
  deleteDocument: async (_: unknown, args: { readonly id: string }, context: ApiContext): Promise<DeleteResultRecord> => {
    const { document, removed } = await deleteDocument(context.graph, args.id);
    context.logger.info({ document: document.id, by: context.caller.key?.name ?? null }, 'document deleted');
    clearLoaders(context);
    return { id: document.id, title: document.title, removed };
  },
  mergeEntities: async (_: unknown, args: { readonly keep: string; readonly merge: readonly string[] }, context: ApiContext): Promise<EntityRecord> => {
    const id = await mergeEntities(context.graph, args.keep, args.merge, context.caller.key?.name);
    clearLoaders(context);
    return loadRequiredEntity(context, id);
  },
  renameEntity: async (_: unknown, args: { readonly id: string; readonly name: string }, context: ApiContext): Promise<EntityRecord> => {
    const id = await renameEntity(context.graph, args.id, args.name, context.caller.key?.name);
    clearLoaders(context);
    return loadRequiredEntity(context, id);
  },
};

/** Resolvers of `IngestResult`. */
export const ingestResultResolvers = {
  newEntities: (result: ApplyResult, _args: unknown, context: ApiContext): Promise<EntityRecord[]> =>
    loadEntities(context, result.newEntityIds),
};

function clearLoaders(context: ApiContext): void {
  context.loaders.entity.clearAll();
  context.loaders.document.clearAll();
}

