// Fields of the curation types: `Curation` (one entry of the curation log), the result of a
// relation curation, and the curation mark and polarity a `Relation` carries.
import { type RelationCuration, type RelationRecord, getRelation } from '../../graph/index.js';
import { type CurationResult } from '../../graph/persistence/index.js';
import { type ApiContext } from '../context.js';
import { type CurationRecord, curationId, curationRecord } from '../../service/index.js';

/** What a relation curation mutation answers. */
export interface RelationCurationResultRecord {
  readonly curation: CurationRecord;
  readonly relation: RelationRecord | null;
}

/** The answer of a relation curation: the logged curation and the relation as it is now, rejected or not. */
export function relationCurationResult(result: CurationResult, context: ApiContext): RelationCurationResultRecord {
  return { curation: curationRecord(result.curation), relation: getRelation(context.store, { id: result.id, includeRejected: true }) };
}

/** Resolvers of `RelationCuration`. */
export const relationCurationResolvers = {
  curation: (mark: RelationCuration): string => curationId(mark),
};

/** Resolvers of `Relation` about curation. */
export const relationCurationFieldResolvers = {
  rejected: (relation: RelationRecord): boolean => relation.curation?.status === 'REJECTED',
  curation: (relation: RelationRecord): RelationCuration | null => relation.curation ?? null,
  polarity: (relation: RelationRecord): 'ASSERTED' | 'DENIED' => relation.polarity ?? 'ASSERTED',
};
