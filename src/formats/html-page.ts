// A saved web page as an article: the main text found by Mozilla's Readability (the reader view of
// Firefox) over a linkedom DOM, and the metadata news sites publish for search engines and social
// networks: Open Graph (og:title, og:site_name, article:published_time), JSON-LD NewsArticle
// (headline, datePublished, publisher) and plain <meta>/<time> tags.
import { Readability } from '@mozilla/readability';
import { InvalidInputError } from '../domain/index.js';
import { type ArticleInput, type HtmlDocument, article, isoDate, parseHtmlDocument, squeeze, textOfHtml, withHeadline } from './article.js';

/** Largest page read, in characters: pages carry scripts and markup around the article. */
export const MAX_HTML_CHARS = 5_000_000;

/** Elements that are page furniture, never the article. */
const FURNITURE = 'script, style, noscript, template, nav, footer, aside, form';

/** What a page's metadata says, before the main text is read. */
interface PageMetadata {
  readonly title?: string | undefined;
  readonly publishedAt?: string | undefined;
  readonly source?: string | undefined;
  readonly url?: string | undefined;
}

/** The article of a saved web page; throws InvalidInputError when the page has no readable text. */
export function readHtmlPage(html: string): ArticleInput {
  if (html.length > MAX_HTML_CHARS) throw new InvalidInputError(`the page has ${html.length} characters; the limit is ${MAX_HTML_CHARS}.`);
  const document = parseHtmlDocument(html);
  // Text with no markup parses to a document without a root element: not a web page.
  if (!document.documentElement) throw new InvalidInputError('the page has no HTML elements, so no readable text.');
  // Metadata first: Readability takes elements out of the document as it reads it.
  const meta = pageMetadata(document);
  // Menus, footers and scripts are never the article; without them a page of furniture reads as empty.
  for (const element of [...document.querySelectorAll(FURNITURE)]) element.remove();
  // A page whose root element was furniture ("<script>...", "<nav>...") has nothing left to read.
  const parsed = document.documentElement ? new Readability(document).parse() : null;
  const body = parsed?.content ? textOfHtml(parsed.content) : '';
  const fallback = body === '' ? bodyText(html) : body;
  if (fallback.trim() === '') throw new InvalidInputError('the page has no readable text.');
  const title = meta.title ?? (parsed?.title ? squeeze(parsed.title) : undefined);
  return article({
    text: withHeadline(title, fallback),
    title,
    publishedAt: meta.publishedAt ?? isoDate(parsed?.publishedTime),
    source: meta.source ?? (parsed?.siteName ? squeeze(parsed.siteName) : undefined) ?? meta.url,
    url: meta.url,
  });
}

/** The page's text without its furniture (menus, headers, footers, scripts), for pages Readability finds no article in. */
function bodyText(html: string): string {
  const document = parseHtmlDocument(html);
  for (const element of [...document.querySelectorAll(`${FURNITURE}, header`)]) element.remove();
  // linkedom's `body` throws once the root element itself was furniture and is gone.
  return document.documentElement ? textOfHtml(document.body?.innerHTML ?? '') : '';
}

function pageMetadata(document: HtmlDocument): PageMetadata {
  const ld = jsonLdArticle(document);
  const metaContent = (...selectors: string[]): string | undefined => {
    for (const selector of selectors) {
      const value = document.querySelector(selector)?.getAttribute('content');
      if (value !== null && value !== undefined && value.trim() !== '') return squeeze(value);
    }
    return undefined;
  };
  const titleTag = document.querySelector('title')?.textContent;
  return {
    title: metaContent('meta[property="og:title"]', 'meta[name="twitter:title"]') ?? ld.headline ?? (titleTag ? squeeze(titleTag) || undefined : undefined),
    publishedAt:
      isoDate(metaContent('meta[property="article:published_time"]', 'meta[name="article:published_time"]')) ??
      isoDate(ld.datePublished) ??
      isoDate(
        metaContent('meta[name="date"]', 'meta[name="pubdate"]', 'meta[name="publish-date"]', 'meta[itemprop="datePublished"]', 'meta[name="dc.date"]'),
      ) ??
      isoDate(document.querySelector('time[datetime]')?.getAttribute('datetime')),
    source: metaContent('meta[property="og:site_name"]', 'meta[name="application-name"]') ?? ld.publisher,
    url: metaContent('meta[property="og:url"]') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? ld.url,
  };
}

/** The fields of the first JSON-LD article on the page (NewsArticle, Article, ReportageNewsArticle...). */
function jsonLdArticle(document: HtmlDocument): { headline?: string; datePublished?: string; publisher?: string; url?: string } {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let value: unknown;
    try {
      value = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const found = findArticle(value);
    if (found === undefined) continue;
    const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? squeeze(v) : undefined);
    const publisher = found.publisher;
    const publisherName = typeof publisher === 'object' && publisher !== null && 'name' in publisher ? text(publisher.name) : text(publisher);
    const result: { headline?: string; datePublished?: string; publisher?: string; url?: string } = {};
    const headline = text(found.headline) ?? text(found.name);
    if (headline !== undefined) result.headline = headline;
    const date = text(found.datePublished) ?? text(found.dateCreated);
    if (date !== undefined) result.datePublished = date;
    if (publisherName !== undefined) result.publisher = publisherName;
    const url = text(found.url) ?? text(found.mainEntityOfPage);
    if (url !== undefined) result.url = url;
    return result;
  }
  return {};
}

/** An object whose @type names an article, looked for in arrays and @graph lists. */
function findArticle(value: unknown): Record<string, unknown> | undefined {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findArticle(item);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const types = ([] as unknown[]).concat(record['@type']);
  if (types.some((t) => typeof t === 'string' && /Article$|^BlogPosting$|^Report$/.test(t))) return record;
  return findArticle(record['@graph']);
}
