// Which format a file is in, told from its name and its first characters, and its articles: a saved
// web page gives one, a feed one per item, JSON lines one per line, plain text one (headline on the
// first line).
import { type ArticleInput } from './article.js';
import { readFeed } from './feed.js';
import { readHtmlPage } from './html-page.js';
import { readJsonLines } from './json-lines.js';

/** The input formats. */
export const INPUT_FORMATS = ['text', 'html', 'feed', 'jsonl'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** The format of `content`: by the file's extension when it says, else by how the content starts. */
export function detectFormat(content: string, fileName = ''): InputFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (['html', 'htm', 'xhtml'].includes(extension)) return 'html';
  if (['rss', 'atom'].includes(extension)) return 'feed';
  if (['jsonl', 'ndjson'].includes(extension)) return 'jsonl';
  if (extension === 'txt') return 'text';
  const head = content
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 2000);
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)\b/i.test(head)) return 'feed';
  if (/^(<!doctype html|<html\b|<head\b)/i.test(head) || (/^<\?xml/i.test(head) && /<html\b/i.test(head))) return 'html';
  if (head.startsWith('{')) return 'jsonl';
  return 'text';
}

/** The articles of `content` in `format`; plain text is one article as it is. */
export function readArticles(content: string, format: InputFormat): ArticleInput[] {
  switch (format) {
    case 'html':
      return [readHtmlPage(content)];
    case 'feed':
      return readFeed(content);
    case 'jsonl':
      return readJsonLines(content);
    case 'text':
      return [{ text: content }];
    default: {
      const unreachable: never = format;
      throw new Error(`unknown input format ${String(unreachable)}`);
    }
  }
}
