// Browser test of the self-hosted GraphiQL page: real server, real Chromium, seed article loaded.
// It guards what unit tests cannot see: the bundle loads with no CDN, Monaco's web workers run
// (completion and validation live there and fail silently without them), and the docs open.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserStage, isLocalUrl, resultsDir, startBrowserStage } from '../support/browser-stage.js';

// People named in seeds/almaty-unrest.txt; which of them the extractor surfaces first may change.
const SEED_PERSON = /Tokayev|Pashinian|Azirbek/;

const QUERY_EDITOR = '.graphiql-query-editor';
const RESPONSE = '.graphiql-response';

/** One page in a fresh browser context, with everything it did that the test must refuse. */
interface PageSession {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Requests to anywhere but this machine: the page must be fully self-hosted. */
  readonly offsiteRequests: string[];
  readonly consoleErrors: string[];
  /** Script URLs of the web workers the page started. */
  readonly workers: string[];
}

function expectCleanSession(session: PageSession): void {
  expect(session.offsiteRequests, 'requests that left this machine').toEqual([]);
  expect(session.consoleErrors, 'console errors and uncaught page errors').toEqual([]);
}

/** The lines an editor shows; Monaco renders spaces as no-break spaces. */
async function visibleText(page: Page, editor: string): Promise<string> {
  const text = await page.locator(`${editor} .view-lines`).innerText();
  return text.replace(/\u00a0/g, ' ');
}

/**
 * Full text of GraphiQL's response editor. Monaco renders only the lines in view, so the DOM
 * alone cannot show a name further down; @graphiql/react publishes its monaco instance as
 * `globalThis.__MONACO`, whose models hold the whole text.
 */
async function responseText(page: Page): Promise<string> {
  return page.evaluate(() => {
    interface Model {
      uri: { path: string };
      getValue(): string;
    }
    const monaco = (globalThis as { __MONACO?: { editor: { getModels(): Model[] } } }).__MONACO;
    const model = monaco?.editor.getModels().find((m) => m.uri.path.endsWith('response.json'));
    return model?.getValue() ?? '';
  });
}

