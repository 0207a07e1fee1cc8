// Quotation spans of the normalised text: pairs of straight double quotes within one paragraph.
// Shared by the relation rules (which ignore quoted speech) and the statement stage.
import { splitParagraphs } from './02-sentences.js';

export interface QuoteSpan {
  /** Offset of the opening quote mark. */
  readonly open: number;
  /** Offset of the closing quote mark. */
  readonly close: number;
  readonly paragraph: number;
}

/** The double-quoted spans of each paragraph; an unclosed quote runs to the paragraph's end. */
export function findQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (const p of splitParagraphs(text)) {
    let open = -1;
    for (let i = p.start; i < p.end; i++) {
      if (text[i] !== '"') continue;
      if (open < 0) open = i;
      else {
        spans.push({ open, close: i, paragraph: p.index });
        open = -1;
      }
    }
    if (open >= 0 && p.end - open > 20) spans.push({ open, close: p.end, paragraph: p.index });
    spans.push(...singleQuoted(text, p.start, p.end, p.index, spans));
  }
  return spans.sort((a, b) => a.open - b.open);
}

/**
 * Quotations in single marks ('Water is our first need,' she said). An opening mark follows a
 * space and precedes a letter; a closing one follows punctuation, so apostrophes ("Kenya's") are never taken.
 */
function singleQuoted(text: string, start: number, end: number, paragraph: number, doubles: readonly QuoteSpan[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (let i = start; i < end; i++) {
    if (text[i] !== "'" || doubles.some((q) => i > q.open && i < q.close)) continue;
    const before = i === start ? ' ' : (text[i - 1] as string);
    const after = text[i + 1] ?? ' ';
    if (open < 0 && /[\s(]/.test(before) && /\p{L}/u.test(after)) open = i;
    else if (open >= 0 && /[,.!?]/.test(before) && /[\s)]|$/.test(after)) {
      spans.push({ open, close: i, paragraph });
      open = -1;
    }
  }
  return spans;
}

/** Index of the last quotation opening before `offset` in `quotes` (sorted by `open`), or -1. */
export function lastQuoteOpeningBefore(quotes: readonly QuoteSpan[], offset: number): number {
  let lo = 0;
  let hi = quotes.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((quotes[mid] as QuoteSpan).open < offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** True when the offset lies inside a quotation; quotations do not nest, so one look suffices. */
export function isQuoted(quotes: readonly QuoteSpan[], offset: number): boolean {
  const q = quotes[lastQuoteOpeningBefore(quotes, offset)];
  return Boolean(q && offset < q.close);
}
