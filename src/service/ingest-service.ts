// Ingestion behind one function: validate the input, extract, store durably, apply to the graph.
// The API, the seed loader and the server call only this. The result is returned only once the
// document and its extraction are committed to storage.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { type DocumentInput, InvalidInputError, documentId, isIsoDate } from '../domain/index.js';
import { type ApplyResult } from '../graph/index.js';
import { htmlInputAsText } from '../formats/index.js';
import { type PersistentGraph, alreadyPresent } from '../graph/persistence/index.js';
import { MAX_DOCUMENT_CHARS } from '../ingest/index.js';
import { type Extractor, inProcessExtractor } from './extractor.js';
import { packageRoot } from './package-root.js';

/** Longest title accepted, in characters. */
export const MAX_TITLE_CHARS = 1_000;
/** Longest source accepted, in characters. */
export const MAX_SOURCE_CHARS = 2_000;

const optionalText = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .nullish()
    .transform((value) => (value === undefined || value === null || value.trim() === '' ? null : value.trim()));

const DocumentInputSchema = z.strictObject({
  text: z.string().superRefine((text, ctx) => {
    const problem = textProblem(text);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
  }),
  title: optionalText(MAX_TITLE_CHARS),
  source: optionalText(MAX_SOURCE_CHARS),
  publishedAt: optionalText(64).refine(
    (value) => value === null || (isIsoDate(value) && !Number.isNaN(Date.parse(value))),
    'must be an ISO 8601 date or date-time of a real calendar day, such as "2022-01-06"',
  ),
});

let version: string | undefined;

/**
 * Version of the extractor, stored beside every extraction so a reader knows what produced it:
 * the package's name and version (the extractor ships with the package).
 */
export function extractorVersion(): string {
  if (version !== undefined) return version;
  const manifest = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
  version = `${String(manifest.name ?? 'news-kg')}@${String(manifest.version ?? '0.0.0')}`;
  return version;
}

/**
 * Reads one article into the graph, durably: resolves once the document and its extraction are
 * committed to storage. Throws InvalidInputError, with nothing changed, when the input is not a
 * usable article (empty, too long, binary, malformed metadata); ExtractionTimeoutError when the
 * extractor's time limit ran out; StorageError when storage cannot commit it (nothing is added
 * then either).
 */
export async function ingestDocument(graph: PersistentGraph, input: unknown, extractor: Extractor = inProcessExtractor): Promise<ApplyResult> {
  const document = validateDocumentInput(input);
  const known = graph.store.getDocument(documentId(document.text));
  // Already read: skip the extractor, whose work would be discarded anyway.
  if (known !== undefined) return alreadyPresent(known);
  return graph.addExtraction(await extractor.extract(document), extractorVersion());
}

/** Most articles one `ingestDocuments` call takes. */
export const MAX_BATCH_DOCUMENTS = 100;

/**
 * Reads a batch of articles in order. All inputs are validated before anything is stored, so a bad
 * one refuses the whole batch; then the new articles are committed together, in one transaction.
 */
export async function ingestDocuments(graph: PersistentGraph, inputs: unknown, extractor: Extractor = inProcessExtractor): Promise<ApplyResult[]> {
  if (!Array.isArray(inputs)) throw new InvalidInputError('ingestDocuments: "inputs" must be a list of articles.');
  if (inputs.length > MAX_BATCH_DOCUMENTS) {
    throw new InvalidInputError(`ingestDocuments: ${inputs.length} articles given; the limit is ${MAX_BATCH_DOCUMENTS} per call.`);
  }
  const documents = inputs.map((input: unknown, index) => {
    try {
      return validateDocumentInput(input);
    } catch (error) {
      const reason = error instanceof Error ? error.message.replace(/^ingestDocument: /, '') : 'is invalid.';
      throw new InvalidInputError(`ingestDocuments: article ${index}: ${reason}`);
    }
  });
  // Extraction of the whole batch spreads over the extractor's threads; the batch is then stored
  // in one transaction, in order, and acknowledged only once committed.
  const known = documents.map((document) => graph.store.getDocument(documentId(document.text)));
  const pending = documents.map((document, index) => (known[index] === undefined ? extractor.extract(document) : undefined));
  // Every extraction settles before any error is thrown, so no rejection is left unobserved.
  const settled = await Promise.allSettled(pending.map((p) => p ?? Promise.resolve(undefined)));
  const failed = settled.find((outcome) => outcome.status === 'rejected');
  if (failed) throw failed.reason;
  // The new articles are committed together, in one transaction, and applied in order.
  const extractions = settled.flatMap((outcome) => (outcome.status === 'fulfilled' && outcome.value !== undefined ? [outcome.value] : []));
  const results = await graph.addExtractions(extractions, extractorVersion());
  const stored = new Map(extractions.map((extraction, i) => [extraction, results[i]]));
  return settled.map((outcome, index) => {
    const extraction = outcome.status === 'fulfilled' ? outcome.value : undefined;
    const result = extraction === undefined ? undefined : stored.get(extraction);
    if (result !== undefined) return result;
    const before = known[index];
    if (before === undefined) throw new Error(`ingestDocuments: article ${index} has neither an extraction nor a stored document.`);
    return alreadyPresent(graph.store.getDocument(before.id) ?? before);
  });
}

/** The input as a DocumentInput; throws InvalidInputError naming the first problem. */
export function validateDocumentInput(input: unknown): DocumentInput {
  const parsed = DocumentInputSchema.safeParse(htmlInputAsText(input));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') || 'input';
  throw new InvalidInputError(`ingestDocument: "${field}" ${issue?.message ?? 'is invalid'}.`);
}

/** Why a text cannot be read as an article, or undefined when it can. */
function textProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'contains NUL characters, so it is binary data, not text';
  if (text.trim() === '') return 'must not be empty';
  if (text.length > MAX_DOCUMENT_CHARS) {
    return `must be at most ${MAX_DOCUMENT_CHARS} characters, got ${text.length}`;
  }
  // Binary files decoded as text are full of control characters (C0 and C1) and U+FFFD replacement marks.
  const suspicious = text.match(/[\u0001-\u0008\u000e-\u001f\u007f-\u009f\ufffd]/g)?.length ?? 0;
  if (suspicious > text.length / 100) return `looks like binary data (${suspicious} control characters)`;
  return undefined;
}
