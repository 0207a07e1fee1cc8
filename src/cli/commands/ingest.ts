// `kg ingest FILE...`: post articles to a running service through the ingestDocument mutation
// and report what each one added. Every file is read before any is sent, so an unreadable file
// stops the command before it changes anything.
import { basename } from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import { CliError, readArticle } from '../read-article.js';
import { apiHeaders } from '../api-headers.js';

/** Where the service listens unless --url says otherwise. */
export const DEFAULT_GRAPHQL_URL = 'http://localhost:4000/graphql';

const INGEST_MUTATION = `mutation Ingest($input: IngestDocumentInput!) {
  ingestDocument(input: $input) {
    alreadyPresent
    document { id title }
    added { entities relations statements facts }
    newEntities { id name type }
  }
}`;

/** What the service answers for one file. */
interface IngestOutcome {
  readonly alreadyPresent: boolean;
  readonly document: { readonly id: string; readonly title: string };
  readonly added: { readonly entities: number; readonly relations: number; readonly statements: number; readonly facts: number };
  readonly newEntities: readonly { readonly id: string; readonly name: string; readonly type: string }[];
}

interface IngestOptions {
  readonly url: string;
  readonly source?: string;
  readonly publishedAt?: string;
  readonly json?: boolean;
}

/** Register `ingest` on the program. */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('Send articles to a running service (npm start) and report what each added to the graph: entities, relations, statements, casualty figures.')
    .argument('<files...>', 'plain-text articles, headline on the first line ("-" for standard input)')
    .option('--url <url>', 'GraphQL endpoint of the service', parseHttpUrl, DEFAULT_GRAPHQL_URL)
    .option('--source <source>', 'where the articles come from (default: the file name)')
    .option('--published-at <date>', 'publication date of the articles, ISO 8601 (e.g. 2022-01-06)')
    .option('--json', 'print the service answers as JSON instead of one line per file')
    .action(async (files: string[], options: IngestOptions) => {
      const texts = await Promise.all(files.map((file) => readArticle(file)));
      const outcomes: { file: string; outcome?: IngestOutcome; error?: string }[] = [];
      for (const [i, file] of files.entries()) {
        const input = {
          text: texts[i],
          source: options.source ?? (file === '-' ? null : basename(file)),
          publishedAt: options.publishedAt ?? null,
        };
        try {
          outcomes.push({ file, outcome: await postIngest(options.url, input) });
        } catch (error) {
          if (!(error instanceof RequestRefused)) throw error;
          outcomes.push({ file, error: error.message });
        }
      }
      if (options.json) process.stdout.write(`${JSON.stringify(outcomes, null, 2)}\n`);
      for (const { file, outcome, error } of outcomes) {
        if (error !== undefined) process.stderr.write(`kg ingest: ${file}: ${error}\n`);
        else if (outcome !== undefined && !options.json) process.stdout.write(`${describeOutcome(file, outcome)}\n`);
      }
      if (outcomes.some((o) => o.error !== undefined)) process.exitCode = 1;
    });
}

/** The service refused one article; the other files still go. */
class RequestRefused extends Error {}

/** Posts one article; throws RequestRefused when the service refuses it, CliError when it cannot be reached. */
async function postIngest(url: string, input: Record<string, unknown>): Promise<IngestOutcome> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: apiHeaders(),
      body: JSON.stringify({ query: INGEST_MUTATION, variables: { input } }),
      signal: AbortSignal.timeout(120_000),
    });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    const reason = cause instanceof Error && 'code' in cause ? String(cause.code) : cause instanceof Error ? cause.message : String(cause);
    throw new CliError(`cannot reach ${url} (${reason}); is the service running (npm start)?`);
  }
  let body: { data?: { ingestDocument?: IngestOutcome } | null; errors?: { message?: string; extensions?: { code?: string } }[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new CliError(`${url} answered ${response.status} without a GraphQL response; is --url the /graphql endpoint?`);
  }
  const first = body.errors?.[0];
  if (first !== undefined) throw new RequestRefused(`${first.extensions?.code ?? `HTTP ${response.status}`}: ${first.message ?? 'refused'}`);
  const outcome = body.data?.ingestDocument;
  if (outcome === undefined) throw new CliError(`${url} answered ${response.status} without a result.`);
  return outcome;
}

/** One line per file: what it added, and the names of the new entities. */
function describeOutcome(file: string, outcome: IngestOutcome): string {
  const { document, added } = outcome;
  if (outcome.alreadyPresent) return `${file}: already ingested as ${document.id} "${document.title}", nothing added`;
  const names = outcome.newEntities.map((e) => `${e.name} (${e.type})`).join(', ');
  return (
    `${file}: ${document.id} "${document.title}" added ${added.entities} entities, ${added.relations} relations, ` +
    `${added.statements} statements, ${added.facts} facts${names ? ` — new: ${names}` : ''}`
  );
}

/** Commander argument parser: an http(s) URL. */
export function parseHttpUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError('Not a URL.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InvalidArgumentError('Only http and https URLs are supported.');
  return url.href;
}
