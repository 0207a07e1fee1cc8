// Stage 4: resolve mentions into entities, one per real-world thing in the document. Full names
// absorb their short forms ("Marenko"), spelling variants ("Quellan" for "Quellin"), acronyms
// ("TTO"), first words ("Nordwind" for "Nordwind Air") and bare heads ("the Senate").
import { type EntityType } from '../domain/entity-type.js';
import { entityId } from '../domain/ids.js';
import { type AnalysedSentence, type Mention, mentionPlaces } from './03-mentions.js';
import { type Gazetteer } from './model/gazetteer.js';
import { SPEECH_VERB_SET, TYPE_DESCRIPTORS } from './model/vocabulary.js';
import { editDistanceAtMost2, surfaceKey } from './text.js';
import { type DraftIndex, earliest, latest } from './draft-index.js';
import { DraftBook, type EntityDraft, type Resolution } from './entity-drafts.js';
import { isAcronymOf, nameWords, sameDepartment, shortForm, wordCount } from './name-forms.js';
import { isSpeaker, typePlaceLists } from './place-lists.js';

export { type EntityDraft, type Resolution } from './entity-drafts.js';

/** Prepositions after which a lone word that opens a person's name is still read as a place. */
const STRONG_PLACE_CUES = new Set(['in', 'near', 'from', 'to', 'across', 'outside']);
const INITIAL = /^\p{Lu}\.?$/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** Acronyms introduced as initials ("known by its initials MLT") that are matched against every body. */
const MAX_INTRODUCED_INITIALS = 50;

/** Group the mentions of all sentences into entities. */
export function resolveEntities(sentences: readonly AnalysedSentence[], gaz: Gazetteer): Resolution {
  const book = new DraftBook(gaz);
  preferIntroducedAcronyms(sentences);
  typeListedNames(sentences);
  attachFullNames(book, sentences, gaz);
  attachIntroducedAcronyms(book, sentences);
  attachShortForms(book, sentences, gaz);
  return book.resolution(isHeadline(sentences[0], sentences[1]));
}

/**
 * Step 0. "the Alliance For Change (AFC) ... the AFC": an acronym the article introduces for a name
 * of its own is that name's wherever it stands later, not the body the gazetteer knows by the same
 * letters. Later mentions of it lose their gazetteer entry, to be joined to the name it spells.
 */
function preferIntroducedAcronyms(sentences: readonly AnalysedSentence[]): void {
  const introduced = new Set<string>();
  for (const s of sentences) {
    for (const [i, m] of s.mentions.entries()) {
      if (!ACRONYM.test(m.text)) continue;
      if (!m.gazetteer && m.basis === 'head' && s.tokens[m.first - 1]?.text === '(') introduced.add(m.text);
      else if (m.gazetteer && introduced.has(m.text)) {
        const { gazetteer: _known, ...plain } = m;
        s.mentions[i] = { ...plain, type: null, basis: 'default', countries: [] };
      }
    }
  }
}

/**
 * The country that owns a body's name from outside it: "Mali's Foreign Ministry". Such a body is no
 * body of another country's ("the Norwegian ministry" named before it).
 */
function possessorCountry(s: AnalysedSentence, m: Mention): string | undefined {
  if (s.tokens[m.first - 1]?.text !== "'s") return undefined;
  const owner = s.mentions.find((x) => x.last === m.first - 1 && x.gazetteer?.type === 'COUNTRY');
  return owner?.gazetteer?.country;
}

/** A headline: the first sentence, a paragraph of its own, with no full stop at its end. */
function isHeadline(first: AnalysedSentence | undefined, next: AnalysedSentence | undefined): boolean {
  if (!first || !next || first.span.paragraph === next.span.paragraph) return false;
  return !/[.!?]["'”’]?\s*$/.test(first.span.text);
}

/**
 * Step 0. Names in a list introduced by a descriptor take its type: "Swedish firms including A, B
 * and C"; an unknown name listed with cities is a city: "in Lisbon, Dravik and Marsk".
 */
function typeListedNames(sentences: readonly AnalysedSentence[]): void {
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (m.basis !== 'default') continue;
      const listed = listDescriptorType(s, m) ?? appositiveDescriptorType(s, m);
      if (listed) {
        m.type = listed;
        m.basis = 'context';
      }
    }
    typePlaceLists(s);
  }
}

/**
 * Step 1. Full names, longest first, so short forms find them. Acronyms wait for step 2 unless the
 * gazetteer knows them: "the News Agency STT" introduces one that the words around a later "told
 * STT" typed on their own.
 */
