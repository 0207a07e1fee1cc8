// Tokens of a sentence with their document offsets. Possessive "'s" is its own token so that
// "Kazakhstan's" yields the name "Kazakhstan"; initials such as "R." stay one token.

export interface Token {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** A word that can be part of a name: capitalised, an acronym, an initial, or "al-Rashid". */
  readonly cap: boolean;
  readonly word: boolean;
}

const TOKEN = /(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s+\p{Lu})|[\p{L}\p{M}\p{N}]+(?:[-'.][\p{L}\p{M}\p{N}]+)*|\S/gu;
/** "Yemen-based", "US-built": adjectives made from a name, which are not names themselves. */
const COMPOUND_ADJECTIVE =
  /-(based|led|backed|owned|built|claimed|made|born|run|funded|controlled|style|era|bound|linked|allied|supported|sponsored|held|occupied)$/i;
const NAME_PARTICLE = /^(?:al|el|ad|ash|as|at|ar|an|az|bin|ibn|abu)-\p{Lu}/u;
/** "I'm", "We've", "They'll": a pronoun with its verb, capitalised by position, never a name. */
const PRONOUN_CONTRACTION = /^(?:i|you|we|they|he|she|it|there|that|who|what)'(?:m|re|ve|ll|d)$/i;

/** True for the token of a possessive: "'s", or the bare "'" after a plural ("the Forces' offensive"). */
export function isPossessiveMark(token: Token | undefined): boolean {
  return token?.text === "'s" || token?.text === "'";
}

/** True when the lower-case `words` stand at token `k` and on: "is located" at the token of "is". */
export function wordsAt(tokens: readonly Token[], k: number, words: readonly string[]): boolean {
  return words.every((w, n) => tokens[k + n]?.lower === w);
}

/** The first of `phrases` whose words stand at token `k`, if any. */
export function phraseAt<P extends readonly string[]>(tokens: readonly Token[], k: number, phrases: readonly P[]): P | undefined {
  return phrases.find((words) => wordsAt(tokens, k, words));
}

/** The tokens of `text`, which starts at `offset` in the document. */
export function tokenize(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = offset + (m.index ?? 0);
    const possessive = /^(.+)'s$/u.exec(raw);
    if (possessive?.[1] && /\p{L}/u.test(possessive[1])) {
      tokens.push(makeToken(possessive[1], start));
      tokens.push(makeToken("'s", start + possessive[1].length));
    } else if (/^\p{L}+s'$/u.test(raw)) {
      tokens.push(makeToken(raw.slice(0, -1), start));
      tokens.push(makeToken("'", start + raw.length - 1));
    } else {
      tokens.push(makeToken(raw, start));
    }
  }
  return tokens;
}

function makeToken(text: string, start: number): Token {
  // The possessive clitic is grammar, not a word of a name.
  const word = /[\p{L}\p{N}]/u.test(text) && text !== "'s";
  const cap =
    word &&
    text !== 'I' &&
    !PRONOUN_CONTRACTION.test(text) &&
    (/^\p{Lu}/u.test(text) || NAME_PARTICLE.test(text)) &&
    !/^\p{N}/u.test(text) &&
    !COMPOUND_ADJECTIVE.test(text);
  return { text, lower: text.toLowerCase(), start, end: start + text.length, cap, word };
}
