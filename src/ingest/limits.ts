// Input limits of the extractor, documented in the API and the README.

/** Longest article text accepted, in characters (about 150 pages of news copy). */
export const MAX_DOCUMENT_CHARS = 500_000;

/**
 * Most entities one article yields. A news article names a few hundred at most; past this number a
 * text is a list or an attack, and its further names stay unresolved (no entity, no relation).
 */
export const MAX_ENTITIES_PER_ARTICLE = 5_000;
