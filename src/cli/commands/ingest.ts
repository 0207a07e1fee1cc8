// `kg ingest FILE...`: post articles to a running service and report what each one added. Articles
// go in batches through the ingestDocuments mutation (one transaction each on the service); a
// batch the service refuses is sent again one article at a time, so the refusal names its file. A file is a plain-text article, a saved web page, an RSS or Atom
// feed or JSON lines (src/formats); every file is read before any is sent, so an unreadable file
// stops the command before it changes anything.
import { basename } from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import { countOf } from '../../domain/index.js';
import { RequestRefused, defaultGraphqlUrl, parseHttpUrl, requestField } from '../graphql-client.js';
import { FORMAT_CHOICES, type FormatChoice, readArticlesOf } from '../read-article.js';

const OUTCOME_FIELDS = `alreadyPresent
    document { id title }
    added { entities relations statements facts }
    newEntities { id name type }`;
const INGEST_MUTATION = `mutation Ingest($input: IngestDocumentInput!) {
  ingestDocument(input: $input) {
    ${OUTCOME_FIELDS}
  }
}`;
const INGEST_BATCH_MUTATION = `mutation IngestBatch($inputs: [IngestDocumentInput!]!) {
  ingestDocuments(inputs: $inputs) {
    ${OUTCOME_FIELDS}
  }
}`;
/** Articles per ingestDocuments request (the service takes at most 100). */
const BATCH_SIZE = 50;

/** What the service answers for one file. */
interface IngestOutcome {
  readonly alreadyPresent: boolean;
  readonly document: { readonly id: string; readonly title: string };
  readonly added: { readonly entities: number; readonly relations: number; readonly statements: number; readonly facts: number };
  readonly newEntities: readonly { readonly id: string; readonly name: string; readonly type: string }[];
}

interface IngestOptions {
  readonly url?: string;
  readonly source?: string;
  readonly publishedAt?: string;
  readonly json?: boolean;
  readonly format: FormatChoice;
}

/** Register `ingest` on the program. */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('Send articles to a running service (npm start) and report what each added to the graph: entities, relations, statements, casualty figures.')
    .argument(
      '<files...>',
      'articles ("-" for standard input): plain text with the headline on the first line, saved web pages (.html), RSS or Atom feeds, JSON lines of {title, text, publishedAt, source, url}',
    )
    .option('--format <format>', `how to read the files: ${FORMAT_CHOICES.join(', ')} (auto: by name and content)`, parseFormatChoice, 'auto')
    .option('--url <url>', 'GraphQL endpoint of the service (default: $KG_URL, else http://localhost:$PORT/graphql, port 4000)', parseHttpUrl)
    .option('--source <source>', 'where the articles come from (default: the page or feed metadata, else the file name)')
    .option('--published-at <date>', 'publication date of the articles, ISO 8601 (e.g. 2022-01-06; default: from the page or feed)')
    .option('--json', 'print the service answers as JSON instead of one line per file')
    .action(async (files: string[], options: IngestOptions) => {
      const read = await Promise.all(files.map((file) => readArticlesOf(file, options.format)));
      const url = options.url ?? defaultGraphqlUrl();
      const articles: { file: string; input: Record<string, unknown> }[] = [];
      for (const [i, file] of files.entries()) {
        const fromFile = read[i] ?? [];
        for (const [n, article] of fromFile.entries()) {
          // A feed or JSON-lines file gives several articles: FILE#1, FILE#2...
          const label = fromFile.length > 1 ? `${file}#${n + 1}` : file;
          const input = {
            text: article.text,
            title: article.title ?? null,
            source: options.source ?? article.source ?? (file === '-' ? null : basename(file)),
            publishedAt: options.publishedAt ?? article.publishedAt ?? null,
          };
          articles.push({ file: label, input });
        }
      }
      const outcomes: { file: string; outcome?: IngestOutcome; error?: string }[] = [];
      for (let start = 0; start < articles.length; start += BATCH_SIZE) {
        outcomes.push(...(await postBatch(url, articles.slice(start, start + BATCH_SIZE))));
      }
      if (options.json) process.stdout.write(`${JSON.stringify(outcomes, null, 2)}\n`);
      for (const { file, outcome, error } of outcomes) {
        if (error !== undefined) process.stderr.write(`kg ingest: ${file}: ${error}\n`);
        else if (outcome !== undefined && !options.json) process.stdout.write(`${describeOutcome(file, outcome)}\n`);
      }
      if (outcomes.some((o) => o.error !== undefined)) process.exitCode = 1;
    });
}

/**
 * Posts a batch of articles (one request, one transaction); when the service refuses it, posts them
 * one at a time, so each refusal is reported with its file and the others still go in.
 */
async function postBatch(
  url: string,
  batch: readonly { file: string; input: Record<string, unknown> }[],
): Promise<{ file: string; outcome?: IngestOutcome; error?: string }[]> {
  if (batch.length > 1) {
    try {
      const outcomes = await requestField<IngestOutcome[]>(url, INGEST_BATCH_MUTATION, { inputs: batch.map((a) => a.input) }, 'ingestDocuments');
      return batch.map(({ file }, i) => ({
        file,
        ...(outcomes[i] === undefined ? { error: 'the service gave no answer for it.' } : { outcome: outcomes[i] }),
      }));
    } catch (error) {
      if (!(error instanceof RequestRefused)) throw error;
    }
  }
  const outcomes: { file: string; outcome?: IngestOutcome; error?: string }[] = [];
  for (const { file, input } of batch) {
    try {
      outcomes.push({ file, outcome: await postIngest(url, input) });
    } catch (error) {
      if (!(error instanceof RequestRefused)) throw error;
      outcomes.push({ file, error: error.message });
    }
  }
  return outcomes;
}

/** Posts one article; throws RequestRefused when the service refuses it, CliError when it cannot be reached. */
function postIngest(url: string, input: Record<string, unknown>): Promise<IngestOutcome> {
  return requestField<IngestOutcome>(url, INGEST_MUTATION, { input }, 'ingestDocument');
}

/** One line per file: what it added, and the names of the new entities. */
function describeOutcome(file: string, outcome: IngestOutcome): string {
  const { document, added } = outcome;
  if (outcome.alreadyPresent) return `${file}: already ingested as ${document.id} "${document.title}", nothing added`;
  const names = outcome.newEntities.map((e) => `${e.name} (${e.type})`).join(', ');
  return (
    `${file}: ${document.id} "${document.title}" added ${countOf(added.entities, 'entity')}, ${countOf(added.relations, 'relation')}, ` +
    `${countOf(added.statements, 'statement')}, ${countOf(added.facts, 'fact')}${names ? ` — new: ${names}` : ''}`
  );
}

/** Commander argument parser: one of the format choices. */
function parseFormatChoice(value: string): FormatChoice {
  const choice = FORMAT_CHOICES.find((f) => f === value.toLowerCase());
  if (choice === undefined) throw new InvalidArgumentError(`Choose one of ${FORMAT_CHOICES.join(', ')}.`);
  return choice;
}
