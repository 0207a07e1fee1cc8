// The `html` field of the ingest input: a saved web page given instead of `text`. The page is read
// into text and metadata; metadata given beside it (title, source, publishedAt) wins over the page's.
import { InvalidInputError } from '../domain/index.js';
import { readHtmlPage } from './html-page.js';

/**
 * The input with `html` read into `text` (and the page's headline, source and date where the input
 * has none); any other input is returned as it is. Throws InvalidInputError when both `text` and
 * `html` are given, or the page has no readable text.
 */
export function htmlInputAsText(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || !('html' in input)) return input;
  const { html, ...rest } = input as Record<string, unknown>;
  if (html === null || html === undefined) return rest;
  if (rest.text !== undefined && rest.text !== null) throw new InvalidInputError('ingestDocument: give "text" or "html", not both.');
  if (typeof html !== 'string') throw new InvalidInputError('ingestDocument: "html" must be a string.');
  let page;
  try {
    page = readHtmlPage(html);
  } catch (error) {
    if (error instanceof InvalidInputError) throw new InvalidInputError(`ingestDocument: "html": ${error.message}`);
    throw error;
  }
  const given = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';
  return {
    ...rest,
    text: page.text,
    ...(given(rest.title) || page.title === undefined ? {} : { title: page.title }),
    ...(given(rest.source) || page.source === undefined ? {} : { source: page.source }),
    ...(given(rest.publishedAt) || page.publishedAt === undefined ? {} : { publishedAt: page.publishedAt }),
  };
}