function attachFullNames(book: DraftBook, sentences: readonly AnalysedSentence[], gaz: Gazetteer): void {
  const { index } = book;
  const full = sentences
    .flatMap((s) => s.mentions)
    .filter((m) => m.type !== null && !m.bareHead && !(ACRONYM.test(m.text) && !m.gazetteer))
    .sort((a, b) => wordCount(b.text) - wordCount(a.text) || a.start - b.start);
  for (const m of full) {
    const possessor = sentences[m.sentence] ? possessorCountry(sentences[m.sentence] as AnalysedSentence, m) : undefined;
    const otherCountry = (d: EntityDraft): boolean => possessor !== undefined && d.countries.size > 0 && !d.countries.has(possessor);
    const target = earliest(sameThingCandidates(m, index, gaz), (d) => sameThing(d, m, gaz, index) && !otherCountry(d));
    const tokens = sentences[m.sentence]?.tokens;
    const wordBefore = tokens?.[m.first - 1]?.lower ?? '';
    const speaks = SPEECH_VERB_SET.has(tokens?.[m.last]?.lower ?? '');
    const person = target && !(speaks && m.gazetteer) ? undefined : (surnameOwner(m, index, wordBefore, speaks) ?? firstNameOwner(m, index));
    if (person) m.type = 'PERSON';
    const owner = target ?? person ?? bodyOpenedBy(m, index);
    if (owner) book.attach(m, owner);
    else book.attachNew(m, m.type as EntityType);
  }
}

/** Step 2. Acronyms introduced beside their name: "Tarsk Treaty Organization (TTO)". */
function attachIntroducedAcronyms(book: DraftBook, sentences: readonly AnalysedSentence[]): void {
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (book.ownerOf(m) || !ACRONYM.test(m.text)) continue;
      // "... Organization (TTO)" or "the Velora News Agency VNA": the acronym right after the name.
      const open = s.tokens[m.first - 1]?.text === '(';
      const before = s.mentions.find((x) => x.last === (open ? m.first - 1 : m.first) && x.type !== 'PERSON' && x.type !== null);
      // "CEI (Italian Episcopal Conference)": the name spelt out after the acronym, whose letters may
      // be of another language's word order.
      const spelt =
        s.tokens[m.last]?.text === '('
          ? s.mentions.find((x) => x.first === m.last + 1 && s.tokens[x.last]?.text === ')' && x.type !== 'PERSON' && x.type !== null)
          : undefined;
      const long =
        (before && book.ownerOf(before)) ??
        (spelt && book.ownerOf(spelt)) ??
        earliest(book.index.byAcronym(m.text, 'earliest'), (d) => isAcronymOf(m.text, d.name));
      if (long) book.attach(m, long);
    }
  }
}

/**
 * Step 3. Short forms, bare heads and unknown words, in reading order. Acronyms introduced as
 * initials are matched against every body, so only the first few are (a hostile text repeats them).
 */
function attachShortForms(book: DraftBook, sentences: readonly AnalysedSentence[], gaz: Gazetteer): void {
  let initialsBudget = MAX_INTRODUCED_INITIALS;
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (book.ownerOf(m)) continue;
      const target = shortFormTarget(m, book.index, gaz);
      if (target) {
        book.attach(m, target);
        continue;
      }
      // A bare head with nothing to refer back to ("Government said") is no name of its own.
      if (m.bareHead) continue;
      const initialsOf = initialsBudget-- > 0 ? introducedInitials(s, m, book.drafts) : undefined;
      const headOf = !initialsOf && s.tokens[m.first - 1]?.lower === 'the' ? bodyEndingIn(m, book.index) : undefined;
      const antecedent = initialsOf ?? headOf;
      if (antecedent) {
        book.attach(m, antecedent);
        continue;
      }
      // An acronym that speaks is a body, not a person ("BEA said").
      const type = m.type ?? (isSpeaker(s, m) ? (ACRONYM.test(m.text) ? 'ORGANIZATION' : 'PERSON') : null);
      if (type) book.attachNew(m, type);
    }
  }
}

