// The GraphQL schema: schema.graphql at the package root is the single source of truth, read at
// start; nothing in TypeScript repeats it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../service/index.js';

/** Path of schema.graphql. */
export function schemaPath(): string {
  return join(packageRoot(), 'schema.graphql');
}

/** The SDL text of the API. */
export function loadTypeDefs(): string {
  return readFileSync(schemaPath(), 'utf8');
}
