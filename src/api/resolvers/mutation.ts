// Root mutation fields: hand the input to the ingest service and return its result.
import { type ApplyResult, type EntityRecord } from '../../graph/index.js';
import { type ApiContext } from '../context.js';
import { ingestDocument } from '../ingest-service.js';
import { loadEntities } from './load.js';

/** Resolvers of `Mutation`. */
export const mutationResolvers = {
  ingestDocument: (_: unknown, args: { readonly input: unknown }, context: ApiContext): ApplyResult => {
    const result = ingestDocument(context.store, args.input);
    // Entities loaded earlier in this request may have changed.
    context.loaders.entity.clearAll();
    return result;
  },
};

/** Resolvers of `IngestResult`. */
export const ingestResultResolvers = {
  newEntities: (result: ApplyResult, _args: unknown, context: ApiContext): Promise<EntityRecord[]> =>
    loadEntities(context, result.newEntityIds),
};
