// An extraction as the store keeps it: the same values, with as few strings and object shapes as
// they can share. The heap per document is what limits how many documents one process holds, and
// an extraction as it arrives (parsed from JSON, or restored by the storage codec) repeats itself:
// every piece of evidence has its own copy of its sentence and of its document's id, every entity
// its own copy of its type, every relation of its predicate and rule, and the codec's evidence had
// its texts added after parsing (a second, out-of-object property store each). Here each sentence
// is a slice of the document's text, evidence shares the sentence and the document id, closed and
// recurring words (types, predicates, roles, rules, sources) come from one pool, and every record
// is written out field by field in one order, so records of a kind share one shape.
import {
  type Evidence,
  type ExtractedDocument,
  type ExtractedEntity,
  type ExtractedFact,
  type ExtractedMention,
  type ExtractedRelation,
  type ExtractedStatement,
  type Extraction,
  type SentenceSpan,
} from '../domain/index.js';

/**
 * Words many records repeat, one string each. Bounded, so a stream of distinct values (a hostile
 * client's rule names) cannot grow it without end: past the bound a word is kept as it came.
 */
class WordPool {
  readonly #words = new Map<string, string>();
  constructor(readonly limit: number) {}

  word<T extends string>(value: T): T {
    const known = this.#words.get(value);
    if (known !== undefined) return known as T;
    if (this.#words.size < this.limit && value.length <= MAX_POOLED_CHARS) this.#words.set(value, value);
    return value;
  }
}

const MAX_POOLED_CHARS = 64;
const pool = new WordPool(20_000);

/** One shared string per pooled word (types, predicates, roles, rules, sources, fact kinds). */
export function pooledWord<T extends string>(value: T): T {
  return pool.word(value);
}

/** The extraction with shared strings and one shape per kind of record (see the banner). */
export function leanExtraction(extraction: Extraction): Extraction {
  const document = leanDocument(extraction.document);
  const evidence = (e: Evidence): Evidence => leanEvidence(e, document);
  return {
    document,
    entities: extraction.entities.map((entity) => leanEntity(entity, evidence)),
    relations: extraction.relations.map((relation) => leanRelation(relation, evidence)),
    statements: extraction.statements.map((statement) => leanStatement(statement, evidence)),
    facts: extraction.facts.map((fact) => leanFact(fact, evidence)),
  };
}

function leanDocument(document: ExtractedDocument): ExtractedDocument {
  const { text } = document;
  const sentences = document.sentences.map((s): SentenceSpan => {
    const slice = text.slice(s.start, s.end);
    // A slice of the text shares its characters (V8 keeps a reference and two offsets).
    return { index: s.index, paragraph: s.paragraph, start: s.start, end: s.end, text: slice === s.text ? slice : s.text };
  });
  return {
    id: document.id,
    title: document.title,
    source: document.source === null ? null : pool.word(document.source),
    publishedAt: document.publishedAt,
    text,
    sentences,
  };
}

function leanEvidence(e: Evidence, document: ExtractedDocument): Evidence {
  const sentence = document.sentences[e.sentence];
  const base = {
    document: e.document === document.id ? document.id : e.document,
    sentence: e.sentence,
    start: e.start,
    end: e.end,
    text: sentence !== undefined && sentence.text === e.text ? sentence.text : e.text,
  };
  if (e.attributedTo === undefined && e.reportedBy === undefined) return base;
  return {
    ...base,
    ...(e.attributedTo === undefined ? {} : { attributedTo: e.attributedTo }),
    ...(e.reportedBy === undefined ? {} : { reportedBy: e.reportedBy }),
  };
}

function leanEntity(entity: ExtractedEntity, evidence: (e: Evidence) => Evidence): ExtractedEntity {
  // A mention's text is nearly always the entity's name or one of its aliases: the same string.
  const names = new Map<string, string>([[entity.name, entity.name], ...entity.aliases.map((a) => [a, a] as const)]);
  return {
    id: entity.id,
    name: entity.name,
    type: pool.word(entity.type),
    aliases: entity.aliases,
    mentions: entity.mentions.map((m): ExtractedMention => ({ text: names.get(m.text) ?? m.text, evidence: evidence(m.evidence) })),
  };
}

function leanRelation(relation: ExtractedRelation, evidence: (e: Evidence) => Evidence): ExtractedRelation {
  return {
    id: relation.id,
    subject: relation.subject,
    predicate: pool.word(relation.predicate),
    object: relation.object,
    ...(relation.role === undefined ? {} : { role: pool.word(relation.role) }),
    rule: pool.word(relation.rule),
    confidence: relation.confidence,
    evidence: evidence(relation.evidence),
    ...(relation.polarity === undefined ? {} : { polarity: relation.polarity }),
  };
}

function leanStatement(statement: ExtractedStatement, evidence: (e: Evidence) => Evidence): ExtractedStatement {
  return {
    id: statement.id,
    speaker: statement.speaker,
    text: statement.text,
    reportedBy: statement.reportedBy,
    evidence: evidence(statement.evidence),
    ...(statement.when === undefined ? {} : { when: statement.when }),
  };
}

function leanFact(fact: ExtractedFact, evidence: (e: Evidence) => Evidence): ExtractedFact {
  return {
    id: fact.id,
    kind: pool.word(fact.kind),
    count: fact.count,
    subject: fact.subject,
    evidence: evidence(fact.evidence),
    ...(fact.when === undefined ? {} : { when: fact.when }),
  };
}
