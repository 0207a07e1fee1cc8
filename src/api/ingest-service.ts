// Ingestion behind one function: validate the input, extract, apply to the store. The API and the
// server call only this, so durable storage can slot in here later without touching them.
import { z } from 'zod';
import { type DocumentInput, InvalidInputError, documentId } from '../domain/index.js';
import { type ApplyResult, type GraphStore } from '../graph/index.js';
import { MAX_DOCUMENT_CHARS, extract } from '../ingest/index.js';

/** Longest title accepted, in characters. */
export const MAX_TITLE_CHARS = 1_000;
/** Longest source accepted, in characters. */
export const MAX_SOURCE_CHARS = 2_000;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

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
    (value) => value === null || (ISO_DATE.test(value) && !Number.isNaN(Date.parse(value))),
    'must be an ISO 8601 date or date-time such as "2022-01-06"',
  ),
});

/**
 * Reads one article into the store. Throws InvalidInputError, with the store unchanged, when the
 * input is not a usable article (empty, too long, binary, malformed metadata).
 */
export function ingestDocument(store: GraphStore, input: unknown): ApplyResult {
  const document = validateDocumentInput(input);
  const known = store.getDocument(documentId(document.text));
  if (known !== undefined) {
    // Already read: skip the extractor, whose work would be discarded anyway.
    return {
      document: known,
      alreadyPresent: true,
      added: { entities: 0, relations: 0, statements: 0, facts: 0 },
      newEntityIds: [],
      mergedInto: new Map(),
    };
  }
  return store.applyExtraction(extract(document));
}

/** The input as a DocumentInput; throws InvalidInputError naming the first problem. */
export function validateDocumentInput(input: unknown): DocumentInput {
  const parsed = DocumentInputSchema.safeParse(input);
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
  // Binary files decoded as text are full of control characters and U+FFFD replacement marks.
  const suspicious = text.match(/[\u0001-\u0008\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0;
  if (suspicious > text.length / 100) return `looks like binary data (${suspicious} control characters)`;
  return undefined;
}
