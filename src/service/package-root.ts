// Where the package lives on disk, found the same way from src/ (tsx, vitest) and from dist/src/
// (compiled), so schema.graphql, seeds/ and dist/web are found whichever is running.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/** The nearest directory above this module that holds a package.json. */
export function packageRoot(): string {
  if (cached !== undefined) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the news-kg package: no package.json above "${fileURLToPath(import.meta.url)}".`);
    dir = parent;
  }
  cached = dir;
  return dir;
}
