// The vocabulary of the service: types, ids and errors. Imports nothing else of ours.
export { ENTITY_TYPES, type EntityType, ORGANISATION_TYPES, PLACE_TYPES } from './entity-type.js';
export { RELATION_TYPES, type RelationType, SYMMETRIC_RELATIONS } from './relation-type.js';
export { FACT_KINDS, type FactKind } from './fact-kind.js';
export { ConflictError, ErrorCode, InvalidInputError, KgError, NotFoundError, StorageError } from './errors.js';
export {
  type DocumentInput,
  type Evidence,
  type ExtractedDocument,
  type ExtractedEntity,
  type ExtractedFact,
  type ExtractedMention,
  type ExtractedRelation,
  type ExtractedStatement,
  type Extraction,
  type SentenceSpan,
  type TimeExpression,
} from './extraction.js';
export { documentId, entityId, slug, stableHash } from './ids.js';
export { foldAccents, surfaceKey } from './surface-key.js';
export { countOf, pluralOf, withArticle } from './wording.js';
