// How two written forms of a person's name are compared across articles: "Aleksandr Orlin" and
// "Alexander Orlin", "Sergei Al-Rashad" and "Sergey al Rashad", "A. Orlin". Terminology:
// the *surname key* is the folded family name that candidates are indexed by; *given names* are
// everything before it. Folding is deliberately coarse (transliteration variants become equal);
// the comparison of given names is deliberately strict (a different name is a different person).

/** A person's name cut into given names and a surname, each part folded for comparison. */
export interface PersonName {
  /** The name as written. */
  readonly text: string;
  /** Folded family name, particles included ("al-Rashad" -> "alrashad"). */
  readonly surnameKey: string;
  /** Given names in order: a full name (hyphenated parts joined) or an initial. */
  readonly given: readonly GivenName[];
}

/** One given name: folded, and whether only its initial was written. */
export interface GivenName {
  readonly folded: string;
  readonly initial: boolean;
}

/** How the given names of two forms with one surname compare. */
export type GivenNameMatch = 'SAME' | 'CLOSE' | 'INITIAL' | 'CONFLICT' | 'UNKNOWN';

/** Words that belong to the surname that follows them ("van", "al", "bin"). */
const SURNAME_PARTICLES = new Set([
  'al',
  'el',
  'ul',
  'bin',
  'ibn',
  'abu',
  'ben',
  'van',
  'von',
  'der',
  'den',
  'de',
  'da',
  'di',
  'du',
  'del',
  'della',
  'la',
  'le',
  'dos',
  'das',
  'ter',
]);
/** Words that end a name without being part of it. */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** Courtesy words that may precede a name. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'dame']);

/**
 * Spelling variants that romanisations of one name produce, folded to one form, left to right in
 * one pass over a lower-case, accent-free word of letters; doubled letters collapse afterwards
 * ("Kareem" -> "karem", "Aleksandr" -> "alexandr", "Zelenskyy" -> "zelenski").
 */
const TRANSLITERATION_FOLDS: Readonly<Record<string, string>> = { ks: 'x', kh: 'h', zh: 'j', ph: 'f', ou: 'u', ck: 'k', q: 'k', w: 'v', y: 'i' };
const TRANSLITERATION_PATTERN = new RegExp(Object.keys(TRANSLITERATION_FOLDS).join('|'), 'g');

/** A word as the comparison sees it: letters only, lower case, transliteration variants folded. */
export function foldNamePart(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, '')
    .replace(TRANSLITERATION_PATTERN, (pair) => TRANSLITERATION_FOLDS[pair] ?? pair)
    .replace(/(\p{L})\1+/gu, '$1');
}

/**
 * Cuts a person's name into given names and surname, or undefined when it is not a name of two
 * parts or more ("Orlin" alone says nothing about who across articles) or has digits.
 */
export function parsePersonName(text: string): PersonName | undefined {
  // "Person Number 12", "Unit 731": a name with digits is not a person's name as written in news.
  if (/\p{N}/u.test(text)) return undefined;
  const words = text
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => /\p{L}/u.test(w));
  while (words.length > 0 && HONORIFICS.has(bare(words[0] ?? ''))) words.shift();
  while (words.length > 0 && NAME_SUFFIXES.has(bare(words[words.length - 1] ?? ''))) words.pop();
  if (words.length < 2) return undefined;
  let surnameStart = words.length - 1;
  while (surnameStart > 1 && SURNAME_PARTICLES.has(bare(words[surnameStart - 1] ?? ''))) surnameStart -= 1;
  const surnameKey = foldNamePart(words.slice(surnameStart).join(''));
  if (surnameKey.length < 2) return undefined;
  const given: GivenName[] = [];
  for (const word of words.slice(0, surnameStart)) {
    // "A.B." and "J.R.R." are several initials written together.
    const initials = /^(?:\p{L}\.){2,4}$/u.test(word) ? word.split('.').filter((p) => p !== '') : undefined;
    if (initials !== undefined) {
      for (const letter of initials) given.push({ folded: foldNamePart(letter), initial: true });
      continue;
    }
    const folded = foldNamePart(word);
    if (folded === '') continue;
    given.push({ folded, initial: /^\p{L}\.?$/u.test(word) });
  }
  if (given.length === 0) return undefined;
  return { text, surnameKey, given };
}

