// Stage 1: make the text uniform without moving any character, so every offset computed later
// points into the text as stored. Curly quotes become straight ones; page furniture becomes blanks.
import { BOILERPLATE_LINES } from './model/vocabulary.js';

const CHAR_MAP: Readonly<Record<string, string>> = {
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\t': ' ',
  '\r': ' ',
};

/** The text with quotes and spaces made uniform and boilerplate lines blanked, same length as the input. */
export function normalize(text: string): string {
  const mapped = text.replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2018\u2019\u201a\u201b\u2032\u00a0\u2009\u202f\t\r]/g, (c) => CHAR_MAP[c] ?? c);
  // Control characters other than newlines carry no text; blank them to keep offsets.
  const cleaned = mapped.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ');
  return cleaned
    .split('\n')
    .map((line) => (BOILERPLATE_LINES.some((re) => re.test(line.trim())) ? ' '.repeat(line.length) : line))
    .join('\n');
}
