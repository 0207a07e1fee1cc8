#!/usr/bin/env node
// Makes a checkout runnable before `npm start`, `npm test` and `npm run kg`: installs dependencies
// when they are missing or older than the lock file, compiles TypeScript when a source is newer than
// the last build, and bundles the web pages (GraphiQL, explorer) when they changed. With --tests it
// first makes sure the browser tests have a Chromium: it installs Debian's package when it can (root
// and apt-get), and otherwise stops at once with one line saying how. Each step says what it is doing
// and how long it took. Prints to stderr only, so commands whose standard output is data
// (`kg extract`) stay clean.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quiet = process.argv.includes('--quiet');
const forTests = process.argv.includes('--tests');
const say = (message) => {
  if (!quiet) process.stderr.write(`${message}\n`);
};

/** Stops with one line on standard error. */
function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

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

function run(command, args, env = process.env) {
  // Progress of the tools goes to stderr too.
  execFileSync(command, args, { cwd: root, stdio: ['ignore', 2, 2], env });
}

/** Runs `work` after printing what it does (always: these steps take long), then how long it took. */
function step(what, work) {
  const started = Date.now();
  process.stderr.write(`${what}...\n`);
  work();
  process.stderr.write(`  done in ${Math.round((Date.now() - started) / 1000)} s.\n`);
}

/** Whether `name` is an executable on the PATH. */
function onPath(name) {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, name)));
}

/**
 * The browser tests (test/e2e/explorer, graphiql) drive Chromium at $CHROMIUM_PATH, default
 * /usr/bin/chromium. When it is missing: installed with apt-get as root, otherwise one line saying how.
 */
function ensureChromium() {
  const given = process.env.CHROMIUM_PATH;
  const path = given ?? '/usr/bin/chromium';
  if (existsSync(path)) return;
  if (given !== undefined)
    fail(`npm test: CHROMIUM_PATH is "${given}", which does not exist; point it to a Chromium or Chrome binary, or unset it to use /usr/bin/chromium.`);
  const howTo =
    'npm test: the browser tests need Chromium at /usr/bin/chromium; install it with `sudo apt-get install -y chromium` (Debian, Ubuntu) or set CHROMIUM_PATH to a Chromium or Chrome binary.';
  if (process.getuid?.() !== 0 || !onPath('apt-get')) fail(howTo);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  step('Installing Chromium for the browser tests (apt-get update, apt-get install chromium; a few minutes)', () => {
    for (const args of [
      ['update', '-qq'],
      ['install', '-y', '-qq', '--no-install-recommends', 'chromium'],
    ]) {
      const result = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 2], env });
      if (result.status !== 0)
        fail(`npm test: \`apt-get ${args.join(' ')}\` failed (exit ${result.status ?? result.signal}); ${howTo.replace(/^npm test: /, '')}`);
    }
  });
  if (!existsSync(path)) fail(`npm test: apt-get installed chromium but there is no ${path}; set CHROMIUM_PATH to the Chromium binary.`);
}

if (forTests) ensureChromium();
const installed = stamp('node_modules/.package-lock.json');
if (!installed || stamp('package-lock.json') > installed) {
  step('Installing dependencies (npm ci; one to five minutes on a first run)', () => run('npm', ['ci', '--no-audit', '--no-fund']));
}
if (newest('src', 'bench', 'tsconfig.json', 'package.json') > stamp('dist/.build-stamp')) {
  step('Compiling TypeScript to dist/ (tsc; about a minute on a first run)', () =>
    run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']),
  );
  touch('dist/.build-stamp');
}
if (existsSync(join(root, 'web/vite.config.ts')) && newest('web') > stamp('dist/web/.build-stamp')) {
  step('Bundling the GraphiQL and explorer pages (vite build; about a minute on a first run)', () =>
    run(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn']),
  );
  touch('dist/web/.build-stamp');
}
say('Ready.');
