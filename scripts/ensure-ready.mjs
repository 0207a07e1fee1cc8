#!/usr/bin/env node
// Makes a checkout runnable before `npm start`, `npm test` and `npm run kg`: installs dependencies
// when they are missing or older than the lock file, compiles TypeScript when a source is newer than
// the last build, and bundles the web pages (GraphiQL, explorer) when they changed. Prints to stderr
// only, so commands whose standard output is data (`kg extract`) stay clean.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quiet = process.argv.includes('--quiet');
const say = (message) => {
  if (!quiet) process.stderr.write(`${message}\n`);
};

/** Newest modification time of any file under the given paths (0 when none exist). */
function newest(...paths) {
  let latest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) if (entry !== 'node_modules' && entry !== 'dist') visit(join(path, entry));
    } else latest = Math.max(latest, stat.mtimeMs);
  };
  paths.forEach((p) => visit(join(root, p)));
  return latest;
}

function stamp(path) {
  const file = join(root, path);
  return existsSync(file) ? statSync(file).mtimeMs : 0;
}

function touch(path) {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${new Date().toISOString()}\n`);
}

function run(command, args) {
  // Progress of the tools goes to stderr too.
  execFileSync(command, args, { cwd: root, stdio: ['ignore', 2, 2] });
}

const installed = stamp('node_modules/.package-lock.json');
if (!installed || stamp('package-lock.json') > installed) {
  process.stderr.write('Installing dependencies (npm ci)...\n');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}
if (newest('src', 'bench', 'tsconfig.json', 'package.json') > stamp('dist/.build-stamp')) {
  process.stderr.write('Compiling TypeScript...\n');
  run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
  touch('dist/.build-stamp');
}
if (existsSync(join(root, 'web/vite.config.ts')) && newest('web') > stamp('dist/web/.build-stamp')) {
  process.stderr.write('Bundling the web pages (vite build)...\n');
  run(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn']);
  touch('dist/web/.build-stamp');
}
say('Ready.');
