// Browser test of curation from the explorer's side panel: real server with the seed article, real
// Chromium. A reader selects an entity, rejects one of its relations with a reason and confirms
// another; GraphQL then no longer lists the rejected relation (only with includeRejected) and gives
// the confirmed one confidence 1. And the panel says who says so: each evidence sentence with its
// article, whom it credits the claim to and the agency that carried it; an entity related to nothing
// shows the sentences that name it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserStage, isLocalUrl, startBrowserStage } from '../support/browser-stage.js';

const CSTO = 'alliance:collective-security-treaty-organization';

describe('Explorer: curation from the side panel in Chromium', { timeout: 120_000 }, () => {
  let stage: BrowserStage | undefined;
  beforeAll(async () => {
    stage = await startBrowserStage('explorer-curation', 'explorer');
  }, 180_000);
  afterAll(async () => {
    await stage?.close();
  });

  async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    if (stage === undefined) throw new Error('graphql: setup failed.');
    const response = await fetch(new URL('/graphql', stage.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: T; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    return body.data;
  }

  it('rejects a relation from the panel, and GraphQL no longer lists it', async () => {
    if (stage === undefined) throw new Error('setup failed.');
    const context = await stage.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    context.on('request', (request) => {
      if (!isLocalUrl(request.url())) problems.push(`offsite: ${request.url()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    await page.goto(new URL(`/explorer#${encodeURIComponent(CSTO)}`, stage.url).href);
    const panel = page.locator('#panel');
    await expect.poll(() => panel.locator('.entity-name').innerText(), { timeout: 30_000 }).toBe('Collective Security Treaty Organization');

    const items = panel.locator('li.relation[data-relation]');
    const ids = await items.evaluateAll((list) => list.map((item) => item.getAttribute('data-relation') ?? ''));
    expect(ids.length).toBeGreaterThan(1);
    const [rejected, confirmed] = ids;
    if (rejected === undefined || confirmed === undefined) throw new Error('the panel lists fewer than two relations');

    const item = panel.locator(`li.relation[data-relation="${rejected}"]`);
    await item.locator('button.reject-relation').click();
    await item.locator('.reject-form input[name="reason"]').fill('Read from a headline, not a report.');
    await item.locator('.reject-form button[type="submit"]').click();
    await expect.poll(() => panel.locator(`li.relation[data-relation="${rejected}"]`).count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => panel.locator('li.relation[data-relation]').count(), { timeout: 15_000 }).toBe(ids.length - 1);

    await panel.locator(`li.relation[data-relation="${confirmed}"] button.confirm-relation`).click();

    const after = await graphql<{
      gone: { id: string } | null;
      asked: { id: string; rejected: boolean; curation: { status: string; reason: string } } | null;
      entity: { relations: { id: string }[] };
    }>(
      `
        query ($id: ID!, $entity: ID!) {
          gone: relation(id: $id) {
            id
          }
          asked: relation(id: $id, includeRejected: true) {
            id
            rejected
            curation {
              status
              reason
            }
          }
          entity(id: $entity) {
            relations {
              id
            }
          }
        }
      `,
      { id: rejected, entity: CSTO },
    );
    expect(after.gone).toBeNull();
    expect(after.asked).toEqual({ id: rejected, rejected: true, curation: { status: 'REJECTED', reason: 'Read from a headline, not a report.' } });
    expect(after.entity.relations.map((r) => r.id)).not.toContain(rejected);
    await expect
      .poll(
        async () =>
          (
            await graphql<{ relation: { confidence: number; curation: { status: string } | null } | null }>(
              `
                query ($id: ID!) {
                  relation(id: $id) {
                    confidence
                    curation {
                      status
                    }
                  }
                }
              `,
              { id: confirmed },
            )
          ).relation,
        {
          timeout: 15_000,
        },
      )
      .toEqual({ confidence: 1, curation: { status: 'CONFIRMED' } });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows who a claim is credited to and which agency carried it, and the sentences naming an entity with no relation', async () => {
    if (stage === undefined) throw new Error('setup failed.');
    // Invented article: an agency carries a claim; a person is named but takes part in nothing.
    const text = 'Troops for Mali\n\nFrance sent troops to Mali on Monday, Kestrel News reported. The novelist Oskar Brenn wrote about the desert years ago.';
    await graphql(
      `
        mutation ($text: String!) {
          ingestDocument(input: { text: $text, publishedAt: "2024-05-02" }) {
            document {
              id
            }
          }
        }
      `,
      { text },
    );
    const context = await stage.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    const panel = page.locator('#panel');

    await page.goto(new URL('/explorer#country%3Afrance', stage.url).href);
    await expect.poll(() => panel.locator('.entity-name').innerText(), { timeout: 30_000 }).toBe('France');
    const sent = panel.locator('li.relation', { has: page.locator('.predicate', { hasText: 'SENT_TROOPS_TO' }) });
    const cite = sent.locator('blockquote.evidence cite.source');
    await expect.poll(() => cite.innerText(), { timeout: 15_000 }).toBe('Troops for Mali · 2024-05-02 · according to Kestrel News · via Kestrel News');

    await page.goto(new URL('/explorer#person%3Aoskar-brenn', stage.url).href);
    await expect.poll(() => panel.locator('.entity-name').innerText(), { timeout: 30_000 }).toBe('Oskar Brenn');
    await expect.poll(() => panel.locator('li.empty').innerText(), { timeout: 15_000 }).toBe('No relations.');
    const mention = panel.locator('section.mentions blockquote.mention');
    await expect.poll(() => mention.count(), { timeout: 15_000 }).toBe(1);
    expect(await mention.innerText()).toBe('The novelist Oskar Brenn wrote about the desert years ago.\nTroops for Mali · 2024-05-02');
    expect(problems).toEqual([]);
    await context.close();
  });
});
