// Stage 2: split the normalised text into sentences with their offsets. Paragraph breaks always end
// a sentence; a full stop ends one unless it closes an abbreviation or an initial.
import { type SentenceSpan } from '../domain/extraction.js';
import { MONTH_ABBREVIATIONS } from './model/vocabulary.js';

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'maj',
  'gov',
  'sen',
  'rep',
  'pres',
  'prof',
  'rev',
  'hon',
  'no',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  ...MONTH_ABBREVIATIONS,
  'approx',
  'e.g',
  'i.e',
  'u.s',
  'u.n',
  'u.k',
  'a.m',
  'p.m',
  'd.c',
  'fig',
  'mt',
  'ft',
]);

/** A paragraph: one line of the text that has words. */
export interface Paragraph {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

/** The non-empty lines of the text. */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const lead = line.length - line.trimStart().length;
    const body = line.trim();
    if (body) paragraphs.push({ index: paragraphs.length, start: start + lead, end: start + lead + body.length });
    start += line.length + 1;
  }
  return paragraphs;
}

/** The sentences of the text, in order, each with its offsets into the text. */
export function splitSentences(text: string): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  for (const p of splitParagraphs(text)) {
    let start = p.start;
    // A boundary starts at the first mark of a run (the lookbehind), so a run of n marks is tried
    // once, not n times: without it '.'.repeat(n) costs n^2 steps of backtracking.
    const boundary = /(?<![.!?])[.!?]+["')\]]*(?=\s+["'(\[]?[\p{Lu}\p{N}])/gu;
    const body = text.slice(p.start, p.end);
    for (const m of body.matchAll(boundary)) {
      const end = p.start + (m.index ?? 0) + m[0].length;
      // Only the sentence's last few characters decide; passing all of it would be quadratic.
      if (endsWithAbbreviation(text.slice(Math.max(start, end - 32), end), firstAfter(text, end))) continue;
      push(sentences, text, start, end, p.index);
      start = end;
    }
    push(sentences, text, start, p.end, p.index);
  }
  return sentences;
}

/** Abbreviations that stand only before a number ("No. 10", "Fig. 3"): "said no." before a word ends a sentence. */
const NUMBER_ABBREVIATIONS = new Set(['no', 'fig']);
const NEXT_CHARACTER = /\s+["'(\[]?(.)/suy;

/** The first character of the next sentence's words after `end` (the boundary's lookahead saw it there). */
function firstAfter(text: string, end: number): string {
  NEXT_CHARACTER.lastIndex = end;
  return NEXT_CHARACTER.exec(text)?.[1] ?? '';
}

function endsWithAbbreviation(chunk: string, next: string): boolean {
  const trimmed = chunk.replace(/["')\]]+$/, '');
  if (!trimmed.endsWith('.')) return false;
  const word = /([\p{L}.]+)\.$/u.exec(trimmed)?.[1] ?? '';
  if (/^\p{Lu}$/u.test(word)) return true; // an initial, as in "John R. Smith"
  const lower = word.toLowerCase();
  if (NUMBER_ABBREVIATIONS.has(lower)) return /\p{N}/u.test(next);
  return ABBREVIATIONS.has(lower);
}

/** Longest sentence analysed as one; longer runs (lists, tables, junk) are cut at spaces. */
export const MAX_SENTENCE_CHARS = 1_500;

function push(sentences: SentenceSpan[], text: string, rawStart: number, rawEnd: number, paragraph: number): void {
  let start = rawStart;
  let end = rawEnd;
  // Rules look around each mention of a sentence; bounding the sentence keeps that work linear.
  while (end - start > MAX_SENTENCE_CHARS) {
    // Look for a space only inside the window: a text without spaces must not be searched back to its start.
    const cut = text.slice(start + MAX_SENTENCE_CHARS / 2, start + MAX_SENTENCE_CHARS + 1).lastIndexOf(' ');
    const at = cut > 0 ? start + MAX_SENTENCE_CHARS / 2 + cut : start + MAX_SENTENCE_CHARS;
    push(sentences, text, start, at, paragraph);
    start = at;
  }
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end > start) sentences.push({ index: sentences.length, paragraph, start, end, text: text.slice(start, end) });
}
