// The country (or territory) an article is mostly about: named, directly or through a demonym, at
// least three times and twice as often as any other. Titles with no body named ("Governor X") and
// places with no stated country are read against it.
import { type AnalysedSentence } from './03-mentions.js';
import { type EntityDraft, type Resolution } from './04-entities.js';

/** The dominant country of the document; with `territories`, a dependent territory may win too. */
export function dominantJurisdiction(sentences: readonly AnalysedSentence[], resolution: Resolution, territories: boolean): EntityDraft | undefined {
  const counts = new Map<EntityDraft, number>();
  const bump = (e: EntityDraft | undefined): void => {
    if (e) counts.set(e, (counts.get(e) ?? 0) + 1);
  };
  const isJurisdiction = (e: EntityDraft | undefined): boolean =>
    Boolean(e && (e.type === 'COUNTRY' || (territories && e.type === 'REGION' && e.mentions.some((m) => m.gazetteer?.country))));
  // Jurisdictions by country code, listed once: a text of many demonyms would otherwise search every entity for each.
  const byCode = new Map<string, EntityDraft>();
  for (const e of resolution.entities) if (isJurisdiction(e)) for (const c of e.countries) if (!byCode.has(c)) byCode.set(c, e);
  for (const s of sentences) {
    for (const m of s.mentions) {
      const e = resolution.entityOf(m);
      if (isJurisdiction(e)) bump(e);
    }
    for (const c of s.cues) {
      if (c.kind !== 'demonym' || !c.country) continue;
      bump(byCode.get(c.country));
    }
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top || top[1] < 3 || (second && top[1] < 2 * second[1])) return undefined;
  return top[0];
}
