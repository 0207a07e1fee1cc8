// What the HTTP benchmarks share: the 1-hop entity lookup compared through GraphQL and the raw route
// (the GraphQL side asks for the fields the raw route returns), and a load run by bench/load-client.js
// in a child process.
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** The GraphQL form of `GET /api/entities/:id`. */
export const ENTITY_LOOKUP = `query Lookup($id: ID!) {
  entity(id: $id) {
    id name type aliases documents { id } mentions { count }
    relations { id predicate role source { id } target { id } rule confidence }
  }
}`;

/** One request, sent `requests` times with `concurrency` in flight. */
export interface LoadSpec {
  readonly url: string;
  readonly method: 'GET' | 'POST';
  readonly body?: string;
  readonly requests: number;
  readonly concurrency: number;
}

/** Requests per second and median latency (ms) of a load run in a child process. */
export async function runLoad(spec: LoadSpec): Promise<{ rate: number; median: number }> {
  const client = join(dirname(fileURLToPath(import.meta.url)), 'load-client.js');
  // Asynchronous on purpose: the server answering the load lives in this process's event loop.
  const { stdout } = await execFileAsync(process.execPath, [client, JSON.stringify(spec)], { encoding: 'utf8' });
  return JSON.parse(stdout) as { rate: number; median: number };
}
