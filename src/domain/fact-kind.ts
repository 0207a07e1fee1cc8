// The closed set of fact kinds: casualty figures reported by an article.

export const FACT_KINDS = ['killed', 'injured', 'arrested'] as const;

/** What a casualty figure counts. */
export type FactKind = (typeof FACT_KINDS)[number];
