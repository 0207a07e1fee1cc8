// RSS 2.0 and Atom feeds as articles, one per item or entry: its title, its text (the full content
// when the feed carries it, content:encoded or Atom content, else the description or summary), its
// date (pubDate, dc:date, published, updated), its link, and the feed's title as the source.
import { DOMParser } from 'linkedom';
import { InvalidInputError } from '../domain/index.js';
import { type ArticleInput, article, isoDate, squeeze, textOfHtml, withHeadline } from './article.js';

/** An XML element, as far as this reader uses it. */
interface XmlElement {
  readonly localName: string;
  readonly tagName: string;
  readonly children: ArrayLike<XmlElement>;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
}

/** The articles of an RSS or Atom feed, in feed order; items without text are skipped. Throws InvalidInputError on anything else. */
export function readFeed(xml: string): ArticleInput[] {
  const document = new DOMParser().parseFromString(xml, 'text/xml') as unknown as { documentElement: XmlElement | null };
  const root = document.documentElement;
  if (root === null) throw new InvalidInputError('the file is not an RSS or Atom feed (it is not XML).');
  const name = localName(root);
  if (name === 'rss' || name === 'rdf') {
    const channel = child(root, 'channel');
    const source = text(channel === undefined ? undefined : child(channel, 'title'));
    // RSS 1.0 (RDF) puts its items beside the channel, RSS 2.0 inside it.
    const items = [...childrenNamed(root, 'item'), ...(channel === undefined ? [] : childrenNamed(channel, 'item'))];
    return items.flatMap((item) => {
      const body = html(child(item, 'encoded')) ?? html(child(item, 'description'));
      return entry(item, body, source, text(child(item, 'pubDate')) ?? text(child(item, 'date')), text(child(item, 'link')) ?? text(child(item, 'guid')));
    });
  }
  if (name === 'feed') {
    const source = text(child(root, 'title'));
    return childrenNamed(root, 'entry').flatMap((item) => {
      const body = html(child(item, 'content')) ?? html(child(item, 'summary'));
      return entry(item, body, source, text(child(item, 'published')) ?? text(child(item, 'updated')), atomLink(item));
    });
  }
  throw new InvalidInputError('the file is not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> element).');
}

function entry(item: XmlElement, body: string | undefined, source: string | undefined, date: string | undefined, url: string | undefined): ArticleInput[] {
  if (body === undefined || body === '') return [];
  const title = text(child(item, 'title'));
  return [article({ text: withHeadline(title, body), title, publishedAt: isoDate(date), source: source ?? url, url })];
}

/** The link of an Atom entry: its rel="alternate" link, else its first. */
function atomLink(item: XmlElement): string | undefined {
  const links = childrenNamed(item, 'link');
  const link = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  return link?.getAttribute('href')?.trim() || undefined;
}

/** Name without its namespace prefix: "content:encoded" -> "encoded", "rdf:RDF" -> "rdf". */
function localName(element: XmlElement): string {
  const name = element.tagName.includes(':') ? element.tagName.slice(element.tagName.indexOf(':') + 1) : element.tagName;
  return name.toLowerCase() === 'rdf' ? 'rdf' : name;
}

function childrenNamed(parent: XmlElement, name: string): XmlElement[] {
  return Array.from(parent.children).filter((c) => localName(c) === name);
}

function child(parent: XmlElement, name: string): XmlElement | undefined {
  return childrenNamed(parent, name)[0];
}

function text(element: XmlElement | undefined): string | undefined {
  const value = squeeze(element?.textContent ?? '');
  return value === '' ? undefined : value;
}

/** The text of an element that holds HTML (escaped or in CDATA), paragraphs kept apart. */
function html(element: XmlElement | undefined): string | undefined {
  const raw = element?.textContent?.trim() ?? '';
  return raw === '' ? undefined : textOfHtml(raw);
}
