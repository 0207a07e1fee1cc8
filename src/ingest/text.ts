// Small text helpers shared by the ingest stages: how surface forms are compared (the rule lives in
// domain/, shared with the graph), counts written in words, and spelling distance.
export { surfaceKey } from '../domain/surface-key.js';

/** The value of a number written with digits or words ("120", "1,000", "seventeen"), or undefined. */
export function parseCount(word: string, numberWords: Readonly<Record<string, number>>): number | undefined {
  const plain = word.replace(/,/g, '');
  if (/^\d+$/.test(plain)) return Number(plain);
  const lower = word.toLowerCase();
  // "thirty-four": tens and units joined by a hyphen.
  const [tens, units] = lower.split('-');
  if (units !== undefined && tens !== undefined) {
    const t = numberWords[tens];
    const u = numberWords[units];
    return t !== undefined && u !== undefined && t >= 20 && t % 10 === 0 && u < 10 ? t + u : undefined;
  }
  return numberWords[lower];
}

/** Damerau-Levenshtein distance capped at 2, for spelling variants of names. */
export function editDistanceAtMost2(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d.push([i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[];
    const prev = d[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = v;
    }
  }
  return Math.min((d[a.length] as number[])[b.length] as number, 3);
}
