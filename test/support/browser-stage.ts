// What the browser tests share: the real server on a free port with the seed article and a
// throw-away data directory, headless Chromium with this machine's flags, and the rule that a page
// may only talk to this machine.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { type RunningServer, startServer } from '../../src/server.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const webDir = join(repoRoot, 'dist', 'web');
export const resultsDir = join(repoRoot, 'test-results');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium flags for this machine: headless, as root, and no background calls to the outside. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

/** A running server and browser for one test file. */
export interface BrowserStage {
  readonly url: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

/**
 * Starts the service on a free port (seed article, fresh data directory) and Chromium. The web
 * bundle `page` is built first when a fresh checkout does not have it yet. `populate`, when given,
 * adds to the graph before the browser starts (a generated graph, say).
 */
export async function startBrowserStage(label: string, page: string, populate?: (server: RunningServer) => Promise<void>): Promise<BrowserStage> {
  if (!existsSync(chromiumPath)) throw new Error(`${label}: no Chromium at "${chromiumPath}"; run apt-get install -y chromium.`);
  if (!existsSync(join(webDir, page, 'index.html'))) {
    const { build } = await import('vite');
    await build({ configFile: join(repoRoot, 'web', 'vite.config.ts'), logLevel: 'warn' });
  }
  const dataDir = await mkdtemp(join(tmpdir(), `news-kg-${label}-`));
  const server = await startServer({ port: 0, host: '127.0.0.1', seedsDir: join(repoRoot, 'seeds'), dataDir, webDir, quiet: true });
  await populate?.(server);
  // With --disable-gpu, Chromium still gives WebGL through its SwiftShader software renderer.
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  return {
    url: server.url,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** True for URLs that stay on this machine (data: and blob: included). */
export function isLocalUrl(raw: string): boolean {
  const url = new URL(raw);
  if (url.protocol === 'data:' || url.protocol === 'blob:') return true;
  return url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
}
