// Input limits of the extractor, documented in the API and the README.

/** Longest article text accepted, in characters (about 150 pages of news copy). */
export const MAX_DOCUMENT_CHARS = 500_000;
