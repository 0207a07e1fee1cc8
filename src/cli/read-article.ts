// Reads an article file (or standard input) for the CLI, turning every failure into a CliError
// with a one-line message.
import { readFile } from 'node:fs/promises';
import { InvalidInputError } from '../domain/index.js';
import { type ArticleInput, INPUT_FORMATS, type InputFormat, MAX_HTML_CHARS, detectFormat, readArticles } from '../formats/index.js';
import { MAX_DOCUMENT_CHARS } from '../ingest/index.js';

/** A failure the CLI reports in one line, with a non-zero exit code. */
export class CliError extends Error {}

/** The text of `file` ("-" for standard input); throws CliError when it is unreadable, empty, binary or too large. */
export async function readArticle(file: string): Promise<string> {
  return readTextFile(file, MAX_DOCUMENT_CHARS);
}

/** How `kg ingest` reads a file: by its name and content (auto), or as the given format. */
export type FormatChoice = InputFormat | 'auto';

/** The format choices, for the help and the option parser. */
export const FORMAT_CHOICES: readonly FormatChoice[] = ['auto', ...INPUT_FORMATS];

/**
 * The articles of `file`: a plain-text article, a saved web page, an RSS or Atom feed (one per item)
 * or JSON lines (one per line). Throws CliError when the file is unreadable or not in its format.
 */
export async function readArticlesOf(file: string, format: FormatChoice): Promise<ArticleInput[]> {
  const content = await readTextFile(file, MAX_HTML_CHARS);
  const chosen = format === 'auto' ? detectFormat(content, file === '-' ? '' : file) : format;
  let articles: ArticleInput[];
  try {
    articles = readArticles(content, chosen);
  } catch (error) {
    if (error instanceof InvalidInputError) throw new CliError(`"${file}" (read as ${chosen}): ${error.message}`);
    throw error;
  }
  if (articles.length === 0) throw new CliError(`"${file}" (read as ${chosen}) holds no article with text.`);
  for (const { text } of articles) {
    if (text.length > MAX_DOCUMENT_CHARS) throw new CliError(`"${file}" has an article of ${text.length} characters; the limit is ${MAX_DOCUMENT_CHARS}.`);
  }
  return articles;
}

async function readTextFile(file: string, maxChars: number): Promise<string> {
  let text: string;
  try {
    text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : 'unreadable';
    throw new CliError(`cannot read "${file}" (${reason}).`);
  }
  if (!text.trim()) throw new CliError(`"${file}" is empty.`);
  if (text.includes('\u0000')) throw new CliError(`"${file}" is not a text file.`);
  if (text.length > maxChars) throw new CliError(`"${file}" has ${text.length} characters; the limit is ${maxChars}.`);
  return text;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
