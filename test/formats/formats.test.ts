// Input formats read from files written for these tests (test/fixtures/formats): saved web pages,
// RSS and Atom feeds, JSON lines. Each gives the right headline, date, source and main text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/domain/index.js';
import { type InputFormat, detectFormat, isoDate, readArticles, readFeed, readHtmlPage, readJsonLines } from '../../src/formats/index.js';

const dir = fileURLToPath(new URL('../fixtures/formats/', import.meta.url));
const fixture = (name: string): string => readFileSync(join(dir, name), 'utf8');

describe('formats: a saved web page', () => {
  it('reads headline, date, source and URL from Open Graph tags, and only the article as text', () => {
    const page = readHtmlPage(fixture('harbour-strike.html'));
    expect(page).toMatchObject({
      title: 'Dockworkers strike shuts Velmora harbour',
      publishedAt: '2024-03-05T08:30:00+01:00',
      source: 'The Coastal Ledger',
      url: 'https://ledger.example/2024/03/05/velmora-strike',
    });
    const paragraphs = page.text.split('\n\n');
    expect(paragraphs[0]).toBe('Dockworkers strike shuts Velmora harbour');
    expect(page.text).toContain('Dockworkers in the port city of Velmora walked off the job on Tuesday');
    expect(page.text).toContain('"We will stay out until the authority returns to the table with a serious offer," union president Marek Oduya');
    expect(paragraphs.length).toBeGreaterThanOrEqual(5);
  });

  it.each([['Sign in'], ['newsletter'], ['All rights reserved'], ['window.analytics'], ['font-family']])('leaves out the page furniture: %s', (furniture) => {
    expect(readHtmlPage(fixture('harbour-strike.html')).text).not.toContain(furniture);
  });

  it('reads headline, date and publisher from JSON-LD when there are no Open Graph tags', () => {
    const page = readHtmlPage(fixture('museum-reopens.html'));
    expect(page).toMatchObject({
      title: 'Ostrava Hill museum reopens after flood repairs',
      publishedAt: '2023-11-18',
      source: 'Northbridge Times',
      url: 'https://times.example/culture/museum-reopens',
    });
    expect(page.text).toMatch(/^Ostrava Hill museum reopens after flood repairs\n\nThe Ostrava Hill museum reopened/);
    expect(page.text).not.toContain('Front page');
  });

  it('refuses a page without text', () => {
    expect(() => readHtmlPage('<html><head><title>Empty</title></head><body></body></html>')).toThrow(InvalidInputError);
  });

  // Found by the fuzz run: strings without markup parse to a document with no root element.
  it.each(['', ' ', 'x', '<', '<!-- only a comment -->', '{"a": 1}', '<script>x</script>', '<nav>menu</nav>', '<footer>f</footer>'])(
    'refuses %j as a page without text, never with another error',
    (html) => {
      expect(() => readHtmlPage(html)).toThrow(InvalidInputError);
    },
  );
});

describe('formats: feeds', () => {
  it('reads one article per RSS item with text, skipping items without text', () => {
    const items = readFeed(fixture('world-desk.rss'));
    expect(items.map((i) => [i.title, i.publishedAt, i.source, i.url])).toEqual([
      [
        'Farmers block roads in Tessaly over fuel prices',
        '2022-01-04T10:15:00.000Z',
        'Harbour Gazette: World',
        'https://gazette.example/world/tessaly-farmers',
      ],
      ['Rail line between Orsk and Dalen reopens', '2022-01-05T15:40:00.000Z', 'Harbour Gazette: World', 'https://gazette.example/world/orsk-dalen-rail'],
    ]);
    // The full content (content:encoded) wins over the description; escaped HTML becomes text.
    expect(items[0]?.text).toBe(
      "Farmers block roads in Tessaly over fuel prices\n\nFarmers blocked main roads across the province of Tessaly on Tuesday in protest at rising fuel prices, police said.\n\nAgriculture minister Pavel Kirr said the government would meet farmers' groups on Thursday.",
    );
    expect(items[1]?.text).not.toContain('<p>');
  });

  it('reads one article per Atom entry: published date, else updated; the alternate link', () => {
    const entries = readFeed(fixture('science-desk.atom'));
    expect(entries.map((e) => [e.title, e.publishedAt, e.source, e.url])).toEqual([
      ['Telescope on Mount Kerava sees first light', '2023-06-01T09:00:00Z', 'Meridian Post Science', 'https://meridian.example/science/kerava-telescope'],
      [
        'Glacier survey finds faster melting in the Brenn range',
        '2023-05-30T15:00:00Z',
        'Meridian Post Science',
        'https://meridian.example/science/brenn-glaciers',
      ],
    ]);
    expect(entries[0]?.text).toContain('Observatory director Ilse Marno called the images "sharper than we dared hope".');
  });

  it('refuses XML that is not a feed', () => {
    expect(() => readFeed('<?xml version="1.0"?><catalog><book/></catalog>')).toThrow(InvalidInputError);
  });
});

describe('formats: JSON lines', () => {
  it('reads one article per line, blank lines skipped, the URL as source when there is none', () => {
    const lines = readJsonLines(fixture('wire.jsonl'));
    expect(lines.map((l) => [l.title, l.publishedAt, l.source])).toEqual([
      ['Council of Arvel approves new budget', '2024-02-12', 'Arvel Courier'],
      ['Storm cuts power to 40,000 homes in Ketterby', '2024-02-13T06:00:00Z', 'https://news.example/ketterby-storm'],
    ]);
    expect(lines[0]?.text).toMatch(/^Council of Arvel approves new budget\n\nThe city council of Arvel/);
  });

  const bad: [string, string][] = [
    ['not JSON', '{"title": "x", "text": '],
    ['no text', '{"title": "x"}'],
    ['a text that is not a string', '{"text": 42}'],
    ['a date that is not a date', '{"text": "Some words.", "publishedAt": "last Tuesday"}'],
    ['an array', '["text"]'],
  ];
  it.each(bad)('refuses a line with %s, naming the line', (_, line) => {
    expect(() => readJsonLines(`{"text": "A good first line."}\n${line}\n`)).toThrow(/^line 2\b/);
    expect(() => readJsonLines(line)).toThrow(InvalidInputError);
  });
});

describe('formats: telling them apart', () => {
  const cases: [file: string, format: InputFormat][] = [
    ['harbour-strike.html', 'html'],
    ['museum-reopens.html', 'html'],
    ['world-desk.rss', 'feed'],
    ['science-desk.atom', 'feed'],
    ['wire.jsonl', 'jsonl'],
  ];
  it.each(cases)('%s is %s by its name and by its content alone', (file, format) => {
    expect(detectFormat(fixture(file), file)).toBe(format);
    expect(detectFormat(fixture(file), 'download')).toBe(format);
  });

  it('takes anything else as plain text, one article', () => {
    const text = 'Headline\n\nBody of the article.';
    expect(detectFormat(text, 'article.txt')).toBe('text');
    expect(detectFormat(text)).toBe('text');
    expect(readArticles(text, 'text')).toEqual([{ text }]);
  });
});

describe('formats: publication dates', () => {
  const cases: [string, string | undefined][] = [
    ['2022-01-06', '2022-01-06'],
    ['2022-01-06T10:00:00+02:00', '2022-01-06T10:00:00+02:00'],
    ['Thu, 06 Jan 2022 10:00:00 GMT', '2022-01-06T10:00:00.000Z'],
    ['not a date', undefined],
    ['', undefined],
  ];
  it.each(cases)('%j is %j', (value, expected) => {
    expect(isoDate(value)).toBe(expected);
  });
});
