// How names are compared everywhere: the one place that decides that "Núñez", "Nunez" and
// "the Nunez's" are the same surface form. In domain/ so that the extractor and the graph share it.

/** Text folded for comparison: lower case, accents removed ("Núñez" -> "nunez"). The one accent-folding rule of the code. */
export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Comparison key of a surface form: case-, accent- and punctuation-blind, no leading "the", no possessive. */
export function surfaceKey(surface: string): string {
  return foldAccents(surface)
    .replace(/['’`´]s\b/g, '')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/^\s*the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
