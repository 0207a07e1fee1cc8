// The records the graph holds. Terminology: an *entity* is one node, a *relation* is one edge;
// a *mention* is a span of text that named the entity somewhere. Records are readonly: only the
// store replaces them, whole, when a new document adds to them.
import {
  type EntityType,
  type Evidence,
  type ExtractedDocument,
  type ExtractedFact,
  type ExtractedStatement,
  type ExtractedMention,
  type RelationType,
} from '../domain/index.js';
import { type RelationCuration } from './curation.js';

/** Attributes of an entity node. A `type` alias, not an interface, so graphology accepts it. */
export type EntityAttrs = {
  readonly name: string;
  readonly type: EntityType;
  /** Other surface forms the entity was named by, the name excluded. */
  readonly aliases: readonly string[];
  readonly mentions: readonly ExtractedMention[];
  /** Ids of the documents that mention the entity, in ingestion order. */
  readonly documents: readonly string[];
};

/**
 * One sentence that states a relation, with the rule that read it there and its confidence: the
 * edge's own rule and confidence derive from these, so taking one document's evidence away (a
 * deletion in place) leaves what the others give.
 */
export type RelationEvidence = Evidence & {
  readonly rule: string;
  readonly confidence: number;
};

/** Attributes of a relation edge; one edge gathers the evidence of every document that states it. */
export type RelationAttrs = {
  readonly predicate: RelationType;
  readonly role: string | null;
  /** Rule that first produced the relation, so a user can ask why the edge exists. */
  readonly rule: string;
  /** Highest confidence any supporting sentence gave. */
  readonly confidence: number;
  /** In the order the documents were applied. */
  readonly evidence: readonly RelationEvidence[];
  /** DENIED for a relation its sentences deny ("did not send troops"); absent when asserted. */
  readonly polarity?: 'DENIED';
  /** What a person last did to the relation (confirmed, added, rejected); absent when nobody has. */
  readonly curation?: RelationCuration;
};

/** An entity node with its key. */
export interface EntityRecord extends EntityAttrs {
  readonly id: string;
}

/** A relation edge with its key and endpoints. */
export interface RelationRecord extends RelationAttrs {
  readonly id: string;
  readonly source: string;
  readonly target: string;
}

/** A quote kept beside the graph, as extracted; `speaker` and `reportedBy` are graph entity ids. */
export type StatementRecord = ExtractedStatement;

/** A casualty figure kept beside the graph, as extracted; `subject` is a graph entity id. */
export type FactRecord = ExtractedFact;

/** An ingested article: its text and sentences, as the extractor read them. */
export type DocumentRecord = ExtractedDocument;