/** Drafts that may name the same thing as a full-name mention: every draft sameThing can accept is among them. */
function sameThingCandidates(m: Mention, index: DraftIndex<EntityDraft>, gaz: Gazetteer): EntityDraft[] {
  if (m.gazetteer) {
    return [...index.byGazetteer(m.gazetteer), ...index.byExactName(m.gazetteer.name, 'earliest'), ...index.bySurfaceKey(surfaceKey(m.text), 'earliest')];
  }
  const keys = [m.text, shortForm(m.text, gaz)].filter((x): x is string => Boolean(x)).map(surfaceKey);
  return [...keys.flatMap((k) => index.bySurfaceKey(k, 'earliest')), ...index.byAllWords(personWords(m.text), 'earliest')];
}

/** The words of a name that must all stand in a fuller name of the same thing. */
function personWords(text: string): string[] {
  return nameWords(text).filter((w) => !INITIAL.test(w));
}

/** True when a full-name mention names the same thing as an existing draft. */
function sameThing(d: EntityDraft, m: Mention, gaz: Gazetteer, index: DraftIndex<EntityDraft>): boolean {
  if (m.gazetteer) {
    if (d.gazetteers.has(m.gazetteer) || d.name === m.gazetteer.name) return true;
    // "ACCRA" read from the lexicon earlier and "Accra" from the gazetteer: one city.
    return d.type === m.gazetteer.type && !d.gazetteers.size && index.hasSurfaceKey(d, surfaceKey(m.text));
  }
  const keys = [m.text, shortForm(m.text, gaz)].filter((x): x is string => Boolean(x)).map(surfaceKey);
  if (keys.some((k) => index.hasSurfaceKey(d, k))) return true;
  const typeClass = (t: EntityType | null): string => (t === 'PERSON' ? 'person' : t === null ? 'unknown' : 'other');
  if (typeClass(d.type) !== typeClass(m.type)) return false;
  const words = personWords(m.text);
  const known = nameWords(d.name);
  if (d.type === 'PERSON') return words.length > 0 && words.every((w) => known.includes(w)) && words.some((w) => w !== known[0]);
  // Bodies: the same words in another order ("Puerto Rico Supreme Court", "Supreme Court of Puerto Rico"),
  // or the name without the country that opens it ("Home Office" for "Ruritania Home Office").
  if (words.length === known.length && words.every((w) => known.includes(w))) return true;
  if (sameDepartment(d.name, m.text, gaz)) return true;
  return withoutPlacePrefix(d.name, m.text, gaz);
}

/**
 * True when `full` is `short` opened by the name or demonym of a country or place ("Velorian State
 * Office"), or by the name of the international body it belongs to ("U.N. Security Council").
 */
function withoutPlacePrefix(full: string, short: string, gaz: Gazetteer): boolean {
  if (!short.includes(' ') || full.length <= short.length || surfaceKey(full).slice(-surfaceKey(short).length - 1) !== ` ${surfaceKey(short)}`) return false;
  const prefix = full.slice(0, full.length - short.length).trim();
  const known = gaz.lookup(prefix);
  return Boolean(gaz.demonymCountry(prefix) || (known && PREFIX_TYPES.has(known.type)));
}
const PREFIX_TYPES: ReadonlySet<EntityType> = new Set(['COUNTRY', 'REGION', 'CITY', 'ORGANIZATION', 'ALLIANCE']);

/**
 * The person whose surname a lone word is, when only the words around it typed it ("talks with
 * Okafor", "spoke to Okafor", "from Okafor"): a bare surname of a person the article names is that
 * person, whatever word precedes it. A name the gazetteer or a head noun types stays what it is.
 * A family name written first counts too, when only one person's name opens with it.
 */
function surnameOwner(m: Mention, index: DraftIndex<EntityDraft>, wordBefore: string, speaks: boolean): EntityDraft | undefined {
  // "Timor told Xinhua" after "spokesman Sunatullah Timor": a place's name that speaks is the person's surname.
  if (m.gazetteer ? !speaks : m.type === 'PERSON' || (m.basis !== 'context' && m.basis !== 'default')) return undefined;
  const words = nameWords(m.text);
  const word = words.length === 1 ? words[0] : undefined;
  if (!word || word.length < 3) return undefined;
  const bySurname = latest(index.byAllWords([word], 'latest'), (d) => {
    const known = nameWords(d.name);
    return d.type === 'PERSON' && known.length > 1 && known[known.length - 1] === word;
  });
  // "talks in Vadora" after "Vadora Quist": a place preposition outranks a first word.
  if (bySurname || STRONG_PLACE_CUES.has(wordBefore)) return bySurname;
  // Names written family name first ("Wen Tarsho" ... "bringing Wen down"): the one person whose
  // name opens with the word; when two people share it, nobody.
  const byFirstWord = index.byAllWords([word], 'latest').filter((d) => d.type === 'PERSON' && nameWords(d.name).length > 1 && nameWords(d.name)[0] === word);
  return byFirstWord.length === 1 ? byFirstWord[0] : undefined;
}

