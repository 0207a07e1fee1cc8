// Reads an article file (or standard input) for the CLI, turning every failure into a CliError
// with a one-line message.
import { readFile } from 'node:fs/promises';
import { MAX_DOCUMENT_CHARS } from '../ingest/index.js';

/** A failure the CLI reports in one line, with a non-zero exit code. */
export class CliError extends Error {}

/** The text of `file` ("-" for standard input); throws CliError when it is unreadable, empty, binary or too large. */
export async function readArticle(file: string): Promise<string> {
  let text: string;
  try {
    text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : 'unreadable';
    throw new CliError(`cannot read "${file}" (${reason}).`);
  }
  if (!text.trim()) throw new CliError(`"${file}" is empty.`);
  if (text.includes('\u0000')) throw new CliError(`"${file}" is not a text file.`);
  if (text.length > MAX_DOCUMENT_CHARS) throw new CliError(`"${file}" has ${text.length} characters; the limit is ${MAX_DOCUMENT_CHARS}.`);
  return text;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