describe('GraphiQL page in Chromium', { timeout: 60_000 }, () => {
  let stage: BrowserStage | undefined;

  beforeAll(async () => {
    stage = await startBrowserStage('graphiql', 'graphiql');
  }, 120_000);

  afterAll(async () => {
    await stage?.close();
  });

  /** Opens `path` in a new context (GraphiQL keeps tabs in localStorage) and waits for the editor. */
  async function openGraphiQL(path: string): Promise<PageSession> {
    if (stage === undefined) throw new Error('openGraphiQL: setup failed.');
    const context = await stage.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const session: PageSession = { page, context, offsiteRequests: [], consoleErrors: [], workers: [] };
    // On the context, so requests from every page and worker of the session are seen.
    context.on('request', (request) => {
      if (!isLocalUrl(request.url())) session.offsiteRequests.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error') {
        session.consoleErrors.push(`${message.text()} (${message.location().url})`);
      }
    });
    page.on('pageerror', (error) => session.consoleErrors.push(`uncaught: ${error.message}`));
    page.on('worker', (worker) => session.workers.push(worker.url()));

    await page.goto(new URL(path, stage.url).href);
    await page.locator(`${QUERY_EDITOR} .monaco-editor .view-lines`).waitFor();
    return session;
  }

  it('runs the default query and shows the people found in the seed article', async () => {
    const session = await openGraphiQL('/');
    const { page } = session;
    expect(await page.title()).toBe('News knowledge graph - GraphiQL');
    await expect.poll(() => visibleText(page, QUERY_EDITOR)).toContain('query People');

    await page.locator('.graphiql-execute-button').click();

    // The response starts with stats then the first entity, so "PERSON" is within the rendered lines.
    await page.locator(RESPONSE, { hasText: '"PERSON"' }).waitFor({ timeout: 30_000 });
    const text = await responseText(page);
    const result = JSON.parse(text) as { data?: unknown; errors?: unknown };
    // Errors here mean the default query no longer matches the schema.
    expect(result.errors).toBeUndefined();
    expect(text).toMatch(SEED_PERSON);

    await mkdir(resultsDir, { recursive: true });
    await page.screenshot({ path: join(resultsDir, 'graphiql.png') });
    expectCleanSession(session);
  });

  it('validates and completes queries against the schema in Monaco web workers', async () => {
    const session = await openGraphiQL('/');
    const { page } = session;

    const editor = page.locator(`${QUERY_EDITOR} .monaco-editor .view-lines`);
    await editor.click();
    await page.keyboard.press('ControlOrMeta+A');
    // insertText types no keys, so Monaco adds no closing braces of its own.
    await page.keyboard.insertText('query Broken { notAField }');

    // A schema-aware message proves the GraphQL worker validated the text, not just the parser.
    await page.locator(`${QUERY_EDITOR} .squiggly-error`).first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.press('F8'); // Monaco: go to next problem, which shows its message inline
    await expect
      .poll(() => page.locator(`${QUERY_EDITOR} .marker-widget`).innerText(), { timeout: 15_000 })
      .toContain('Cannot query field "notAField" on type "Query"');
    await page.keyboard.press('Escape');

    // Completion inside a selection set lists the root fields, again computed in the worker. The
    // list shows only a dozen rows at a time, so a prefix narrows it to the fields looked for.
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText('{ sta');
    await page.keyboard.press('Control+Space');
    const suggestions = page.locator(`${QUERY_EDITOR} .suggest-widget .monaco-list-row`);
    await expect
      .poll(() => suggestions.allInnerTexts(), { timeout: 15_000 })
      .toEqual(expect.arrayContaining([expect.stringMatching(/^stats\b/), expect.stringMatching(/^statements\b/)]));

    // The workers came from the bundle, not from a main-thread fallback or a CDN.
    expect(session.workers.some((url) => /\/assets\/graphql\.worker-[\w-]+\.js$/.test(url))).toBe(true);
    expect(session.workers.some((url) => /\/assets\/editor\.worker-[\w-]+\.js$/.test(url))).toBe(true);
    expectCleanSession(session);
  });

  it('opens the documentation explorer on the Query type and lists its fields', async () => {
    const session = await openGraphiQL('/');
    const { page } = session;

    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    // The root types appear once the introspection result has arrived.
    await docs.locator('.graphiql-doc-explorer-root-type').first().waitFor({ timeout: 30_000 });
    await docs
      .locator('a', { hasText: /^Query$/ })
      .first()
      .click();

    await expect.poll(() => docs.locator('.graphiql-doc-explorer-title').innerText()).toBe('Query');
    const fields = await docs.locator('.graphiql-doc-explorer-field-name').allInnerTexts();
    expect(fields).toEqual(expect.arrayContaining(['stats', 'entities']));
    await mkdir(resultsDir, { recursive: true });
    await page.screenshot({ path: join(resultsDir, 'graphiql-docs.png') });
    expectCleanSession(session);
  });

  it('serves the same page at /graphiql', async () => {
    const session = await openGraphiQL('/graphiql');
    const { page } = session;
    expect(await page.title()).toBe('News knowledge graph - GraphiQL');
    await expect.poll(() => visibleText(page, QUERY_EDITOR)).toContain('query People');
    await expect(page.locator('.graphiql-execute-button').isVisible()).resolves.toBe(true);
    expectCleanSession(session);
  });

  it('opens a linked query (?query=) in the editor, and keeps the URL in step with the editor', async () => {
    const session = await openGraphiQL('/?query=%7B%20stats%20%7B%20entities%20%7D%20%7D');
    const { page } = session;
    await expect.poll(() => visibleText(page, QUERY_EDITOR)).toContain('{ stats { entities } }');
    await page.locator('.graphiql-execute-button').click();
    await page.locator(RESPONSE, { hasText: '"entities"' }).waitFor({ timeout: 30_000 });
    expect(JSON.parse(await responseText(page))).toEqual({ data: { stats: { entities: expect.any(Number) } } });

    const editor = page.locator(`${QUERY_EDITOR} .monaco-editor .view-lines`);
    await editor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText('query Count { stats { documents } }');
    await expect.poll(() => new URL(page.url()).searchParams.get('query'), { timeout: 10_000 }).toBe('query Count { stats { documents } }');
    expectCleanSession(session);
  });

  it('loads variables and the operation name from the URL, and preloads the README examples as tabs', async () => {
    const query = 'query One($id: ID!) { entity(id: $id) { name } }\nquery Two { stats { documents } }';
    const params = new URLSearchParams({ query, variables: '{"id": "country:kazakhstan"}', operationName: 'One' });
    const session = await openGraphiQL(`/?${params.toString()}`);
    const { page } = session;
    await expect.poll(() => visibleText(page, QUERY_EDITOR)).toContain('query One');
    // GraphiQL asks which operation to run when a document has several; the URL named it.
    await page.locator('.graphiql-execute-button').click();
    await page.locator(RESPONSE, { hasText: 'Kazakhstan' }).waitFor({ timeout: 30_000 });
    const tabs = await page.locator('.graphiql-tab').allInnerTexts();
    expect(tabs.length).toBe(6);
    expect(tabs.join(' ')).toMatch(/WhoIsInTheGraph[\s\S]*WhoSaidWhat[\s\S]*HowConnected[\s\S]*SearchAndCommunities[\s\S]*AddArticle/);
    expectCleanSession(session);
  });
});