/**
 * The one person of the article whose first name a lone first name is ("Thomas" after "Thomas
 * Okafor"); when two people share it, nobody.
 */
function firstNameOwner(m: Mention, index: DraftIndex<EntityDraft>): EntityDraft | undefined {
  if (m.gazetteer || m.type !== 'PERSON' || m.basis !== 'lexicon') return undefined;
  const words = nameWords(m.text);
  const word = words.length === 1 ? words[0] : undefined;
  if (!word) return undefined;
  const owners = index.byAllWords([word], 'latest').filter((d) => {
    const known = nameWords(d.name);
    return d.type === 'PERSON' && known.length > 1 && known[0] === word;
  });
  return owners.length === 1 ? owners[0] : undefined;
}

/**
 * "Coastal Unity said" after "the Coastal Unity Party": two or more words typed a person only by
 * default, that open a body's longer name, are that body.
 */
function bodyOpenedBy(m: Mention, index: DraftIndex<EntityDraft>): EntityDraft | undefined {
  const words = nameWords(m.text);
  if (m.basis !== 'default' || words.length < 2) return undefined;
  const opens = (d: EntityDraft): boolean => {
    const known = nameWords(d.name);
    return d.type !== 'PERSON' && known.length > words.length && words.every((w, k) => known[k] === w);
  };
  return latest(index.byAllWords(words, 'latest'), opens);
}

/** "The Front said" after "the Tarsk Liberation Front": one word after "the" that ends a body's longer name. */
function bodyEndingIn(m: Mention, index: DraftIndex<EntityDraft>): EntityDraft | undefined {
  const words = nameWords(m.text);
  const single = words.length === 1 ? words[0] : undefined;
  if (single === undefined || m.type !== null) return undefined;
  return latest(index.byAllWords([single], 'latest'), (d) => d.type !== 'PERSON' && nameWords(d.name).length > 1 && nameWords(d.name).at(-1) === single);
}

/** The entity a short form, a bare head or an unknown word refers to, if any; the nearer antecedent wins. */
function shortFormTarget(m: Mention, index: DraftIndex<EntityDraft>, gaz: Gazetteer): EntityDraft | undefined {
  const words = nameWords(m.text);
  if (!words.length) return undefined;
  const single = words.length === 1 ? (words[0] as string) : undefined;
  const plural = single?.replace(/s$/, '');
  // A form already known as one of an entity's names ("TCSC" after "... Centre (TCSC)").
  const key = surfaceKey(m.text);
  const known = latest(index.bySurfaceKey(key, 'latest'), (d) => m.type === null || m.type === d.type || m.bareHead);
  if (known) return known;
  if (m.bareHead && single) {
    return latest(index.byAllWords([single], 'latest'), (d) => d.type !== 'PERSON' && nameWords(d.name).includes(single) && nameWords(d.name).length > 1);
  }
  if (/^\p{Lu}{2,6}$/u.test(m.text)) {
    const byAcronym = latest(index.byAcronym(m.text, 'latest'), (d) => isAcronymOf(m.text, d.name));
    if (byAcronym) return byAcronym;
  }
  if (m.type !== null && m.type !== 'PERSON') return undefined;
  const fuller = (d: EntityDraft): boolean => nameWords(d.name).length > words.length && words.every((w) => nameWords(d.name).includes(w));
  // "Velquist" after "Tomas Velquist" and "Anna Renn-Velquist": a name that ends in the word itself
  // outranks one that only ends in a compound holding it.
  const endsInWord = (d: EntityDraft): boolean => surfaceKey(d.name.split(' ').at(-1) ?? '') === words.at(-1);
  const person =
    latest(index.byAllWords(words, 'latest'), (d) => d.type === 'PERSON' && fuller(d) && endsInWord(d)) ??
    latest(index.byAllWords(words, 'latest'), (d) => d.type === 'PERSON' && fuller(d));
  if (person) return person;
  if (single && single.length >= 5) {
    const variant = latest(
      index.bySpellingNeighbour(single, 'latest'),
      (d) =>
        d.type === 'PERSON' &&
        nameWords(d.name)
          .slice(1)
          .some((w) => w.length >= 5 && editDistanceAtMost2(w, single) <= 1),
    );
    if (variant) return variant;
  }
  // "the Saudis" is a people, not "Saudi Velcor".
  if (single && m.type === null && !gaz.demonymCountry(single) && !(plural && gaz.demonymCountry(plural))) {
    const opens = (d: EntityDraft): boolean => d.type !== 'PERSON' && wordCount(d.name) > 1 && [single, plural].includes(nameWords(d.name)[0]);
    const firstWords = plural && plural !== single ? [single, plural] : [single];
    return latest(
      firstWords.flatMap((w) => index.byAllWords([w], 'latest')),
      opens,
    );
  }
  // "Río Lindor" for "Club Deportivo Río Lindor", "Tarvo Pacific" for "Tarvo Pacific Minerals".
  if (words.length >= 2 && (m.type === null || m.basis === 'default')) {
    return latest(index.byAllWords(words, 'latest'), (d) => d.type !== 'PERSON' && fuller(d));
  }
  return undefined;
}

