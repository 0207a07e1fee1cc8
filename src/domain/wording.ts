// Words for messages people read: counts with the right plural ("1 document", "2 entities") and
// the right article ("an alliance", "a person"). Shared by the service, the CLI and error messages.

/** `n` and the noun, singular for exactly one: `countOf(1, 'document')` is "1 document"; irregular plurals are given. */
export function countOf(n: number, singular: string, plural: string = pluralOf(singular)): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** The regular English plural of a noun: entity -> entities, match -> matches, document -> documents. */
export function pluralOf(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/** The word with "a" or "an" by its first sound as spelt: "an alliance", "a person", "an organisation". */
export function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}
