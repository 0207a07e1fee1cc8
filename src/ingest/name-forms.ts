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

/**
 * One key for the forms of a department's name: "Interior Ministry", "Ministry of the Interior",
 * "Egyptian Ministry of Interior Affairs" -> "ministry:interior", with the country a name opens
 * with ("Egyptian": EGY). "The" and a closing "Affairs" are dropped; undefined for other names.
 */
export function departmentKey(name: string, gaz: Gazetteer): { key: string; country?: string } | undefined {
  let rest = name.replace(/^the /i, '');
  const words = rest.split(' ');
  const first = words[0] ?? '';
  const demonym = words.length > 2 ? gaz.demonymCountry(first) : undefined;
  const place = words.length > 2 && !demonym ? gaz.lookup(first) : undefined;
  const country = demonym ?? (place?.type === 'COUNTRY' ? place.country : undefined);
  if (country) rest = words.slice(1).join(' ');
  const ofForm = /^(Ministry|Department|Office) of (?:the )?(.+?)(?: Affairs)?$/i.exec(rest);
  const headLast = /^(.+?)(?: Affairs)? (Ministry|Department|Office)$/i.exec(rest);
  const [head, subject] = ofForm ? [ofForm[1], ofForm[2]] : headLast ? [headLast[2], headLast[1]] : [];
  if (!head || !subject) return undefined;
  return { key: `${head.toLowerCase()}:${subject.toLowerCase()}`, ...(country ? { country } : {}) };
}

/** True when two names are forms of one department's name, of no two different countries. */
export function sameDepartment(a: string, b: string, gaz: Gazetteer): boolean {
  const [x, y] = [departmentKey(a, gaz), departmentKey(b, gaz)];
  return x !== undefined && y !== undefined && x.key === y.key && (!x.country || !y.country || x.country === y.country);
}
