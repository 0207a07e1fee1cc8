// Casualty figures with their sources through GraphQL: the seed's figures come back with who gave
// them and the agency that carried them; two invented articles giving different tolls for one
// day's clashes come back side by side, with sources and dates, marked as disagreeing.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness.js';

const SEED = readFileSync(new URL('../../seeds/almaty-unrest.txt', import.meta.url), 'utf8');

const MINISTRY_ARTICLE = `Clashes in Velmora leave a dozen dead

At least 12 people were killed on Monday in clashes between protesters and security forces in the northern city of Velmora, according to the Interior Ministry of Dravonia.

The ministry said that order had been restored by the evening.`;

const HEALTH_ARTICLE = `Velmora toll higher than reported

The National Health Department said 19 people were killed in Velmora on Monday, the Kestrel News Agency reported.`;

interface FigureView {
  kind: string;
  count: number;
  day: string | null;
  publishedAt: string | null;
  disagrees: boolean;
  disagreesWith: string[];
  fact: { id: string; evidence: { text: string } };
  attributedTo: { id: string; name: string } | null;
  reportedBy: { id: string; name: string } | null;
  article: { id: string; title: string };
}

const FIGURES = `query($subject: ID, $kind: FactKind) {
  figures(subject: $subject, kind: $kind) {
    kind count day publishedAt disagrees disagreesWith
    fact { id evidence { text } }
    attributedTo { id name } reportedBy { id name } article { id title }
  }
}`;

const INGEST = `mutation($text: String!, $publishedAt: String) { ingestDocument(input: { text: $text, publishedAt: $publishedAt }) { document { id } } }`;

describe('Query.figures', () => {
  let api: Harness;
  beforeEach(async () => {
    api = await startHarness();
  });
  afterEach(() => api.stop());

  it('gives the seed casualty figures with the source and agency the article names', async () => {
    await api.run(INGEST, { text: SEED, publishedAt: '2022-01-06' });
    const result = await api.run<{ figures: FigureView[] }>(FIGURES, {});
    expect(result.errors).toBeUndefined();
    const figures = result.data?.figures ?? [];
    const credited = figures.map((f) => [f.kind, f.count, f.attributedTo?.id ?? null, f.reportedBy?.id ?? null]);
    expect(credited).toContainEqual(['KILLED', 13, 'organization:almaty-police-commander-office', null]);
    expect(credited).toContainEqual(['KILLED', 13, 'organization:almaty-police-commander-office', 'news_agency:sputnik']);
    expect(credited).toContainEqual(['INJURED', 350, 'organization:almaty-police-commander-office', 'news_agency:sputnik']);
    for (const figure of figures) expect(figure.publishedAt).toBe('2022-01-06');
    // The same body's 13 and 8 are one sentence revising itself, not two sources disagreeing.
    expect(figures.find((f) => f.count === 8)?.disagrees).toBe(false);
  });

  it('lists two articles giving different tolls for one day side by side, by date, marked as disagreeing', async () => {
    // Ingested newest first: the answer is ordered by date, not by ingestion.
    await api.run(INGEST, { text: HEALTH_ARTICLE, publishedAt: '2024-03-13' });
    await api.run(INGEST, { text: MINISTRY_ARTICLE, publishedAt: '2024-03-12' });
    const result = await api.run<{ figures: FigureView[] }>(FIGURES, { subject: 'city:velmora', kind: 'KILLED' });
    expect(result.errors).toBeUndefined();
    const figures = result.data?.figures ?? [];
    expect(
      figures.map((f) => ({
        count: f.count,
        day: f.day,
        publishedAt: f.publishedAt,
        source: f.attributedTo?.name,
        agency: f.reportedBy?.name ?? null,
        disagrees: f.disagrees,
      })),
    ).toEqual([
      { count: 12, day: '2024-03-11', publishedAt: '2024-03-12', source: 'Interior Ministry of Dravonia', agency: null, disagrees: true },
      { count: 19, day: '2024-03-11', publishedAt: '2024-03-13', source: 'National Health Department', agency: 'Kestrel News Agency', disagrees: true },
    ]);
    expect(figures[0]?.disagreesWith).toEqual([figures[1]?.fact.id]);
    expect(figures[1]?.disagreesWith).toEqual([figures[0]?.fact.id]);
    expect(figures.map((f) => f.article.title)).toEqual(['Clashes in Velmora leave a dozen dead', 'Velmora toll higher than reported']);
  });

  it('answers an empty list for an entity nobody reports figures about', async () => {
    await api.run(INGEST, { text: MINISTRY_ARTICLE, publishedAt: '2024-03-12' });
    const result = await api.run<{ figures: FigureView[] }>(FIGURES, { subject: 'person:nobody-at-all' });
    expect(result.data?.figures).toEqual([]);
  });
});
