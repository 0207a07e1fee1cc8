// Browser test of the explorer page: real server, real Chromium (WebGL through SwiftShader), seed
// article loaded. A reader searches an entity, picks it, reads its relations and evidence in the
// side panel, clicks a node of the drawing, and follows the links between GraphiQL and the explorer.
// The page must stay on this machine (no CDN) and log no errors.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserStage, isLocalUrl, resultsDir, startBrowserStage } from '../support/browser-stage.js';

const CSTO = 'alliance:collective-security-treaty-organization';
const PANEL = '#panel';

/** A page with everything it did that the test must refuse. */
interface Session {
  readonly page: Page;
  readonly offsiteRequests: string[];
  readonly consoleErrors: string[];
}


describe('Explorer page in Chromium', { timeout: 90_000 }, () => {
  let stage: BrowserStage | undefined;

  beforeAll(async () => {
    stage = await startBrowserStage('explorer', 'explorer');
  }, 180_000);

  afterAll(async () => {
    await stage?.close();
  });

  async function open(path: string): Promise<Session> {
    if (stage === undefined) throw new Error('open: setup failed.');
    const context = await stage.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const session: Session = { page, offsiteRequests: [], consoleErrors: [] };
    context.on('request', (request) => {
      if (!isLocalUrl(request.url())) session.offsiteRequests.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error') session.consoleErrors.push(`${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => session.consoleErrors.push(`uncaught: ${error.message}`));
    await page.goto(new URL(path, stage.url).href);
    return session;
  }

  async function openExplorer(): Promise<Session> {
    const session = await open('/explorer');
    await session.page.locator('body[data-ready="true"]').waitFor({ timeout: 30_000 });
    return session;
  }

  function expectClean(session: Session): void {
    expect(session.offsiteRequests, 'requests that left this machine').toEqual([]);
    expect(session.consoleErrors, 'console errors and uncaught page errors').toEqual([]);
  }

  /** Where an entity is drawn, in page pixels. */
  async function nodeOnScreen(page: Page, id: string): Promise<{ x: number; y: number }> {
    const box = await page.locator('#graph').boundingBox();
    const at = await page.evaluate((node) => {
      const view = (globalThis as unknown as { explorer: { screenPosition(id: string): { x: number; y: number } | null } }).explorer;
      return view.screenPosition(node);
    }, id);
    if (box === null || at === null) throw new Error(`nodeOnScreen: "${id}" is not drawn.`);
    return { x: box.x + at.x, y: box.y + at.y };
  }

  it('draws the seed graph with WebGL, coloured by type, with a legend', async () => {
    const session = await openExplorer();
    const { page } = session;
    expect(await page.title()).toBe('News knowledge graph - Explorer');
    const drawn = await page.evaluate(() => {
      const view = (globalThis as unknown as { explorer: { graph: { order: number; size: number } } }).explorer;
      return { order: view.graph.order, size: view.graph.size };
    });
    expect(drawn.order).toBeGreaterThan(5);
    expect(drawn.size).toBeGreaterThan(5);
    // sigma draws nodes and edges on WebGL canvases; a failed context would have thrown.
    expect(await page.locator('#graph canvas').count()).toBeGreaterThan(1);
    expect(await page.locator('#legend li').allInnerTexts()).toEqual(expect.arrayContaining(['person', 'country']));
    expectClean(session);
  });

  it('finds an entity by a prefix of its name, and shows its relations and evidence when chosen', async () => {
    const session = await openExplorer();
    const { page } = session;
    await page.locator('#search').fill('toka');
    const hit = page.locator('#results .hit', { hasText: 'Tokayev' }).first();
    await hit.waitFor({ timeout: 15_000 });
    expect(await hit.locator('mark').first().innerText()).toMatch(/^Tokayev$/i);
    await hit.click();

    const panel = page.locator(PANEL);
    await expect.poll(() => panel.locator('.entity-name').innerText(), { timeout: 15_000 }).toMatch(/Tokayev/);
    const relations = await panel.locator('.relation').allInnerTexts();
    // The seed says Tokayev requested the CSTO's help; the sentence comes with the relation.
    expect(relations.some((text) => text.includes('REQUESTED') && text.includes('Collective Security Treaty Organization'))).toBe(true);
    expect(await panel.locator('.relation .evidence').count()).toBeGreaterThan(0);
    expect(await page.locator('body').getAttribute('data-selected')).toMatch(/^person:.*tokayev$/);
    expectClean(session);
  });

  it('selects an entity clicked in the drawing, and follows a relation from the panel', async () => {
    const session = await openExplorer();
    const { page } = session;
    const csto = await nodeOnScreen(page, CSTO);
    await page.mouse.click(csto.x, csto.y);
    const panel = page.locator(PANEL);
    await expect.poll(() => panel.locator('.entity-name').innerText(), { timeout: 15_000 }).toBe('Collective Security Treaty Organization');
    expect((await panel.locator('.predicate').allInnerTexts()).some((p) => p.startsWith('MEMBER_OF'))).toBe(true);

    await panel.locator('.entity-link', { hasText: /^Kazakhstan$/ }).first().click();
    await expect.poll(() => panel.locator('.entity-name').innerText(), { timeout: 15_000 }).toBe('Kazakhstan');
    // Let the camera settle before the picture is taken.
    await page.waitForTimeout(700);
    await mkdir(resultsDir, { recursive: true });
    await page.screenshot({ path: join(resultsDir, 'explorer.png') });
    expectClean(session);
  });

  it('links to GraphiQL, and GraphiQL links back', async () => {
    const session = await openExplorer();
    const { page } = session;
    await page.locator('#graphiql-link').click();
    await page.waitForURL(/\/graphiql$/);
    const back = page.locator('a.kg-explorer-link');
    await back.waitFor({ timeout: 30_000 });
    await back.click();
    await page.waitForURL(/\/explorer$/);
    await page.locator('body[data-ready="true"]').waitFor({ timeout: 30_000 });
    expectClean(session);
  });
});
