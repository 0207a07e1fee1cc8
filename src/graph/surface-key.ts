// How the graph compares names: the one place that decides that "Núñez", "Nunez" and
// "the Vazquez's" are the same surface form. Same rule as src/ingest/text.ts, which the graph may
// not import (data flows ingest -> graph); the two must stay in step until it moves to domain/.

/** Comparison key of a surface form: case-, accent- and punctuation-blind, no leading "the", no possessive. */
export function surfaceKey(surface: string): string {
  return surface
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`´]s\b/g, '')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/^\s*the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when a name has two words or more, so it is specific enough to merge entities on. */
export function isMultiWord(name: string): boolean {
  return surfaceKey(name).includes(' ');
}
