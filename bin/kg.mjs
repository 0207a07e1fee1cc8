#!/usr/bin/env node
// The `kg` command (package.json "bin"): `npx kg` in a checkout, or `kg` after `npm link`. Runs the
// compiled CLI in dist/; on a checkout that was never built it builds first (scripts/ensure-ready.mjs,
// which says what it does on standard error).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  process.stderr.write('kg: not built yet; building this checkout first (npm run build).\n');
  try {
    execFileSync(process.execPath, [fileURLToPath(new URL('../scripts/ensure-ready.mjs', import.meta.url))], { stdio: ['ignore', 2, 2] });
  } catch {
    process.stderr.write('kg: the build failed (see above); run `npm run build` in the checkout and try again.\n');
    process.exit(1);
  }
}
await import(cli.href);
