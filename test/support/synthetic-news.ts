// Generated articles for tests that need a graph of some size: every article names a few countries
// and their capitals from `world-countries`, and France in all of them, so the graph has a hub (an
// entity in every document) as real news graphs do. Deterministic: article i is always the same.
import worldCountries, { type Country } from 'world-countries';

// The package's typings declare a namespace; at run time the default export is the array itself.
const countries: readonly Country[] = Array.isArray(worldCountries) ? worldCountries : worldCountries.default;

const PLACES = countries
  .filter((c) => c.independent === true && c.capital[0] !== undefined && /^[A-Z][a-z]+$/.test(c.name.common) && /^[A-Z][a-z]+$/.test(c.capital[0] ?? ''))
  .map((c) => ({ country: c.name.common, capital: c.capital[0] ?? '' }))
  .filter((p) => p.country !== 'France');

/** The text of generated article `i` (about 1,500 characters, a headline first). */
export function syntheticArticle(i: number): string {
  const a = PLACES[i % PLACES.length];
  const b = PLACES[(i * 7 + 3) % PLACES.length];
  const c = PLACES[(i * 13 + 5) % PLACES.length];
  if (a === undefined || b === undefined || c === undefined) throw new Error('syntheticArticle: no places.');
  const filler = `Officials said the talks covered trade, energy and the security of the border. `.repeat(12);
  return [
    `Talks number ${i} in ${a.capital}`,
    '',
    `The foreign ministers of France, ${a.country} and ${b.country} met in ${a.capital} on Monday, report ${i} said.`,
    `Delegates from ${c.country} travelled from ${c.capital} to join them.`,
    filler,
    `The next round will be held in ${b.capital}, the capital of ${b.country}.`,
  ].join('\n');
}

/** The texts of articles 0 to count - 1. */
export function syntheticArticles(count: number): string[] {
  return Array.from({ length: count }, (_, i) => syntheticArticle(i));
}