/**
 * "The rebel movement, known by its French initials MLT": an acronym that is introduced as the short
 * form of a body the sentence describes, whatever letters it has.
 */
function introducedInitials(s: AnalysedSentence, m: Mention, drafts: readonly EntityDraft[]): EntityDraft | undefined {
  if (!/^\p{Lu}{2,6}$/u.test(m.text)) return undefined;
  const before = s.tokens.slice(Math.max(0, m.first - 3), m.first).map((t) => t.lower);
  if (!before.some((w) => ['initials', 'acronym', 'abbreviation', 'abbreviated'].includes(w))) return undefined;
  const bodies = drafts.filter((d) => d.type !== 'PERSON' && d.type !== 'COUNTRY' && d.type !== 'CITY' && d.type !== 'REGION' && d.mentions.length);
  const described = s.tokens
    .slice(0, m.first)
    .map((t) => t.lower)
    .find((w) => bodies.some((d) => d.name.toLowerCase().includes(w) && w.length > 4));
  const byWord = described ? bodies.filter((d) => d.name.toLowerCase().includes(described)) : [];
  return (byWord.length === 1 ? byWord[0] : undefined) ?? [...bodies].sort((a, b) => b.mentions.length - a.mentions.length)[0];
}

/** "TUSK, the main business association in Tarsk,": a descriptor in apposition types an unknown name. */
export function appositiveDescriptorType(s: AnalysedSentence, m: Mention): EntityType | undefined {
  if (s.tokens[m.last]?.text !== ',' || !['the', 'a', 'an'].includes(s.tokens[m.last + 1]?.lower ?? '')) return undefined;
  for (let k = m.last + 2; k < Math.min(s.tokens.length, m.last + 7); k++) {
    const t = s.tokens[k];
    if (!t?.word || t.cap) return undefined;
    const next = s.tokens[k + 1];
    // The head of the description: the last common noun before a preposition or the apposition's end.
    if (!next || !next.word || next.cap || ['in', 'of', 'for', 'from', 'based', 'that', 'which', 'and'].includes(next.lower)) {
      const type = TYPE_DESCRIPTORS[t.lower];
      return type && type !== 'COUNTRY' && type !== 'PERSON' ? type : undefined;
    }
  }
  return undefined;
}

/** The type a list's descriptor gives its members: "large cities such as A, the capital, and B". */
export function listDescriptorType(s: AnalysedSentence, m: Mention): EntityType | undefined {
  let lowercaseRun = 0;
  for (let j = m.first - 1; j >= Math.max(0, m.first - 25); j--) {
    const t = s.tokens[j];
    if (!t || ['.', ';', ':', '"'].includes(t.text)) return undefined;
    const trigger = t.lower === 'including' || t.lower === 'like' || (t.lower === 'as' && s.tokens[j - 1]?.lower === 'such');
    if (trigger) {
      const k = t.lower === 'as' ? j - 2 : j - 1;
      const descriptor = TYPE_DESCRIPTORS[s.tokens[k]?.lower ?? ''];
      return descriptor && descriptor !== 'COUNTRY' ? descriptor : undefined;
    }
    if (mentionPlaces(s).covering[j] || [',', 'and', 'or', 'the'].includes(t.lower)) {
      lowercaseRun = 0;
      continue;
    }
    // An aside inside the list ("the capital") is allowed; a clause is not.
    if (++lowercaseRun > 2) return undefined;
  }
  return undefined;
}

/** The id an entity draft gets in the graph. */
export function draftId(d: EntityDraft): string {
  return entityId(d.type, d.name);
}
