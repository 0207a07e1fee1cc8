// extract(document): runs the ingest stages in order over one article.
import { documentId, entityId } from '../domain/ids.js';
import { type DocumentInput, type Evidence, type ExtractedEntity, type Extraction, type SentenceSpan } from '../domain/extraction.js';
import { normalize } from './01-normalize.js';
import { splitSentences } from './02-sentences.js';
import { type AnalysedSentence, findMentions } from './03-mentions.js';
import { type EntityDraft, resolveEntities } from './04-entities.js';
import { findRelations } from './05-relations.js';
import { findStatements } from './06-statements.js';
import { findFacts } from './07-facts.js';
import { attributeClaims } from './attribution.js';
import { gazetteer } from './model/gazetteer.js';
import { type ReadContext } from './context.js';
import { findQuotes } from './quotes.js';
import { dominantJurisdiction } from './jurisdiction.js';

/** Read one article and return everything found in it, each item with its evidence. */
export function extract(input: DocumentInput): Extraction {
  const gaz = gazetteer();
  const docId = documentId(input.text);
  // 1. Uniform quotes and spaces, boilerplate blanked; offsets unchanged.
  const text = normalize(input.text);
  // 2. Sentences with offsets.
  const spans = splitSentences(text);
  // 3. Mentions and title/demonym cues, sentence by sentence.
  const sentences = spans.map((span) => findMentions(span, gaz));
  // 4. Mentions grouped into entities.
  const resolution = resolveEntities(sentences, gaz);
  const evidence = (sentence: SentenceSpan, start: number, end: number): Evidence => ({
    document: docId,
    sentence: sentence.index,
    start,
    end,
    // Evidence quotes the article as written (curly quotes and all); offsets are the same.
    text: input.text.slice(sentence.start, sentence.end),
  });
  const jurisdiction = dominantJurisdiction(sentences, resolution, true);
  const context: ReadContext = {
    docId,
    sentences,
    resolution,
    gaz,
    evidence,
    text,
    quotes: findQuotes(text),
    publishedAt: input.publishedAt ?? null,
    ...(jurisdiction ? { jurisdiction } : {}),
  };
  // 5. Typed relations between entities, by named rules.
  const relations = attributeClaims(context, findRelations(context));
  // 6. Quotes with their speaker and the agency that carried them.
  const statements = findStatements(context);
  // 7. Casualty figures.
  const facts = attributeClaims(context, findFacts(context));

  const title = input.title?.trim() || firstLine(input.text);
  return {
    document: {
      id: docId,
      title,
      source: input.source ?? null,
      publishedAt: input.publishedAt ?? null,
      text: input.text,
      sentences: spans.map((s) => ({ ...s, text: input.text.slice(s.start, s.end) })),
    },
    entities: resolution.entities.map((d) => toEntity(d, sentences, evidence)),
    relations,
    statements,
    facts,
  };
}

function toEntity(
  d: EntityDraft,
  sentences: readonly AnalysedSentence[],
  evidence: (s: SentenceSpan, start: number, end: number) => Evidence,
): ExtractedEntity {
  const aliases = [...d.surfaces].filter((s) => s !== d.name);
  return {
    id: entityId(d.type, d.name),
    name: d.name,
    type: d.type,
    aliases,
    mentions: d.mentions.map((m) => ({ text: m.text, evidence: evidence((sentences[m.sentence] as AnalysedSentence).span, m.start, m.end) })),
  };
}

function firstLine(text: string): string {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > 120 ? `${line.slice(0, 117)}...` : line || 'Untitled';
}
