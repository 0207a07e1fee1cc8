// Hand-built extractions for store tests, so they do not depend on what the extractor finds today.
import {
  type EntityType,
  type Evidence,
  type ExtractedEntity,
  type ExtractedFact,
  type ExtractedRelation,
  type ExtractedStatement,
  type Extraction,
  type RelationType,
  documentId,
  entityId,
} from '../../src/domain/index.js';

/** A document whose sentences are the given strings, joined by spaces. */
export interface DocumentSketch {
  readonly sentences: readonly string[];
  readonly entities?: readonly EntitySketch[];
  readonly relations?: readonly RelationSketch[];
  readonly statements?: readonly Omit<ExtractedStatement, 'evidence'>[];
  readonly facts?: readonly Omit<ExtractedFact, 'evidence'>[];
}

export interface EntitySketch {
  readonly name: string;
  readonly type: EntityType;
  readonly aliases?: readonly string[];
  /** Index of the sentence each mention is in; one mention per entry. */
  readonly sentences?: readonly number[];
}

export interface RelationSketch {
  readonly subject: string;
  readonly predicate: RelationType;
  readonly object: string;
  readonly role?: string;
  readonly sentence?: number;
  readonly confidence?: number;
}

/** An Extraction as the extractor would return it for the sketched document. */
export function buildExtraction(sketch: DocumentSketch): Extraction {
  const text = sketch.sentences.join(' ');
  const docId = documentId(text);
  let offset = 0;
  const sentences = sketch.sentences.map((s, index) => {
    const span = { index, paragraph: index, start: offset, end: offset + s.length, text: s };
    offset += s.length + 1;
    return span;
  });
  const evidence = (sentence: number, needle?: string): Evidence => {
    const span = sentences[sentence] ?? sentences[0];
    if (span === undefined) throw new Error('buildExtraction: a document needs a sentence.');
    const at = needle === undefined ? 0 : Math.max(0, span.text.indexOf(needle));
    const start = span.start + at;
    return { document: docId, sentence: span.index, start, end: start + (needle?.length ?? span.text.length), text: span.text };
  };
  const entities: ExtractedEntity[] = (sketch.entities ?? []).map((e) => ({
    id: entityId(e.type, e.name),
    name: e.name,
    type: e.type,
    aliases: e.aliases ?? [],
    mentions: (e.sentences ?? [0]).map((i) => ({ text: e.name, evidence: evidence(i, e.name) })),
  }));
  const relations: ExtractedRelation[] = (sketch.relations ?? []).map((r, i) => ({
    id: `${docId}:rel:${i}`,
    subject: r.subject,
    predicate: r.predicate,
    object: r.object,
    ...(r.role === undefined ? {} : { role: r.role }),
    rule: 'test-rule',
    confidence: r.confidence ?? 0.8,
    evidence: evidence(r.sentence ?? 0),
  }));
  return {
    document: { id: docId, title: sketch.sentences[0] ?? 'Untitled', source: null, publishedAt: null, text, sentences },
    entities,
    relations,
    statements: (sketch.statements ?? []).map((s) => ({ ...s, evidence: evidence(0) })),
    facts: (sketch.facts ?? []).map((f) => ({ ...f, evidence: evidence(0) })),
  };
}
