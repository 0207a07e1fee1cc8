// The forms one name takes: its words, initials, the short form without its country or legal
// suffix, and the name a gazetteer entity goes by. Entity resolution compares names through these.
import { type Mention } from './03-mentions.js';
import { type Gazetteer } from './model/gazetteer.js';
import { surfaceKey } from './text.js';

export function wordCount(text: string): number {
  return text.split(/\s+/).length;
}

/** The words of a name that identify it: lower-cased, without "of", "the" and other joiners. */
export function nameWords(text: string): string[] {
  return surfaceKey(text)
    .split(' ')
    .filter((w) => w && !['of', 'for', 'the', 'and', 'de', 'del'].includes(w));
}

/** True when `acronym` is made of the initials of the name's capitalised words ("TTO"). */
export function isAcronymOf(acronym: string, name: string): boolean {
  return acronymOf(name) === acronym;
}

/** The initials of a name's capitalised words ("Tarsk Treaty Organization" -> "TTO"), if it has two or more. */
export function acronymOf(name: string): string | undefined {
  const words = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
  if (words.length < 2) return undefined;
  return words.map((w) => w[0]).join('');
}

/** "Velk Marsden Corporation" -> "Velk Marsden", "VelkMarsden": a company's name without its legal form, and written as one word. */
export function companyForms(name: string): string[] {
  const m = COMPANY_SUFFIX.exec(name);
  if (!m?.[1]) return [];
  const words = m[1].split(' ');
  return words.length > 1 && words.every((w) => /^\p{Lu}/u.test(w)) ? [m[1], words.join('')] : [m[1]];
}
const COMPANY_SUFFIX = /^(\p{Lu}[\p{L}\p{N}&' -]*?),? (?:Corporation|Corp\.?|Incorporated|Inc\.?|Limited|Ltd\.?|Plc|PLC|LLC|Co\.)$/u;

/** "Nordwind Air of Norway" -> "Nordwind Air": a body's name without the country it is "of". */
export function shortForm(name: string, gaz: Gazetteer): string | undefined {
  const m = /^(.+\S) of (?:the )?(\p{Lu}[\p{L}\s.'-]*)$/u.exec(name);
  if (!m?.[1] || !m[2] || m[1].split(' ').length < 2) return undefined;
  const place = gaz.lookup(m[2]);
  return place && (place.type === 'COUNTRY' || place.type === 'REGION' || place.type === 'CITY') ? m[1] : undefined;
}

/**
 * The name a gazetteer entity goes by: the gazetteer's, unless the article writes another full
 * form ("Turkey" where the package says "Türkiye"); acronyms never become the name.
 */
export function preferredName(m: Mention): string {
  const entry = m.gazetteer;
  if (!entry) return m.text;
  if (/^(?:\p{Lu}\.?){2,6}$/u.test(m.text) || surfaceKey(m.text) === surfaceKey(entry.name)) return entry.name;
  return entry.type === 'COUNTRY' ? m.text.replace(/^the /i, '') : entry.name;
}
