// The CLI's one GraphQL client: where the service is (--url, else KG_URL, else localhost on PORT,
// as the server reads it) and one POST per operation, with every failure as a one-line message.
import { apiHeaders } from './api-headers.js';
import { InvalidArgumentError } from 'commander';
import { CliError } from './read-article.js';

/** The service's GraphQL endpoint when --url is not given: KG_URL, else http://localhost:$PORT/graphql (PORT default 4000). */
export function defaultGraphqlUrl(env: NodeJS.ProcessEnv = process.env): string {
  if (env.KG_URL !== undefined && env.KG_URL !== '') {
    try {
      return parseHttpUrl(env.KG_URL);
    } catch {
      throw new CliError(`KG_URL is "${env.KG_URL}", which is not an http or https URL.`);
    }
  }
  const port = env.PORT === undefined || env.PORT === '' ? 4000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new CliError(`PORT must be an integer from 1 to 65535, got "${env.PORT}".`);
  return `http://localhost:${port}/graphql`;
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

/** The service refused an operation (a GraphQL error); the message starts with its code. */
export class RequestRefused extends Error {}

/**
 * Posts one GraphQL operation and returns `data[field]`. Throws RequestRefused when the service
 * answers with an error, CliError when it cannot be reached or does not answer in GraphQL.
 */
export async function requestField<T>(url: string, query: string, variables: Readonly<Record<string, unknown>>, field: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: apiHeaders(),
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(120_000),
    });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    const reason = cause instanceof Error && 'code' in cause ? String(cause.code) : cause instanceof Error ? cause.message : String(cause);
    throw new CliError(`cannot reach ${url} (${reason}); is the service running (npm start)? Set --url or KG_URL (or PORT) to where it listens.`);
  }
  let body: { data?: Record<string, unknown> | null; errors?: { message?: string; extensions?: { code?: string } }[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new CliError(`${url} answered ${response.status} without a GraphQL response; is --url the /graphql endpoint?`);
  }
  const first = body.errors?.[0];
  if (first !== undefined) throw new RequestRefused(`${first.extensions?.code ?? `HTTP ${response.status}`}: ${first.message ?? 'refused'}`);
  const value = body.data?.[field];
  if (value === undefined || value === null) throw new CliError(`${url} answered ${response.status} without a result.`);
  return value as T;
}
