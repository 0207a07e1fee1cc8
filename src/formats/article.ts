// What every input format reads into: one article as the ingest input takes it (text, headline,
// publication date, source), plus the helpers the readers share: publication dates as ISO 8601 and
// the text of an HTML fragment with its paragraphs kept apart.
import { parseHTML } from 'linkedom';

/** One article read from a file or a request, ready for ingestion; absent metadata is left out. */
export interface ArticleInput {
  /** Plain text, the headline on the first line when there is one. */
  readonly text: string;
  readonly title?: string;
  /** ISO 8601 date or date-time. */
  readonly publishedAt?: string;
  /** Publisher or site name, else the article's URL. */
  readonly source?: string;
  readonly url?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A publication date as ISO 8601: ISO dates are kept as written (a day stays a day), others
 * (RSS's "Tue, 04 Jan 2022 10:00:00 GMT") become a UTC date-time; unreadable ones give undefined.
 */
export function isoDate(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') return undefined;
  if (ISO_DATE.test(trimmed) && !Number.isNaN(Date.parse(trimmed))) return trimmed;
  const time = Date.parse(trimmed);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** The part of an HTML element this module reads and changes. */
export interface HtmlElement {
  readonly textContent: string | null;
  readonly innerHTML: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): HtmlElement | null;
  querySelectorAll(selector: string): Iterable<HtmlElement>;
  remove(): void;
}

/** The part of an HTML document the format readers use (linkedom's DOM types are loose). */
export interface HtmlDocument {
  /** The root element; null when the text had no markup at all. */
  readonly documentElement: HtmlElement | null;
  readonly body: HtmlElement | null;
  querySelector(selector: string): HtmlElement | null;
  querySelectorAll(selector: string): Iterable<HtmlElement>;
}

/** An HTML text as a document (linkedom), typed as far as the readers use it. */
export function parseHtmlDocument(html: string): HtmlDocument {
  return (parseHTML(html) as { document: HtmlDocument }).document;
}

/** Blocks whose text stands as a paragraph of its own. */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, dt, dd';

/** The text of an HTML fragment, one paragraph per block element, blank lines between. */
export function textOfHtml(html: string): string {
  const body = parseHtmlDocument(`<!doctype html><html><body>${html}</body></html>`).body;
  if (body === null) return '';
  const blocks = [...body.querySelectorAll(BLOCKS)].filter((block) => block.querySelector(BLOCKS) === null);
  const paragraphs = (blocks.length > 0 ? blocks : [body]).map((block) => squeeze(block.textContent ?? '')).filter((p) => p !== '');
  return paragraphs.join('\n\n');
}

/** Runs of white space as one space, trimmed. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The article text with the headline on its first line (unless the text already starts with it). */
export function withHeadline(title: string | undefined, body: string): string {
  if (title === undefined || title === '' || body.startsWith(title)) return body;
  return `${title}\n\n${body}`;
}

/** The article without its empty fields, so absent metadata is absent rather than empty. */
export function article(fields: {
  text: string;
  title?: string | undefined;
  publishedAt?: string | undefined;
  source?: string | undefined;
  url?: string | undefined;
}): ArticleInput {
  const out: { -readonly [K in keyof ArticleInput]: ArticleInput[K] } = { text: fields.text };
  for (const key of ['title', 'publishedAt', 'source', 'url'] as const) {
    const value = fields[key]?.trim();
    if (value !== undefined && value !== '') out[key] = value;
  }
  return out;
}
