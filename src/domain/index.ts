// The vocabulary of the service: types, ids and errors. Imports nothing else of ours.
export { type EntityType, ENTITY_TYPES, isEntityType } from './entity-type.js';
export { type RelationType, isRelationType, RELATION_TYPES, SYMMETRIC_RELATIONS } from './relation-type.js';
export { type FactKind, FACT_KINDS } from './fact-kind.js';
export { ConflictError, ErrorCode, ExtractionTimeoutError, InvalidInputError, KgError, NotFoundError, ServiceBusyError, StorageError } from './errors.js';
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
} from './extraction.js';
export { documentId, entityId, stableHash } from './ids.js';
export { foldAccents } from './surface-key.js';
export { isIsoDate } from './iso-date.js';
export { countOf, withArticle } from './wording.js';
