// The extractor must be general: no person named in an annotated article may appear in the code or
// its data files. Names come from the text, compromise's lexicon or the general gazetteer.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function goldPeople(): string[] {
  const people = new Set<string>();
  for (const folder of ['fixtures', 'holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5']) {
    const dir = join(root, 'test', folder);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.gold.json'))) {
      const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { entities: { name: string; type: string; aliases?: string[] }[] };
      for (const e of gold.entities) {
        if (e.type !== 'PERSON') continue;
        // Surnames and full names; single common first names would match ordinary words.
        for (const surface of [e.name, ...(e.aliases ?? [])]) {
          const words = surface.split(/\s+/);
          people.add(surface);
          const last = words[words.length - 1];
          if (words.length > 1 && last && last.length >= 5) people.add(last);
        }
      }
    }
  }
  return [...people];
}

describe('the extractor holds no article names', () => {
  const sources = filesUnder(join(root, 'src')).map((path) => ({ path, text: readFileSync(path, 'utf8').toLowerCase() }));
  const people = goldPeople();

  it('finds the people of the annotated articles to look for', () => {
    expect(people).toContain('Tokayev');
    expect(people.length).toBeGreaterThan(50);
  });

  it.each(['Tokayev', 'Azirbek', 'Pashinian', 'Saltanat'])('does not name %s in src/', (name) => {
    expect(sources.filter((s) => s.text.includes(name.toLowerCase())).map((s) => s.path)).toEqual([]);
  });

  it('names no person of any annotated article in src/', () => {
    const found = people.flatMap((name) => sources.filter((s) => new RegExp(`\\b${name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u').test(s.text)).map((s) => `${name} in ${s.path}`));
    expect(found).toEqual([]);
  });
});
