// The extractor must be general: no person named in an annotated article may appear in the code or
// its data files. Names come from the text, compromise's lexicon or the general gazetteer.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../src/ingest/model/gazetteer.js';

const root = join(import.meta.dirname, '../..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Tags of words that name no one in particular: common words and given names. */
const GENERAL_WORD_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);

/** True for a word compromise knows as a common word or a given name. */
function generalWord(word: string): boolean {
  const tags = gazetteer().lexiconTags(word.toLowerCase());
  return tags.length > 0 && (tags.some((t) => GENERAL_WORD_TAGS.has(t)) || !tags.some((t) => NAME_TAGS.has(t)));
}

/** The folders of annotated articles: the project's own and the real Wikinews sets. */
const ANNOTATED = ['fixtures', 'holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5', 'wikinews', 'wikinews-d', 'wikinews-e'];

function goldPeople(): string[] {
  const people = new Set<string>();
  for (const folder of ANNOTATED) {
    const dir = join(root, 'test', folder);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.gold.json'))) {
      const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { entities: { name: string; type: string; aliases?: string[] }[] };
      for (const e of gold.entities) {
        if (e.type !== 'PERSON') continue;
        // Surnames and full names; single common first names would match ordinary words.
        for (const surface of [e.name, ...(e.aliases ?? [])]) {
          const words = surface.split(/\s+/);
          // A one-word alias that is a common word or a given name ("Little", "James") names no one in particular.
          if (words.length === 1 && generalWord(surface)) continue;
          people.add(surface);
          const last = words[words.length - 1];
          if (words.length > 1 && last && last.length >= 5 && !generalWord(last)) people.add(last);
        }
      }
    }
  }
  return [...people];
}

/** compromise's tags for names rather than common words. */
const NAME_TAGS = new Set([
  'ProperNoun',
  'Person',
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'Place',
  'City',
  'Region',
  'Country',
  'Organization',
  'SportsTeam',
  'Demonym',
]);
/** Common nouns an article uses as a body's name, which compromise's lexicon does not know: a kind of force. */
const COMMON_NOUNS_AS_NAMES = new Set(['Gendarmerie']);
const PLACE_TAGS = new Set(['Place', 'City', 'Region', 'Country']);
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const bare = (word: string): string => word.replace(/['’]s$/i, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * Names and aliases of the annotated articles' entities, of every type, that are not general
 * knowledge: at least five characters, unknown to the gazetteer, and holding a word that is neither
 * a common word (compromise's lexicon knows it as no name, or the articles write it in lower case)
 * nor part of a name the gazetteer knows ("Puerto Rico", "Saudi", "African").
 */
function articleSpecificNames(): string[] {
  const g = gazetteer();
  const golds: string[] = [];
  const lowerWords = new Set<string>();
  for (const folder of ANNOTATED) {
    const dir = join(root, 'test', folder);
    for (const file of readdirSync(dir)) {
      if (file.endsWith('.gold.json')) golds.push(join(dir, file));
      if (file.endsWith('.txt')) for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/(?<![\p{L}'’])\p{Ll}+(?!\p{L})/gu)) lowerWords.add(m[0]);
    }
  }
  const lexiconPlace = (phrase: string): boolean => g.lexiconTags(phrase.toLowerCase()).some((t) => PLACE_TAGS.has(t));
  const commonWord = (word: string): boolean => {
    const lower = bare(word).toLowerCase();
    const isCommon = (tags: readonly string[]): boolean => tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t));
    return isCommon(g.lexiconTags(lower)) || (lower.endsWith('s') && isCommon(g.lexiconTags(lower.slice(0, -1)))) || lowerWords.has(lower);
  };
  const general = (name: string): boolean => {
    const words = name.split(/\s+/).map(bare);
    // A place compromise's lexicon knows by the whole name ("Scotland", "New York") is general knowledge.
    if (lexiconPlace(name) || COMMON_NOUNS_AS_NAMES.has(name)) return true;
    // A given name alone ("James") names no one in particular.
    if (words.length === 1 && g.lexiconTags(name.toLowerCase()).some((t) => GENERAL_WORD_TAGS.has(t))) return true;
    const known = words.map((w) => Boolean(g.demonymCountry(w)) || g.isRegionalAdjective(w));
    for (let i = 0; i < words.length; i++) {
      for (let j = Math.min(words.length, i + g.maxWords); j > i; j--) {
        if (g.lookup(words.slice(i, j).join(' '))) known.fill(true, i, j);
      }
    }
    return words.every((w, i) => known[i] || commonWord(w));
  };
  const names = new Set<string>();
  for (const path of golds) {
    const gold = JSON.parse(readFileSync(path, 'utf8')) as { entities: { name: string; aliases?: string[] }[] };
    for (const e of gold.entities) {
      for (const surface of [e.name, ...(e.aliases ?? [])]) {
        // Acronyms written in title case ("Unicef") are the gazetteer's too.
        const known = g.lookup(surface) ?? g.lookup(surface.toUpperCase());
        if (surface.length >= 5 && !known && !general(surface)) names.add(surface.replace(/’/g, "'"));
      }
    }
  }
  return [...names];
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
    const found = people.flatMap((name) =>
      sources
        .filter((s) => new RegExp(`\\b${name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u').test(s.text))
        .map((s) => `${name} in ${s.path}`),
    );
    expect(found).toEqual([]);
  });

  it('names no entity of any annotated article that is not general knowledge in src/', () => {
    const names = articleSpecificNames();
    expect(names).toEqual(expect.arrayContaining(['Mahan Air', 'Maidan Wardak', 'Almaty Police', 'Montería']));
    expect(names).not.toContain('Reuters');
    // All code, data and comments; the CLI's help may name the seed file's path, which is no name.
    const ingest = filesUnder(join(root, 'src')).map((path) => ({
      path,
      text: readFileSync(path, 'utf8')
        .replace(/’/g, "'")
        .replace(/seeds\/[\w.-]+\.txt/g, 'seeds/FILE.txt'),
    }));
    const found = names.flatMap((name) => {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'iu');
      return ingest.filter((s) => pattern.test(s.text)).map((s) => `${name} in ${s.path}`);
    });
    expect(found).toEqual([]);
  });
});