/**
 * Compares the given names of two forms that share a surname key. SAME or CLOSE when the full given
 * names agree (exactly, or within a spelling variant), INITIAL when they agree only as far as an
 * initial goes, CONFLICT when they name different people ("John" and "Mary", "Maria" and "Mario"),
 * UNKNOWN when the surnames differ.
 */
export function compareGivenNames(a: PersonName, b: PersonName): GivenNameMatch {
  if (a.surnameKey !== b.surnameKey) return 'UNKNOWN';
  const fullA = joinedFull(a);
  const fullB = joinedFull(b);
  // "Kassym-Jomart", "Kassym Jomart" and "Kassymjomart" are one name written three ways.
  if (fullA !== undefined && fullB !== undefined) {
    if (fullA === fullB) return 'SAME';
    if (closeSpelling(fullA, fullB)) return 'CLOSE';
  }
  let result: GivenNameMatch = 'SAME';
  const shared = Math.min(a.given.length, b.given.length);
  for (let i = 0; i < shared; i += 1) {
    const x = a.given[i];
    const y = b.given[i];
    if (x === undefined || y === undefined) break;
    if (x.initial || y.initial) {
      if (x.folded[0] !== y.folded[0]) return 'CONFLICT';
      if (i === 0) result = 'INITIAL';
      continue;
    }
    if (x.folded === y.folded) continue;
    if (!closeSpelling(x.folded, y.folded)) return 'CONFLICT';
    if (result === 'SAME') result = 'CLOSE';
  }
  return result;
}

/** True when a comparison says two forms may well name one person. */
export function isNameMatch(match: GivenNameMatch): boolean {
  return match === 'SAME' || match === 'CLOSE' || match === 'INITIAL';
}

/**
 * True when `candidate` is a better name to show for a person than `current`: both are forms of a
 * person's name, and `candidate` writes in full the first given name that `current` gives only as an
 * initial ("Alexander Orlin" over "A. Orlin").
 */
export function isFullerName(candidate: string, current: string): boolean {
  const better = parsePersonName(candidate)?.given[0];
  const worse = parsePersonName(current)?.given[0];
  return better !== undefined && worse !== undefined && !better.initial && worse.initial;
}

/** Key of the candidate bucket a form belongs to: surname and the first letter of the first given name. */
export function personBucketKey(name: PersonName): string {
  return `${name.surnameKey}|${name.given[0]?.folded[0] ?? ''}`;
}

/**
 * True when two folded given names are spellings of one name: the same first letter, the same
 * ending where the ending marks gender ("Alexander"/"Alexandra", "Daniel"/"Daniela"), and an edit
 * distance the length allows: none up to 4 letters ("John"/"Joan"), 1 at 5 ("Karim"/"Kareem"),
 * 2 from 6 ("Muhammad"/"Mohamed").
 */
export function closeSpelling(a: string, b: string): boolean {
  if (a === b) return true;
  if (a === '' || b === '' || a[0] !== b[0]) return false;
  const lastA = a[a.length - 1] ?? '';
  const lastB = b[b.length - 1] ?? '';
  if (lastA !== lastB && (GENDERED_ENDINGS.has(lastA) || GENDERED_ENDINGS.has(lastB))) return false;
  const shortest = Math.min(a.length, b.length);
  const allowed = shortest <= 4 ? 0 : shortest === 5 ? 1 : 2;
  return allowed > 0 && editDistance(a, b, allowed) <= allowed;
}

const GENDERED_ENDINGS = new Set(['a', 'e']);

/** Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? Infinity) + 1, (current[j - 1] ?? Infinity) + 1, (previous[j - 1] ?? Infinity) + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** All given names joined, when every one is written in full. */
function joinedFull(name: PersonName): string | undefined {
  return name.given.every((g) => !g.initial) ? name.given.map((g) => g.folded).join('') : undefined;
}

function bare(word: string): string {
  return word.toLowerCase().replace(/[.,]/g, '');
}
