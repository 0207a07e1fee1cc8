// The texts an entity is found by, as search reads them to score a hit and cut its snippet: its
// name, its aliases and each distinct sentence that mentions it, tokenised. The index that finds
// the entities in the first place is the store's FullTextIndex (../full-text-index.ts).
import { type EntityAttrs } from '../attributes.js';
import { type SearchField, type Token, tokenize } from '../full-text-index.js';

export { type SearchField, type Token, type WordMatch, tokenize } from '../full-text-index.js';

/** A searchable text of an entity. */
export interface IndexedText {
  readonly field: SearchField;
  readonly text: string;
  readonly tokens: readonly Token[];
  /** For sentences: the document the sentence is in. */
  readonly document: string | null;
}

/** The entity's name and aliases, tokenised, the name first. */
export function nameTexts(attrs: EntityAttrs): IndexedText[] {
  return [
    { field: 'NAME', text: attrs.name, tokens: tokenize(attrs.name), document: null },
    ...attrs.aliases.map((alias): IndexedText => ({ field: 'ALIAS', text: alias, tokens: tokenize(alias), document: null })),
  ];
}

/** Each distinct sentence that mentions the entity, tokenised when reached, in mention order. */
export function* sentenceTexts(attrs: EntityAttrs): Generator<IndexedText> {
  const seen = new Set<string>();
  for (const mention of attrs.mentions) {
    const key = `${mention.evidence.document}|${mention.evidence.sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    yield { field: 'SENTENCE', text: mention.evidence.text, tokens: tokenize(mention.evidence.text), document: mention.evidence.document };
  }
}
