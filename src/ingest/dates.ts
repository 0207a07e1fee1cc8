// When something happened, as the sentence says it: "on Wednesday", "late on Monday", "on March 4",
// "in January 2022", "yesterday". The words are kept as written; with the article's publication date
// they are also resolved to a calendar date (a weekday is the last such day on or before publication).
import { type TimeExpression } from '../domain/extraction.js';
import { MONTHS, WEEKDAYS } from './model/vocabulary.js';

const DAY_OF_MONTH = `(${MONTHS.join('|')})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?`;
const MONTH_OF_YEAR = `(?:in|since|until|by)\\s+(${MONTHS.join('|')})(?:\\s+(\\d{4}))?`;
const PATTERN = new RegExp(
  [
    `\\b(?:(?:late|early)\\s+)?on\\s+(${WEEKDAYS.join('|')})\\b`,
    `\\b(${WEEKDAYS.join('|')})\\s+(?:night|evening|morning|afternoon)\\b`,
    `\\b(?:on\\s+)?${DAY_OF_MONTH}\\b`,
    `\\b${MONTH_OF_YEAR}\\b`,
    `\\b(yesterday|today|last\\s+(?:week|month|year)|(?:earlier|later)\\s+this\\s+(?:week|month|year))\\b`,
  ].join('|'),
  'i',
);

/** The first time expression of a sentence, resolved against the publication date when there is one. */
export function timeIn(sentence: string, publishedAt: string | null | undefined): TimeExpression | undefined {
  const m = PATTERN.exec(sentence);
  if (!m) return undefined;
  const text = m[0].trim();
  const date = resolve(m, publishedAt);
  return date ? { text, date } : { text };
}

function resolve(m: RegExpExecArray, publishedAt: string | null | undefined): string | undefined {
  const published = publishedAt ? new Date(publishedAt) : undefined;
  const weekday = (m[1] ?? m[2])?.toLowerCase();
  if (weekday && published && !Number.isNaN(published.getTime())) {
    const back = (published.getUTCDay() - WEEKDAYS.indexOf(weekday) + 7) % 7;
    return isoDay(new Date(published.getTime() - back * 86_400_000));
  }
  const month = m[3]?.toLowerCase();
  if (month && m[4]) {
    const year = m[5] ? Number(m[5]) : published?.getUTCFullYear();
    if (year === undefined || Number.isNaN(year)) return undefined;
    const day = Number(m[4]);
    const date = new Date(Date.UTC(year, MONTHS.indexOf(month), day));
    // "February 30" would roll over into March: no such day.
    if (day < 1 || date.getUTCMonth() !== MONTHS.indexOf(month)) return undefined;
    return isoDay(date);
  }
  if (m[8]?.toLowerCase() === 'yesterday' && published && !Number.isNaN(published.getTime())) {
    return isoDay(new Date(published.getTime() - 86_400_000));
  }
  return undefined;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
