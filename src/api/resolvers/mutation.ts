// Root mutation fields: hand the arguments to the ingest and curation services and shape their
// results. Loaders are cleared after each write: entities loaded earlier in the request may have changed.
import { type ApplyResult, type EntityRecord } from '../../graph/index.js';
import { type CurationResult, type RemovedCounts } from '../../graph/persistence/index.js';
import { type ApiContext } from '../context.js';
import {
  type AddRelationInput,
  type CurationRecord,
  addRelation,
  confirmRelation,
  curationRecord,
  deleteDocument,
  mergeEntities,
  rejectRelation,
  renameEntity,
  restoreRelation,
  setEntityType,
  undoCuration,
} from '../../service/index.js';
import { type RelationCurationResultRecord, relationCurationResult } from './curation.js';
import { ingestDocument, ingestDocuments } from '../../service/index.js';
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
    context.logger.info({ document: document.id, by: curator(context) }, 'document deleted');
    clearLoaders(context);
    return { id: document.id, title: document.title, removed };
  },
  mergeEntities: (
    _: unknown,
    args: { readonly keep: string; readonly merge: readonly string[]; readonly type?: string | null },
    context: ApiContext,
  ): Promise<EntityRecord> => entityAfter(context, mergeEntities(context.graph, args.keep, args.merge, args.type ?? null, curator(context))),
  renameEntity: (_: unknown, args: { readonly id: string; readonly name: string }, context: ApiContext): Promise<EntityRecord> =>
    entityAfter(context, renameEntity(context.graph, args.id, args.name, curator(context))),
  setEntityType: (_: unknown, args: { readonly id: string; readonly type: string }, context: ApiContext): Promise<EntityRecord> =>
    entityAfter(context, setEntityType(context.graph, args.id, args.type, curator(context))),
  rejectRelation: (_: unknown, args: { readonly id: string; readonly reason: string }, context: ApiContext): Promise<RelationCurationResultRecord> =>
    relationAfter(context, rejectRelation(context.graph, args.id, args.reason, curator(context))),
  restoreRelation: (_: unknown, args: { readonly id: string }, context: ApiContext): Promise<RelationCurationResultRecord> =>
    relationAfter(context, restoreRelation(context.graph, args.id, curator(context))),
  confirmRelation: (_: unknown, args: { readonly id: string; readonly reason?: string | null }, context: ApiContext): Promise<RelationCurationResultRecord> =>
    relationAfter(context, confirmRelation(context.graph, args.id, args.reason ?? null, curator(context))),
  addRelation: (_: unknown, args: { readonly input: AddRelationInput }, context: ApiContext): Promise<RelationCurationResultRecord> =>
    relationAfter(context, addRelation(context.graph, args.input, curator(context))),
  undoCuration: async (_: unknown, args: { readonly id: string }, context: ApiContext): Promise<CurationRecord> => {
    const result = await undoCuration(context.graph, args.id, curator(context));
    clearLoaders(context);
    return curationRecord(result.curation);
  },
};

/** Who makes a curation: the name of the request's API key; null without one (protected mode, from this machine). */
function curator(context: ApiContext): string | null {
  return context.caller.key?.name ?? null;
}

/** Resolvers of `IngestResult`. */
export const ingestResultResolvers = {
  newEntities: (result: ApplyResult, _args: unknown, context: ApiContext): EntityRecord[] => loadEntities(context, result.newEntityIds),
};

/** The entity an entity curation left (its id), read once the write is done and the loaders cleared. */
async function entityAfter(context: ApiContext, write: Promise<string>): Promise<EntityRecord> {
  const id = await write;
  clearLoaders(context);
  return loadRequiredEntity(context, id);
}

/** What a relation curation answers, shaped once the write is done and the loaders cleared. */
async function relationAfter(context: ApiContext, write: Promise<CurationResult>): Promise<RelationCurationResultRecord> {
  const result = await write;
  clearLoaders(context);
  return relationCurationResult(result, context);
}

function clearLoaders(context: ApiContext): void {
  context.loaders.entity.clearAll();
  context.loaders.document.clearAll();
}
