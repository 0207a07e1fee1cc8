// JSON lines of articles, as news APIs export them: one object a line with `text` (or `content`,
// `body`) and optionally `title`, `publishedAt` (or `published_at`, `date`), `source`, `url`.
import { InvalidInputError } from '../domain/index.js';
import { type ArticleInput, article, isoDate, withHeadline } from './article.js';

/** The articles of a JSON-lines text, in order; throws InvalidInputError naming the first bad line. */
export function readJsonLines(content: string): ArticleInput[] {
  const articles: ArticleInput[] = [];
  content.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `line ${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new InvalidInputError(`${where} is not JSON.`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InvalidInputError(`${where} is not a JSON object.`);
    const record = value as Record<string, unknown>;
    const field = (...names: string[]): string | undefined => {
      for (const name of names) {
        const v = record[name];
        if (v === undefined || v === null) continue;
        if (typeof v !== 'string') throw new InvalidInputError(`${where}: "${name}" must be a string.`);
        if (v.trim() !== '') return v.trim();
      }
      return undefined;
    };
    const body = field('text', 'content', 'body');
    if (body === undefined) throw new InvalidInputError(`${where} has no "text".`);
    const title = field('title', 'headline');
    const date = field('publishedAt', 'published_at', 'date');
    const publishedAt = isoDate(date);
    if (date !== undefined && publishedAt === undefined) throw new InvalidInputError(`${where}: "publishedAt" is not a date: "${date}".`);
    const url = field('url', 'link');
    articles.push(article({ text: withHeadline(title, body), title, publishedAt, source: field('source') ?? url, url }));
  });
  if (articles.length === 0) throw new InvalidInputError('the file holds no JSON lines.');
  return articles;
}
