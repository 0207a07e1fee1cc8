// Stage 3: find the mentions in each sentence: spans that name a person, body or place.
// A run of capitalised words is cut into pieces (gazetteer names, demonyms, titles, plain words);
// a head word ("Ministry", "Party", "province") types the run it ends; plain words are typed by
// compromise's lexicon and by the words around them. Titles and demonyms are kept as cues for the
// relation rules rather than as names.
import { type EntityType, PLACE_TYPES } from '../domain/entity-type.js';
import { type SentenceSpan } from '../domain/extraction.js';
import { type Gazetteer, type GazetteerEntry } from './model/gazetteer.js';
import { HONORIFICS, MAX_TITLE_WORDS, POLITICIAN_NOUNS, PORTFOLIO_TITLES, ROLE_QUALIFIERS, TITLES } from './model/titles.js';
import {
  LOWERCASE_NAME_HEADS,
  LOWERCASE_NAME_MODIFIERS,
  isLanguageOrCreed,
  namesPeopleOfAKind,
  MONTH_ABBREVIATIONS,
  MONTHS,
  NAME_CONNECTORS,
  NAME_HEADS,
  NOT_NAME_OPENERS,
  PARTICLE_CONNECTORS,
  PREFIX_HEADS,
  SHIP_PREFIXES,
  SPEECH_VERB_SET,
  TYPE_DESCRIPTORS,
  NATIONAL_FORCES,
  LEGISLATOR_NOUNS,
  PARTY_WORDS,
  VEHICLE_NOUNS,
  WEAK_HEADS,
  WEEKDAYS,
} from './model/vocabulary.js';
import { PLACE_LINKS } from './model/triggers.js';
import { isPossessiveMark, phraseAt, type Token, tokenize } from './tokens.js';

/** How sure the typing of a mention is, strongest first. */
export type TypeBasis = 'gazetteer' | 'head' | 'context' | 'lexicon' | 'default';

export interface Mention {
  readonly sentence: number;
  /** Token range [first, last) in the sentence. */
  readonly first: number;
  readonly last: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  type: EntityType | null;
  basis: TypeBasis;
  readonly gazetteer?: GazetteerEntry;
  /** Countries (cca3) named inside the mention, as in "Austrian Ministry of Foreign Trade". */
  readonly countries: readonly string[];
  /** Names of places inside an organisation's name, as "Velora" in "Velora Police". */
  readonly placeNames: readonly string[];
  /** A bare head word ("Senate", "Council") that refers back to a fuller name. */
  readonly bareHead: boolean;
}

export interface Cue {
  readonly kind: 'demonym' | 'title' | 'honorific';
  readonly first: number;
  readonly last: number;
  readonly country?: string;
  readonly title?: string;
}

export interface AnalysedSentence {
  readonly span: SentenceSpan;
  readonly tokens: readonly Token[];
  readonly mentions: Mention[];
  readonly cues: readonly Cue[];
}

type Piece =
  | { kind: 'gaz'; first: number; last: number; entry: GazetteerEntry }
  | { kind: 'demonym'; first: number; last: number; country?: string }
  | { kind: 'title'; first: number; last: number; title: string }
  | { kind: 'honorific'; first: number; last: number }
  | { kind: 'word'; first: number; last: number }
  | { kind: 'connector'; first: number; last: number };

const PROPER_TAGS = new Set([
  'ProperNoun',
  'Person',
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'Place',
  'City',
  'Country',
  'Region',
  'Organization',
  'Demonym',
  'Honorific',
  'Acronym',
]);
const NEVER_NAMES = new Set(['WeekDay', 'Month', 'Date', 'Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'QuestionWord']);
/** Lexicon tags of verbs. */
const VERB_TAGS = new Set(['Verb', 'PresentTense', 'PastTense', 'Infinitive', 'Gerund']);
/** Tags of words written in capitals for emphasis, not as acronyms: "he HAD complained", "was NOT". */
/** Lexicon tags of places, for names of two words ("new york", "los angeles"). */
const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place']);
const EMPHASIS_TAGS = new Set(['Copula', 'Negative', 'Modal', 'Auxiliary', 'PastTense', 'Adverb']);
const FIRST_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'to', 'outside', 'across']);
/** Titles that people hold in companies and bodies, never in a person. */
const ORG_TITLES = new Set([
  'chief executive',
  'ceo',
  'chairman',
  'chairwoman',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'founder',
  'director',
  'managing director',
  'general manager',
]);

/** Titles whose holder heads a place, and the kind of place. */
const PLACE_HEAD_TITLES: Readonly<Record<string, EntityType>> = { governor: 'REGION', mayor: 'CITY', premier: 'REGION' };

/** Compass adjectives that may stand between "in" and a place ("in eastern Congo"). */
export const DIRECTION_ADJECTIVES = new Set([
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'north',
  'south',
  'east',
  'west',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'coastal',
  'remote',
  'rural',
]);
const COMPASS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'north-east',
  'north-west',
  'south-east',
  'south-west',
  'outskirts',
]);
const PERSON_CUES = new Set(['pseudonym', 'named', 'called', 'nicknamed', 'alias']);
const FOREIGN_ARTICLES = new Set(['El', 'La', 'Le', 'Les', 'Los', 'Las', 'Il', 'Der', 'Die', 'Das', 'De', 'Al']);
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS, ...MONTH_ABBREVIATIONS]);
/** Calendar words that are also given names ("Jan Horak", "May Tavrin"): a name when a name word follows. */
const GIVEN_NAME_CALENDAR_WORDS = new Set(['jan', 'may', 'june', 'april', 'august']);
/** Words after which a month is a date, whatever follows ("in May Parliament voted", "since June Officials"). */
const DATE_LEADS = new Set(['in', 'on', 'since', 'until', 'till', 'through', 'last', 'next', 'early', 'late', 'mid', 'during', 'this', 'each', 'every']);
const CONNECTOR_HEADS = new Set([...Object.keys(NAME_HEADS), 'house', 'bureau', 'chamber', 'academy', 'school', 'college', 'republic', 'kingdom']);

/** Where the mentions of one sentence stand, by token; built once per sentence on first use. */
interface MentionPlaces {
  readonly covering: readonly (Mention | undefined)[];
  readonly startingAt: ReadonlyMap<number, readonly Mention[]>;
  readonly endingAt: ReadonlyMap<number, readonly Mention[]>;
}

const places = new WeakMap<AnalysedSentence, MentionPlaces>();

/**
 * The mentions of a sentence by token: the one covering each token (the first when they overlap),
 * those starting at a token and those ending before one (`last`). Readers that look around every
 * mention use it so that a sentence of many names is not read once per name. Computed on first use,
 * after the stages that add or retype mentions.
 */
export function mentionPlaces(s: AnalysedSentence): MentionPlaces {
  let found = places.get(s);
  if (!found) {
    const covering = new Array<Mention | undefined>(s.tokens.length);
    const startingAt = new Map<number, Mention[]>();
    const endingAt = new Map<number, Mention[]>();
    for (const m of s.mentions) {
      for (let k = m.first; k < m.last; k++) covering[k] ??= m;
      const starting = startingAt.get(m.first);
      if (starting) starting.push(m);
      else startingAt.set(m.first, [m]);
      const ending = endingAt.get(m.last);
      if (ending) ending.push(m);
      else endingAt.set(m.last, [m]);
    }
    found = { covering, startingAt, endingAt };
    places.set(s, found);
  }
  return found;
}

/** Analyse one sentence: its tokens, its mentions and its title and demonym cues. */
export function findMentions(span: SentenceSpan, gaz: Gazetteer): AnalysedSentence {
  const tokens = tokenize(span.text, span.start);
  const mentions: Mention[] = [];
  const cues: Cue[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i]?.cap) {
      i++;
      continue;
    }
    const pieces = readRun(tokens, i, gaz);
    const runEnd = pieces[pieces.length - 1]?.last ?? i + 1;
    interpretRun(span, tokens, pieces, gaz, mentions, cues);
    i = runEnd;
  }
  attachLowercaseHeads(span, tokens, mentions);
  mentions.push(...basedPrefixes(span, tokens, gaz));
  mentions.push(...nationalForces(span, tokens, cues, gaz));
  markPartiesBeforeMembers(span, tokens, mentions, cues, gaz);
  markNamesBeforeAcronyms(span, tokens, mentions);
  mentions.sort((a, b) => a.first - b.first);
  return { span, tokens, mentions, cues };
}

/** Lexicon tags of words that may follow a name's head: "the Colombian army, who", "by Malaysian navy and". */
const AFTER_HEAD_TAGS = new Set(['Preposition', 'Conjunction', 'Verb', 'PastTense', 'PresentTense', 'Modal', 'Copula', 'Auxiliary', 'Adverb', 'Determiner']);

/**
 * "the Colombian army", "spokesman for the Indonesian military": a demonym before a country's
 * force (NATIONAL_FORCES) names that force as a body of the country, when the force word is the
 * head of its phrase. "Turkish army officers" and "Turkish army deployments" name people and acts.
 */
function nationalForces(span: SentenceSpan, tokens: readonly Token[], cues: readonly Cue[], gaz: Gazetteer): Mention[] {
  const found: Mention[] = [];
  for (const cue of cues) {
    if (cue.kind !== 'demonym' || !cue.country) continue;
    const one = tokens[cue.last]?.lower ?? '';
    const two = `${one} ${tokens[cue.last + 1]?.lower ?? ''}`;
    const last = NATIONAL_FORCES.has(two) ? cue.last + 2 : NATIONAL_FORCES.has(one) ? cue.last + 1 : undefined;
    if (last === undefined || tokens[last - 1]?.cap) continue;
    const next = tokens[last];
    const heads = !next || !next.word || next.text === "'s" || gaz.lexiconTags(next.lower).some((tag) => AFTER_HEAD_TAGS.has(tag));
    if (heads) found.push(makeMention(span, tokens, cue.first, last, 'ORGANIZATION', 'head', { countries: [cue.country] }));
  }
  return found;
}

/**
 * "Labour MP X", "Republican senator X", "Labour's Shadow Home Secretary X": a word parties go by
 * (PARTY_WORDS) before a legislator's title (LEGISLATOR_NOUNS) or in the possessive before a title
 * names a party; other words there name a constituency or a kind of member ("Tarsk MP", "Backbench
 * MP"). An unknown acronym before any office names a body ("NLD spokesperson X").
 */
function markPartiesBeforeMembers(span: SentenceSpan, tokens: readonly Token[], mentions: Mention[], cues: readonly Cue[], gaz: Gazetteer): void {
  for (let k = 0; k < tokens.length - 1; k++) {
    const t = tokens[k] as Token;
    if (!t.cap || !t.word || tokens[k - 1]?.cap || cues.some((c) => c.first <= k && k < c.last)) continue;
    const next = tokens[k + 1] as Token;
    const partyWord = PARTY_WORDS.has(t.lower);
    // Only words parties go by: "Tarsk MP" names a constituency, "Backbench MP" a kind of member.
    const member = LEGISLATOR_NOUNS.has(next.lower) && partyWord;
    // "NLD spokesperson X", "PKK commander X": an acronym before an office names the body that office is in.
    const pair = `${next.lower} ${tokens[k + 2]?.lower ?? ''}`;
    const officeOfAcronym = ACRONYM.test(t.text) && (TITLES[next.lower] !== undefined || TITLES[pair] !== undefined) && !gaz.lookup(t.text);
    const possessed = partyWord && next.text === "'s" && Boolean(tokens[k + 2]?.cap);
    if (!member && !possessed && !officeOfAcronym) continue;
    // The word alone may already be an untyped mention; a longer or typed one is left as it is.
    const at = mentions.findIndex((m) => m.first <= k && k < m.last);
    const existing = mentions[at];
    if (existing && (existing.first !== k || existing.last !== k + 1 || existing.type !== null)) continue;
    const party = makeMention(span, tokens, k, k + 1, 'ORGANIZATION', 'head');
    if (existing) mentions[at] = party;
    else mentions.push(party);
  }
}

/** Lower-case words a name may hold between the words its acronym spells: "Partnership for National Unity". */
const ACRONYM_GAP_WORDS = new Set(['of', 'for', 'and', 'the', 'de', 'del', 'la', 'du', 'des', 'in', 'on', 'to', "'s"]);
/** Last words of capitalised terms that have acronyms but name no body. */
const TERM_HEADS = new Set([
  'meeting',
  'product',
  'index',
  'rate',
  'zone',
  'area',
  'system',
  'programme',
  'program',
  'plan',
  'treaty',
  'agreement',
  'act',
  'law',
  'report',
  'syndrome',
  'disorder',
  'disease',
  'virus',
  'vehicle',
  'vehicles',
  'weapon',
  'weapons',
  'device',
  'standard',
  'time',
]);
/** Tokens read back from an acronym for the name it spells. */
const MAX_ACRONYM_NAME_TOKENS = 10;

/**
 * The first token of the name whose capitalised words spell `acronym`, ending right before token
 * `end` ("A Partnership for National Unity (APNU)", "Jamila Ulema-e-Islam (JUI)"), or undefined.
 */
function acronymNameStart(tokens: readonly Token[], end: number, acronym: string): number | undefined {
  let letters = acronym;
  let k = end - 1;
  for (; k >= 0 && k >= end - MAX_ACRONYM_NAME_TOKENS && letters; k--) {
    const t = tokens[k] as Token;
    if (ACRONYM_GAP_WORDS.has(t.lower) && !t.cap && k < end - 1) continue;
    if (!t.cap || !t.word) return undefined;
    const initials = t.text
      .split('-')
      .filter((part) => /^\p{Lu}/u.test(part))
      .map((part) => part[0])
      .join('');
    if (!letters.endsWith(initials.toUpperCase())) return undefined;
    letters = letters.slice(0, letters.length - initials.length);
  }
  return letters ? undefined : k + 1;
}

/**
 * "the Alliance For Change (AFC)", "A Partnership for National Unity (APNU)": a name followed by the
 * acronym its words spell is one name, whatever its words are, and the acronym is that name's, not
 * a body the gazetteer knows by the same letters. Mentions inside the name give way to it.
 */
function markNamesBeforeAcronyms(span: SentenceSpan, tokens: readonly Token[], mentions: Mention[]): void {
  for (let k = 1; k < tokens.length - 2; k++) {
    const acronym = tokens[k + 1] as Token;
    if (tokens[k]?.text !== '(' || tokens[k + 2]?.text !== ')' || !ACRONYM.test(acronym.text)) continue;
    const first = acronymNameStart(tokens, k, acronym.text);
    // "Annual General Meeting (AGM)", "Gross Domestic Product (GDP)": terms, not bodies.
    if (first === undefined || k - first < 2 || TERM_HEADS.has(tokens[k - 1]?.lower ?? '')) continue;
    const exact = mentions.find((m) => m.first === first && m.last === k);
    const inside = mentions.filter((m) => m !== exact && m.first < k && m.last > first);
    if (!exact) {
      // A name the gazetteer knows, spelt out in full, is kept as it is ("the European Union (EU)").
      if (inside.some((m) => m.gazetteer)) continue;
      for (const m of inside) mentions.splice(mentions.indexOf(m), 1);
      const head = NAME_HEADS[tokens[k - 1]?.lower ?? ''];
      mentions.push(makeMention(span, tokens, first, k, head && !PLACE_TYPES.has(head) ? head : 'ORGANIZATION', 'head'));
    }
    const name = exact ?? mentions[mentions.length - 1];
    const short = mentions.findIndex((m) => m.first === k + 1 && m.last === k + 2);
    const entry = mentions[short]?.gazetteer;
    // "Alliance For Change (AFC)" is not the Asian Football Confederation the gazetteer calls AFC.
    if (short >= 0 && entry && name && name.gazetteer !== entry) mentions[short] = makeMention(span, tokens, k + 1, k + 2, name.type, 'head');
  }
}

/** "the Lindor-based manufacturer": the place in a "-based" adjective is a mention of that place. */
function basedPrefixes(span: SentenceSpan, tokens: readonly Token[], gaz: Gazetteer): Mention[] {
  const out: Mention[] = [];
  tokens.forEach((t, i) => {
    const m = /^(\p{Lu}[\p{L}\p{M}]+(?:[ -]\p{Lu}[\p{L}\p{M}]+)?)-based$/u.exec(t.text);
    if (!m?.[1] || gaz.demonymCountry(m[1])) return;
    const entry = gaz.lookup(m[1]);
    if (entry && entry.type !== 'CITY' && entry.type !== 'COUNTRY' && entry.type !== 'REGION') return;
    out.push({
      sentence: span.index,
      first: i,
      last: i + 1,
      text: m[1],
      start: t.start,
      end: t.start + m[1].length,
      type: entry?.type ?? 'CITY',
      basis: entry ? 'gazetteer' : 'context',
      ...(entry ? { gazetteer: entry } : {}),
      countries: entry?.type === 'COUNTRY' && entry.country ? [entry.country] : [],
      placeNames: [],
      bareHead: false,
    });
  });
  return out;
}

/** Read one run of capitalised words starting at `start`, cut into pieces. */
function readRun(tokens: readonly Token[], start: number, gaz: Gazetteer): Piece[] {
  const pieces: Piece[] = [];
  let i = start;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t) break;
    if (t.cap) {
      const piece = readPiece(tokens, i, gaz);
      pieces.push(piece);
      i = piece.last;
      continue;
    }
    // "Ministry of Labour and Social Security": "and" inside an of-phrase that a head opened.
    if (
      t.lower === 'and' &&
      tokens[i + 1]?.cap &&
      pieces.some((p) => p.kind === 'connector' && ['of', 'for'].includes(tokens[p.first]?.lower ?? '')) &&
      pieces.some((p) => p.kind === 'word' && NAME_HEADS[(tokens[p.first] as Token).lower])
    ) {
      const next = readPiece(tokens, i + 1, gaz);
      if (next.kind === 'word') {
        pieces.push({ kind: 'connector', first: i, last: i + 1 });
        i++;
        continue;
      }
    }
    // "People's Unity Movement", "Dockworkers' Union": a possessive inside a name, after a common
    // noun; after a place or a person it is a real possessive ("Ireland's Supreme Court").
    const left0 = pieces[pieces.length - 1];
    if (isPossessiveMark(t) && (left0?.kind === 'word' || left0?.kind === 'title') && tokens[i + 1]?.cap && left0.last === i) {
      const word = (tokens[i - 1] as Token).lower;
      const headNext = NAME_HEADS[tokens[i + 1]?.lower ?? ''] !== undefined;
      // "the Coastal Unity Party's Kalo Brenn": after a name's own head the possessive is a real one.
      const headBefore = left0.kind === 'word' && NAME_HEADS[word] !== undefined && pieces.length > 1;
      if (t.text === "'" || (left0.kind === 'word' && isCommonWord(word, gaz) && !headBefore) || (left0.kind === 'title' && headNext)) {
        pieces.push({ kind: 'connector', first: i, last: i + 1 });
        i++;
        continue;
      }
    }
    // "of" / "for" / "of the" may join two capitalised parts of one name ("Ministry of Foreign Trade").
    const connectorLength = connectorAt(tokens, i);
    const left = pieces[pieces.length - 1];
    // "the Court of Cassation on July 8": a date after a connector is no part of the name.
    if (connectorLength && left && tokens[i + connectorLength]?.cap && !CALENDAR_WORDS.has(tokens[i + connectorLength]?.lower ?? '')) {
      // Only a head or a title takes an of-phrase ("Office of Germany", not "Tamsin Vey on Twitter"),
      // and a name that has had one may take more ("Alliance for the Future of Our Coast");
      // Romance particles join any words ("Valle de Orvanto").
      const connector = tokens
        .slice(i, i + connectorLength)
        .map((t) => t.lower)
        .join(' ');
      // "... of Ireland's Parliament": the of-phrase would swallow a possessor; stop before it.
      const possessorNext = tokens[i + connectorLength + 1]?.text === "'s" && tokens[i + connectorLength + 2]?.cap;
      const headSeen = pieces.some((p) => p.kind === 'title' || (p.kind === 'word' && CONNECTOR_HEADS.has((tokens[p.last - 1] as Token).lower)));
      if ((headSeen && !possessorNext) || PARTICLE_CONNECTORS.has(connector)) {
        pieces.push({ kind: 'connector', first: i, last: i + connectorLength });
        i += connectorLength;
        continue;
      }
    }
    break;
  }
  // A trailing connector never ends a name.
  while (pieces.length && pieces[pieces.length - 1]?.kind === 'connector') pieces.pop();
  return pieces;
}

function connectorAt(tokens: readonly Token[], i: number): number {
  const a = tokens[i]?.lower;
  if (a === 'to' && NAME_HEADS[tokens[i - 1]?.lower ?? ''] && tokens[i + 1]?.cap && tokens[i + 2]?.cap) return 1;
  const b = tokens[i + 1]?.lower;
  if (a && b && NAME_CONNECTORS.has(`${a} ${b}`)) return 2;
  return a && NAME_CONNECTORS.has(a) ? 1 : 0;
}

function readPiece(tokens: readonly Token[], i: number, gaz: Gazetteer): Piece {
  // "Agriculture and Forestry Minister", "Water Resources Minister": a portfolio of common words.
  for (let k = i; k < i + 5 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (/^(Minister|Secretary)$/.test(t.text) && k > i) return { kind: 'title', first: i, last: k + 1, title: t.lower };
    // "Polish Prime Minister": a demonym that is also a common word opens no portfolio.
    const portfolioWord =
      t.cap &&
      !/^\p{Lu}+$/u.test(t.text) &&
      isCommonWord(t.lower, gaz) &&
      !gaz.demonymCountry(t.text) &&
      !gaz.lexiconTags(t.lower).some((tag) => NEVER_NAMES.has(tag));
    if (!portfolioWord && !(t.lower === 'and' && k > i)) break;
  }
  // Titles first, so "Secretary of State" is a title and not a name; a longer name of the gazetteer
  // that starts with a title is the name ("High Commissioner for Human Rights").
  for (let n = MAX_TITLE_WORDS; n >= 1; n--) {
    const words = tokens.slice(i, i + n);
    if (words.length < n || !words.every((w) => w.word)) continue;
    if (!words[n - 1]?.cap) continue;
    const phrase = words.map((w) => w.lower).join(' ');
    if (TITLES[phrase]) return gazetteerPieceAt(tokens, i, gaz, n + 1) ?? { kind: 'title', first: i, last: i + n, title: phrase };
  }
  const known = gazetteerPieceAt(tokens, i, gaz, 1);
  if (known) return known;
  const t = tokens[i] as Token;
  const pair = tokens[i + 1] ? `${t.text} ${tokens[i + 1]?.text}` : '';
  const twoWordDemonym = pair ? gaz.demonymCountry(pair) : undefined;
  if (twoWordDemonym) return { kind: 'demonym', first: i, last: i + 2, country: twoWordDemonym };
  if (pair && gaz.isRegionalAdjective(pair)) return { kind: 'demonym', first: i, last: i + 2 };
  if (gaz.isRegionalAdjective(t.text)) return { kind: 'demonym', first: i, last: i + 1 };
  const country = gaz.demonymCountry(t.text) ?? hyphenatedDemonym(t.text, gaz) ?? misspeltDemonymBeforeTitle(tokens, i, gaz);
  if (country) return { kind: 'demonym', first: i, last: i + 1, country };
  if (HONORIFICS.has(t.lower.replace(/\.$/, '')) || (t.lower.includes('-') && t.lower.split('-').every((p) => HONORIFICS.has(p)))) {
    return { kind: 'honorific', first: i, last: i + 1 };
  }
  // "First Lady X": a spouse's style, no name of its own and no office.
  if (t.lower === 'first' && SPOUSE_STYLES.has(tokens[i + 1]?.lower ?? '')) return { kind: 'honorific', first: i, last: i + 2 };
  return { kind: 'word', first: i, last: i + 1 };
}

/** Words a gazetteer name may have ("Office of the United Nations High Commissioner for Human Rights"). */
const MAX_GAZETTEER_WORDS = 10;

/** The longest gazetteer name of at least `minWords` words that starts at token `i`, as a piece. */
function gazetteerPieceAt(tokens: readonly Token[], i: number, gaz: Gazetteer, minWords: number): Piece | undefined {
  for (let n = Math.min(gaz.maxWords, MAX_GAZETTEER_WORDS); n >= minWords; n--) {
    const words = tokens.slice(i, i + n);
    if (words.length < n || !words.every((w) => w.word) || !words[n - 1]?.cap) continue;
    const surface = joinTokens(words);
    const entry = gaz.lookup(surface);
    const leadingThe = words[0]?.lower === 'the';
    // "the Bahamas" needs its article in the gazetteer; "The Valley" (a capital) needs it in the text,
    // or every "Valley" would be that town.
    const namesWithThe = entry ? [entry.name, ...entry.aliases].filter((a) => /^the /i.test(a)).length : 0;
    const needsThe = entry !== undefined && namesWithThe === 1 + entry.aliases.length;
    if (entry && !(leadingThe && namesWithThe === 0) && !(needsThe && !leadingThe)) {
      // A demonym that is also a country's short form ("US") acts as the country.
      return { kind: 'gaz', first: i, last: i + n, entry };
    }
  }
  return undefined;
}

const SPOUSE_STYLES = new Set(['lady', 'gentleman']);

/** "Venezualan president X": a demonym misspelt by one letter, read as one only before a title. */
function misspeltDemonymBeforeTitle(tokens: readonly Token[], i: number, gaz: Gazetteer): string | undefined {
  const t = tokens[i] as Token;
  if (!t.cap || !t.word || gaz.lookup(t.text) || !titleStartsAt(tokens, i + 1)) return undefined;
  return gaz.misspeltDemonymCountry(t.text);
}

/** True when a title ("president", "Prime Minister") starts at token i. */
function titleStartsAt(tokens: readonly Token[], i: number): boolean {
  for (let n = 1; n <= MAX_TITLE_WORDS; n++) {
    const words = tokens.slice(i, i + n);
    if (words.length === n && words.every((w) => w.word) && TITLES[words.map((w) => w.lower).join(' ')]) return true;
  }
  return false;
}

/** "Irish-Mexican", "Dutch-Swedish-Austrian": adjectives made of demonyms, treated as the first one. */
function hyphenatedDemonym(word: string, gaz: Gazetteer): string | undefined {
  const parts = word.split('-');
  if (parts.length < 2 || !parts.every((p) => gaz.demonymCountry(p))) return undefined;
  return gaz.demonymCountry(parts[0] as string);
}

/** What reading one run's pieces builds: its mentions and cues, and the plain words of the name being read. */
interface RunReading {
  readonly span: SentenceSpan;
  readonly tokens: readonly Token[];
  readonly pieces: readonly Piece[];
  readonly gaz: Gazetteer;
  readonly mentions: Mention[];
  readonly cues: Cue[];
  segment: Piece[];
}

/** Turn the pieces of one run into mentions and cues. */
function interpretRun(span: SentenceSpan, tokens: readonly Token[], raw: Piece[], gaz: Gazetteer, mentions: Mention[], cues: Cue[]): void {
  const pieces = dropCommonWords(tokens, raw, gaz);
  const described = describedRun(span, tokens, pieces);
  if (described) {
    mentions.push(described);
    return;
  }
  const org = findHeadedName(tokens, pieces, gaz);
  const run: RunReading = { span, tokens, pieces, gaz, mentions, cues, segment: [] };
  // "the commissioner for Home Affairs, X", "minister of Foreign Affairs X": a portfolio, no name.
  const first = afterLowerCaseTitle(tokens, pieces) && !(org && org.from === 0) ? pastPortfolio(tokens, pieces, -1, gaz) + 1 : 0;
  for (let p = first; p < pieces.length; p++) {
    const piece = pieces[p] as Piece;
    if (org && p === org.from) {
      endSegment(run);
      // "the tanker Marsk Star": a vehicle's name may end in a head word, and is still no body.
      if (!namesVehicle(tokens, (pieces[org.from] as Piece).first, (pieces[org.to] as Piece).last)) {
        mentions.push(headedMention(span, tokens, pieces.slice(org.from, org.to + 1), org.type));
      }
      p = org.to;
      continue;
    }
    switch (piece.kind) {
      case 'gaz':
        readGazetteerPiece(run, piece, p === pieces.length - 1);
        break;
      case 'demonym':
        p = readDemonym(run, piece, p);
        break;
      case 'title':
        endSegment(run);
        cues.push({ kind: 'title', first: piece.first, last: piece.last, title: piece.title });
        break;
      case 'honorific':
        endSegment(run);
        cues.push({ kind: 'honorific', first: piece.first, last: piece.last });
        break;
      case 'word':
        // "WHO Country Director X": a qualifier before a title belongs to the title.
        if (!run.segment.length && pieces[p + 1]?.kind === 'title' && ROLE_QUALIFIERS.has((tokens[piece.first] as Token).lower)) break;
        run.segment.push(piece);
        break;
      case 'connector':
        if (!run.segment.length && pieces[p - 1]?.kind === 'title' && !(org && org.from > p)) {
          p = pastPortfolio(tokens, pieces, p, gaz);
          break;
        }
        run.segment.push(piece);
        break;
      default: {
        const unreachable: never = piece;
        throw new Error(`interpretRun: unknown piece ${String(unreachable)}.`);
      }
    }
  }
  endSegment(run);
}

/** True when the run follows "<minister|secretary|commissioner> for|of", written in lower case. */
function afterLowerCaseTitle(tokens: readonly Token[], pieces: readonly Piece[]): boolean {
  const first = pieces[0];
  if (!first || first.kind !== 'word') return false;
  const link = tokens[first.first - 1];
  const title = tokens[first.first - 2];
  return Boolean(link && title && (link.lower === 'for' || link.lower === 'of') && !title.cap && PORTFOLIO_TITLES.has(title.lower));
}

/** The plain words read so far become mentions. */
function endSegment(run: RunReading): void {
  // "President Anel Ostrova of Norway": an "of" before a known place ends the name, it is no part of it.
  while (run.segment[run.segment.length - 1]?.kind === 'connector') run.segment.pop();
  if (run.segment.length) run.mentions.push(...wordSegmentMentions(run.span, run.tokens, run.segment, run.gaz));
  run.segment = [];
}

/** A gazetteer name: a place or body of its own, or the country that ends a body's name ("Forestry Kenya"). */
function readGazetteerPiece(run: RunReading, piece: Piece & { kind: 'gaz' }, endsRun: boolean): void {
  const { span, tokens, segment } = run;
  if (namesPersonWithPlaceSurname(tokens, segment, piece, endsRun, run.gaz)) {
    const first = (segment[0] as Piece).first;
    run.segment = [];
    run.mentions.push(makeMention(span, tokens, first, piece.last, 'PERSON', 'context'));
    return;
  }
  if (namesBodyOfCountry(tokens, segment, piece, endsRun, run.gaz)) {
    const first = (segment[0] as Piece).first;
    run.segment = [];
    run.mentions.push(makeMention(span, tokens, first, piece.last, 'ORGANIZATION', 'head', { countries: piece.entry.country ? [piece.entry.country] : [] }));
    return;
  }
  endSegment(run);
  run.mentions.push(makeMention(span, tokens, piece.first, piece.last, piece.entry.type, 'gazetteer', { gazetteer: piece.entry }));
}

/**
 * A demonym glued to a plain name is part of it ("Saudi Velcor"), and so it is to a known body,
 * making its national branch ("Swedish Red Cross"); otherwise it is a cue. Returns the index of the
 * last piece read.
 */
function readDemonym(run: RunReading, piece: Piece & { kind: 'demonym' }, p: number): number {
  const { span, tokens, gaz } = run;
  const next = run.pieces[p + 1];
  if (piece.country && next?.kind === 'gaz' && next.entry.type === 'ORGANIZATION' && !run.segment.length) {
    endSegment(run);
    run.mentions.push(makeMention(span, tokens, piece.first, next.last, 'ORGANIZATION', 'head', { countries: [piece.country] }));
    return p + 1;
  }
  const nextWord = next ? (tokens[next.first] as Token).text : '';
  // "Indian External Affairs Minister X": words between a demonym and a minister's title are a
  // portfolio that names no body or person of its own; the demonym stays a cue, read past them.
  let k = p + 1;
  while (run.pieces[k]?.kind === 'word') k++;
  const after = run.pieces[k];
  const portfolioEnd = k > p + 1 && after?.kind === 'title' && /^(minister|secretary)$/.test(after.title) ? k - 1 : undefined;
  const glued = piece.country && next?.kind === 'word' && portfolioEnd === undefined && !run.segment.length;
  if (glued && !startsPersonName(tokens, next, gaz) && !/^\p{Lu}{2,}$/u.test(nextWord)) {
    run.segment.push(piece);
  } else {
    endSegment(run);
    run.cues.push({ kind: 'demonym', first: piece.first, last: piece.last, ...(piece.country ? { country: piece.country } : {}) });
  }
  return portfolioEnd ?? p;
}

/**
 * "spokesman, Sunatullah Timor said", "Commander Ilkin Chad told": a surname that is also a place's
 * name. One or two capitalised words the lexicon does not know, right before the place that ends the
 * run, after a title or a title and its comma, are a person's names ("Safaricom Kenya said" without
 * a title is a company's branch).
 */
function namesPersonWithPlaceSurname(tokens: readonly Token[], segment: readonly Piece[], piece: Piece, endsRun: boolean, gaz: Gazetteer): boolean {
  const first = shortRunBefore(tokens, segment, piece, endsRun);
  if (first === undefined) return false;
  const words = segment.map((part) =>
    part.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(tokens[part.first]?.text ?? '') ? (tokens[part.first] as Token).lower : '',
  );
  // "Michael Jordan": a given name of the lexicon before a place's name is a person's, titled or not.
  if (words.length === 1 && words[0] && isGivenName(gaz, words[0])) return true;
  const unknown = words.every((w) => w !== '' && gaz.lexiconTags(w).length === 0);
  if (!unknown) return false;
  const before = tokens[first.first - 1]?.text === ',' ? tokens[first.first - 2] : tokens[first.first - 1];
  return before !== undefined && TITLES[before.lower] !== undefined;
}

/**
 * The first of the one or two pieces right before the place `piece` that ends the run, unless a
 * place preposition stands before them ("in Tamsar Kenya" is left to the place rules).
 */
function shortRunBefore(tokens: readonly Token[], segment: readonly Piece[], piece: Piece, endsRun: boolean): Piece | undefined {
  const first = segment[0];
  if (!endsRun || first === undefined || segment.length > 2 || (segment[segment.length - 1] as Piece).last !== piece.first) return undefined;
  return PLACE_PREPOSITIONS.has(tokens[first.first - 1]?.lower ?? '') ? undefined : first;
}

/** Lexicon tags of a word that describes rather than names: it cannot open a body's name before a country. */
const DESCRIBING_TAGS = new Set(['Adjective', 'Comparative', 'Superlative', 'Adverb', 'Date', 'Demonym']);

/**
 * "Forestry Kenya spokeswoman X", "Water Norway said": one or two capitalised words that are no
 * given name, no adjective and no compass point, right before a country that ends the run, then a
 * lower-case word, name a body of that country (an agency, a company), not the country. After a
 * place preposition ("in Tamsar Kenya") they are left to the place rules.
 */
function namesBodyOfCountry(tokens: readonly Token[], segment: readonly Piece[], piece: Piece & { kind: 'gaz' }, endsRun: boolean, gaz: Gazetteer): boolean {
  if (piece.entry.type !== 'COUNTRY' || !/^\p{Ll}/u.test(tokens[piece.last]?.text ?? '')) return false;
  if (shortRunBefore(tokens, segment, piece, endsRun) === undefined) return false;
  return segment.every((part) => {
    const word = tokens[part.first] as Token;
    if (part.kind !== 'word' || !/^\p{Lu}\p{Ll}+$/u.test(word.text) || COMPASS.has(word.lower) || isGivenName(gaz, word.lower)) return false;
    // "Neighbouring India", "Liberated Kuwait", "Nearby Chile": participles and adverbs describe the country.
    if (/(?:ing|ed|ly)$/.test(word.lower)) return false;
    return !gaz.lexiconTags(word.lower).some((tag) => DESCRIBING_TAGS.has(tag));
  });
}

/**
 * "Minister of Education Stefania Giannini": the words after a title's "of" name its portfolio up to
 * where a person's name starts (a first name of the lexicon, else the last two words). Returns the
 * index of the last piece of the portfolio.
 */
function pastPortfolio(tokens: readonly Token[], pieces: readonly Piece[], connector: number, gaz: Gazetteer): number {
  // "First Minister of Scotland": a place the lexicon knows is the office's jurisdiction, not a portfolio.
  const next = pieces[connector + 1];
  if (next?.kind === 'word' && next.last === next.first + 1 && isLexiconPlace(gaz, (tokens[next.first] as Token).lower)) return connector;
  let end = connector + 1;
  while (inPortfolio(pieces, connector, end)) end++;
  const words = pieces.slice(connector + 1, end).filter((p) => p.kind !== 'connector').length;
  for (let q = connector + 1; q < end; q++) if (q > connector + 1 && startsPersonName(tokens, pieces[q] as Piece, gaz)) return q - 1;
  return words >= 3 ? end - 3 : end - 1;
}

/**
 * True when piece `k` goes on the portfolio that follows the title's connector at `connector`: plain
 * words, a demonym that opens it or a further of-phrase ("of State for African Affairs").
 */
function inPortfolio(pieces: readonly Piece[], connector: number, k: number): boolean {
  const piece = pieces[k];
  if (piece?.kind === 'word') return true;
  if (piece?.kind === 'demonym') return k === connector + 1 || pieces[k - 1]?.kind === 'connector';
  const next = pieces[k + 1]?.kind;
  return piece?.kind === 'connector' && k > connector + 1 && (next === 'word' || next === 'demonym');
}

function isLexiconPlace(gaz: Gazetteer, word: string): boolean {
  return gaz.lexiconTags(word).some((tag) => tag === 'Country' || tag === 'Region' || tag === 'City');
}

/** "the independent newspaper Velora Courier": a run right after a descriptor noun is one name of that type. */
function describedRun(span: SentenceSpan, tokens: readonly Token[], pieces: readonly Piece[]): Mention | undefined {
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (
    !first ||
    !last ||
    pieces.length < 2 ||
    pieces.some((p) => p.kind === 'title' || p.kind === 'honorific' || (p.kind === 'gaz' && p.entry.type !== 'CITY' && p.entry.type !== 'REGION'))
  )
    return undefined;
  // "newspaper The People's Daily": a capitalised "The" between the descriptor and the name is the name's.
  const at = tokens[first.first - 1]?.text === 'The' ? first.first - 1 : first.first;
  const before = tokens[at - 1]?.lower ?? '';
  const pair = `${tokens[at - 2]?.lower ?? ''} ${before}`;
  const type = TYPE_DESCRIPTORS[pair] ?? TYPE_DESCRIPTORS[before];
  if (!type || type === 'COUNTRY' || type === 'CITY' || type === 'REGION') return undefined;
  return makeMention(span, tokens, at, last.last, type, 'context');
}

/** Drop words that are capitalised only because they open a sentence, and dates. */
function dropCommonWords(tokens: readonly Token[], pieces: Piece[], gaz: Gazetteer): Piece[] {
  const kept: Piece[] = [];
  for (const [p, piece] of pieces.entries()) {
    if (piece.kind !== 'word') {
      kept.push(piece);
      continue;
    }
    const t = tokens[piece.first] as Token;
    if (isGivenNameMonth(tokens, pieces, piece, gaz) || isSurnameMonth(tokens, kept, piece, gaz)) {
      kept.push(piece);
      continue;
    }
    const tags = gaz.lexiconTags(t.lower);
    // "El Vigía", "Le Monde": a foreign article inside a name is part of it.
    const foreignArticle = FOREIGN_ARTICLES.has(t.text) && kept.length === 0 && piece !== pieces[pieces.length - 1] && !isSentenceInitial(tokens, piece.first);
    if ((tags.some((tag) => NEVER_NAMES.has(tag)) && !foreignArticle) || CALENDAR_WORDS.has(t.lower)) continue;
    if (/^\p{Lu}{2,}$/u.test(t.text) && piece.last - piece.first === 1 && tags.some((tag) => EMPHASIS_TAGS.has(tag))) continue;
    const opening = isSentenceInitial(tokens, piece.first) && kept.length === 0;
    // "Senate President X" opens a sentence with a body's head word, which is a name here.
    const headBeforeMore = NAME_HEADS[t.lower] !== undefined && pieces.length > 1;
    // "People's Party leader X said" opens a sentence with a name's possessive word (readRun joined it).
    const next = pieces[p + 1];
    const possessiveInName = next?.kind === 'connector' && isPossessiveMark(tokens[next.first]);
    // "Labour Party leader X", "Green Party chairman X": a word right before a body's head word is
    // the first word of its name, unless it counts or qualifies ("Many Party members").
    const beforeHead =
      next?.kind === 'word' && next.first === piece.last && NAME_HEADS[tokens[next.first]?.lower ?? ''] !== undefined && !NOT_NAME_OPENERS.has(t.lower);
    // "NEW YORK: ...", "New Orleans police said": an opening word that starts a place the lexicon knows.
    const nextWord = next?.kind === 'word' ? tokens[next.first] : undefined;
    const opensPlace = nextWord !== undefined && gaz.lexiconTags(`${t.lower} ${nextWord.lower}`).some((tag) => PLACE_TAGS.has(tag));
    if (opening && isCommonWord(t.lower, gaz) && !headBeforeMore && !possessiveInName && !beforeHead && !opensPlace) continue;
    kept.push(piece);
  }
  while (kept[0]?.kind === 'connector') kept.shift();
  return kept;
}

/** "Theresa May", "Abdullah Jan": a calendar word right after a given name, not before a day's number, is a surname. */
function isSurnameMonth(tokens: readonly Token[], kept: readonly Piece[], piece: Piece, gaz: Gazetteer): boolean {
  const t = tokens[piece.first] as Token;
  const before = kept[kept.length - 1];
  if (!GIVEN_NAME_CALENDAR_WORDS.has(t.lower) || before?.kind !== 'word' || before.last !== piece.first) return false;
  if (/^\d/.test(tokens[piece.last]?.text ?? '')) return false;
  return isGivenName(gaz, tokens[before.last - 1]?.lower ?? '');
}

/**
 * "Jan Horak", "May Tavrin": a calendar word that is also a given name, written without a period,
 * not after a word that makes it a date ("in May", "last June"), and followed in the same run by a
 * capitalised word that is neither a calendar word nor an ordinary English word (so "May Parliament"
 * stays a month before a body).
 */
function isGivenNameMonth(tokens: readonly Token[], pieces: readonly Piece[], piece: Piece, gaz: Gazetteer): boolean {
  const t = tokens[piece.first] as Token;
  if (!GIVEN_NAME_CALENDAR_WORDS.has(t.lower) || tokens[piece.first + 1]?.text === '.') return false;
  if (DATE_LEADS.has(tokens[piece.first - 1]?.lower ?? '')) return false;
  const next = pieces[pieces.indexOf(piece) + 1];
  const word = next?.kind === 'word' ? tokens[next.first] : undefined;
  return word !== undefined && next?.first === piece.last && word.cap && !CALENDAR_WORDS.has(word.lower) && !isCommonWord(word.lower, gaz);
}

/** True when a lower-cased word is an ordinary English word, not a name. */
export function isCommonWord(lower: string, gaz: Gazetteer): boolean {
  const tags = gaz.lexiconTags(lower);
  if (tags.length) return !tags.some((tag) => PROPER_TAGS.has(tag));
  // compromise's lexicon lists base forms; "Sources" and "Efforts" are plurals of known nouns.
  // "-es" is a plural ending only after a sibilant or an "o" ("taxes", "churches", "tornadoes"); a
  // surname such as "Teres" is no plural of "ter".
  for (const base of [lower.replace(/ies$/, 'y'), lower.replace(/(s|x|z|ch|sh|o)es$/, '$1'), lower.replace(/s$/, ''), lower.replace(/ly$/, '')]) {
    if (base !== lower && gaz.lexiconTags(base).some((tag) => !PROPER_TAGS.has(tag))) return true;
  }
  return false;
}

/** True when token `i` opens a sentence or a quotation. */
export function isSentenceInitial(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j] as Token;
    if (t.word) return false;
    if (t.text === '"' || t.text === "'") {
      // A closing quote ('...," Aldra Premier X said') does not open anything.
      const before = tokens[j - 1];
      return !before || !(before.word || [',', '.', '!', '?'].includes(before.text)) || before.end < t.start;
    }
    if (['(', '[', ':', ';', '-', '—', '–'].includes(t.text)) return true;
  }
  return true;
}

/** The span of pieces that a head word makes one name ("Velora Police", "Supreme Court of Puerto Rico"). */
function findHeadedName(tokens: readonly Token[], pieces: readonly Piece[], gaz: Gazetteer): { from: number; to: number; type: EntityType } | undefined {
  // "Radio Tessa Lumo", "Club Deportivo Río Lindor": a head that opens the name types all of it.
  const opener = pieces[0];
  const prefixType = opener?.kind === 'word' ? PREFIX_HEADS[(tokens[opener.first] as Token).lower] : undefined;
  // A head that closes the name outranks it: "Cerro Quell Mineworkers' Union" is a union.
  const closedByHead = pieces.slice(1).some((p) => p.kind === 'word' && NAME_HEADS[(tokens[p.last - 1] as Token).lower] !== undefined);
  if (
    prefixType &&
    pieces.length > 1 &&
    !closedByHead &&
    pieces.slice(1).every((p) => p.kind === 'word' || p.kind === 'connector' || p.kind === 'gaz' || p.kind === 'demonym')
  ) {
    return { from: 0, to: pieces.length - 1, type: prefixType };
  }
  for (let h = pieces.length - 1; h >= 0; h--) {
    const piece = pieces[h] as Piece;
    // "Los Angeles Times": a head the gazetteer also knows alone ("The Times") still closes a longer name.
    const knownHead = piece.kind === 'gaz' && h > 0 && piece.last - piece.first === 1 && piece.entry.type === 'NEWS_AGENCY';
    if (piece.kind !== 'word' && !knownHead) continue;
    const head = (tokens[piece.first] as Token).lower;
    const type = NAME_HEADS[head];
    if (!type) continue;
    let from = h;
    while (from > 0) {
      const before = pieces[from - 1] as Piece;
      const possessedTitle = before.kind === 'connector' && tokens[before.first]?.text === "'s" && pieces[from - 2]?.kind === 'title';
      if (possessedTitle) {
        from -= 2;
        continue;
      }
      if (before.kind === 'title' || before.kind === 'honorific') break;
      if (before.kind === 'gaz' && before.entry.type === 'PERSON') break;
      from--;
    }
    // "Director of Medical Service": the title's of-phrase is not part of the body's name.
    while (from < h && pieces[from]?.kind === 'connector') from++;
    // A weak head alone is no name, unless an of-phrase follows ("Front for the Liberation of X");
    // nor is one that more plain words follow ("Kestrel Mining Arc" is a place, not a mining firm).
    if (WEAK_HEADS.has(head) && from === h && pieces[h + 1]?.kind !== 'connector') continue;
    // A person's name after the head ends the name instead ("Director of Medical Service James X").
    if (WEAK_HEADS.has(head) && pieces[h + 1]?.kind === 'word' && !startsPersonName(tokens, pieces[h + 1] as Piece, gaz)) continue;
    // "Office of Germany", "Directorate for Fisheries": an of-phrase after the head belongs to the name.
    let to = h;
    if (pieces[h + 1]?.kind === 'connector') {
      let k = h + 2;
      while (k < pieces.length && ['word', 'gaz', 'connector', 'demonym', 'title'].includes(pieces[k]?.kind ?? '')) k++;
      if (k > h + 2) to = k - 1;
    }
    return { from, to, type };
  }
  return undefined;
}

function headedMention(span: SentenceSpan, tokens: readonly Token[], pieces: readonly Piece[], type: EntityType): Mention {
  const first = (pieces[0] as Piece).first;
  const last = (pieces[pieces.length - 1] as Piece).last;
  const countries: string[] = [];
  const placeNames: string[] = [];
  for (const piece of pieces) {
    if (piece.kind === 'demonym' && piece.country) countries.push(piece.country);
    if (piece.kind === 'gaz' && piece.entry.type === 'COUNTRY' && piece.entry.country) countries.push(piece.entry.country);
    if (piece.kind === 'gaz' && (piece.entry.type === 'CITY' || piece.entry.type === 'REGION')) placeNames.push(piece.entry.name);
  }
  const name = joinTokens(tokens.slice(first, last));
  const finalType = refineHeadType(name, type);
  const bareHead = pieces.length === 1;
  // An explicit descriptor outranks the head: "the Halvard Council think tank" is no government body.
  const before = tokens[first - 1]?.lower ?? '';
  const partyLike = /\b(congress|alliance|front|union|movement|party|coalition)$/i.test(joinTokens(tokens.slice(first, last)));
  if (['opposition', 'ruling', 'governing'].includes(before) && partyLike) {
    return makeMention(span, tokens, first, last, 'ORGANIZATION', 'head', { countries, placeNames, bareHead });
  }
  const described = descriptorFollowing(tokens, last);
  const typed = described && described !== 'COUNTRY' && described !== 'CITY' && described !== 'REGION' ? described : finalType;
  return makeMention(span, tokens, first, last, typed, 'head', { countries, placeNames, bareHead });
}

/** Heads of facilities (roads, dams, airports): no entity type fits them, so they are not mentions. */
const FACILITY_HEADS = new Set([
  'highway',
  'road',
  'street',
  'avenue',
  'bridge',
  'dam',
  'airport',
  'station',
  'square',
  'stadium',
  'tunnel',
  'pipeline',
  'railway',
  'motorway',
  'expressway',
  'boulevard',
  'plant',
  'reactor',
  'mine',
  'hotel',
  'palace',
  'mansion',
  'tower',
  'towers',
  'mosque',
  'cathedral',
  'temple',
  'prize',
  'award',
  'medal',
  'building',
  'flight',
]);
/** Heads of the names of laws ("Public Gathering Law", "Patriot Act"): no entity type fits them either. */
const LAW_HEADS = new Set(['law', 'act', 'decree', 'ordinance', 'statute', 'amendment', 'bill']);
/** Words that open the name of a building or a prize ("Masjid Al-Haram", "Hotel Lindor"). */
const FACILITY_PREFIXES = new Set(['masjid', 'hotel', 'palazzo', 'château', 'schloss']);

/** Words elsewhere in a headed name that change what the head says ("Tarsk News Agency", "Police Service"). */
function refineHeadType(name: string, type: EntityType): EntityType {
  if (/^(Inter-|International|European|African|Asian|World|Permanent)\b.*\bCourt\b/.test(name)) return 'ORGANIZATION';
  if (/\bbank\b/i.test(name) && /^(Central|Reserve|National|People's)\b|\bBank of \p{Lu}/u.test(name)) return 'GOVERNMENT_BODY';
  if (/\b(treaty|alliance|pact)\b/i.test(name) && type === 'ORGANIZATION') return 'ALLIANCE';
  if (/\b(news|press)\b/i.test(name) && /\b(agency|service)$/i.test(name)) return 'NEWS_AGENCY';
  if (/\bpolice\b/i.test(name)) return 'ORGANIZATION';
  if (/^International\b/.test(name)) return 'ORGANIZATION';
  if (type === 'ORGANIZATION' && /^(National|Federal|State|Central)\b/.test(name) && /\b(institute|centre|center|office)\b/i.test(name))
    return 'GOVERNMENT_BODY';
  if (type === 'ORGANIZATION' && /\binstitute of \p{Lu}/iu.test(name)) return 'GOVERNMENT_BODY';
  return type;
}

/** Mentions for a segment of plain capitalised words (plus a leading demonym). */
function wordSegmentMentions(span: SentenceSpan, tokens: readonly Token[], segment: readonly Piece[], gaz: Gazetteer): Mention[] {
  // Connectors inside a segment without a head ("Law of the Sea") leave separate words; drop those,
  // and facilities ("Kestrel Mountains Highway", "Arvel Dam").
  if (segment.some((p) => p.kind === 'connector' && !PARTICLE_CONNECTORS.has(tokens[p.first]?.lower ?? ''))) return [];
  const lastWord = tokens[(segment[segment.length - 1] as Piece).last - 1]?.lower ?? '';
  // "Tomas Law", "Anna Bill": after a given name the head is a surname.
  const law = LAW_HEADS.has(lastWord) && !isGivenName(gaz, tokens[(segment[0] as Piece).first]?.lower ?? '');
  if ((FACILITY_HEADS.has(lastWord) || law) && segment.length > 1) return [];
  if (FACILITY_PREFIXES.has(tokens[(segment[0] as Piece).first]?.lower ?? '') && segment.length > 1) return [];
  const first = (segment[0] as Piece).first;
  const last = (segment[segment.length - 1] as Piece).last;
  if (namesVehicle(tokens, first, last)) return [];
  if (last - first === 1 && isLanguageOrCreed(tokens[first]?.text ?? '')) return [];
  const words = tokens.slice(first, last);
  if (
    namesPeopleOfAKind(
      words.map((t) => t.text),
      // "Opposition MPs": a word that describes politicians is no name either.
      (word) => isCommonWord(word.toLowerCase(), gaz) || POLITICIAN_NOUNS.has(word.toLowerCase()),
    )
  )
    return [];
  const countries = segment.flatMap((p) => (p.kind === 'demonym' && p.country ? [p.country] : []));
  const text = joinTokens(words);
  const described = placeDescriptorBefore(tokens, first, last, gaz);
  if (described) return [makeMention(span, tokens, first, last, described, 'context')];
  const lexiconType = typeFromLexicon(text, gaz);
  // "told reporters in Florence": a first name of the lexicon after "in" is a place.
  // "from Kendra, Australia": a first name followed by the country it lies in is a place too.
  const placed = ['in', 'at', 'near'].includes(tokens[first - 1]?.lower ?? '') || followedByItsCountry(tokens, last, gaz);
  const typed = lexiconType === 'PERSON' && words.length === 1 && placed ? 'CITY' : lexiconType;
  // "the Jamiat Ulema (JU) party": a body's head after the acronym the name introduces types the name.
  const headAfterAcronym = tokens[last]?.text === '(' && tokens[last + 2]?.text === ')' ? LOWERCASE_NAME_HEADS[tokens[last + 3]?.lower ?? ''] : undefined;
  if (headAfterAcronym && !PLACE_TYPES.has(headAfterAcronym)) return [makeMention(span, tokens, first, last, headAfterAcronym, 'head')];
  if (countries.length) return [makeMention(span, tokens, first, last, 'ORGANIZATION', 'context', { countries })];
  if (typed) return [makeMention(span, tokens, first, last, typed, 'lexicon')];
  const context = typeFromContext(tokens, first, last, gaz);
  if (context) return [makeMention(span, tokens, first, last, context.type, context.basis)];
  if (words.length === 1) {
    const w = words[0] as Token;
    // A lone unknown word: kept untyped, to be resolved against fuller names or dropped.
    if (/^\p{Lu}{2,6}$/u.test(w.text) || !isCommonWord(w.lower, gaz)) return [makeMention(span, tokens, first, last, null, 'default')];
    return [];
  }
  if (words.length > 5 || words.some((w) => /\p{N}/u.test(w.text))) return [];
  if (words.some((w) => isGivenName(gaz, w.lower))) return [makeMention(span, tokens, first, last, 'PERSON', 'default')];
  const ordinary = words.filter((w) => isOrdinaryWord(w.lower, gaz)).length;
  // "Foreign Affairs minister": capitalised words before a lower-case title are its portfolio.
  if (ordinary > 0 && TITLES[tokens[last]?.lower ?? ''] !== undefined) return [];
  // Ordinary English words name no person: "Golden Dawn", "National Enforcement Information System".
  if (ordinary >= words.length - (words.length >= 3 ? 1 : 0)) return [makeMention(span, tokens, first, last, 'ORGANIZATION', 'default')];
  return [makeMention(span, tokens, first, last, 'PERSON', 'default')];
}

/** Endings of English nouns made from other words ("enforcement", "information", "authority"), which no name has. */
const DERIVED_NOUN = /(?:tion|sion|ment|ness|ity|ance|ence|ism|ship|ology)s?$/;

/** An ordinary English word: one the lexicon knows as such, or a derived noun of six letters or more. */
function isOrdinaryWord(lower: string, gaz: Gazetteer): boolean {
  return isCommonWord(lower, gaz) || (lower.length >= 6 && DERIVED_NOUN.test(lower));
}

/**
 * "Jordan's state news agency, Tamra,", "the Velorian regulator, Tamsa,": a name set off after a
 * place's (or a demonym's) lower-case description takes the described type, even a name the
 * lexicon gives to people. Only a description that a place owns: after "a spokesman for the
 * ministry, X" the name is the spokesman's.
 */
function placeDescriptorBefore(tokens: readonly Token[], first: number, last: number, gaz: Gazetteer): EntityType | undefined {
  if (tokens[first - 1]?.text !== ',' || tokens[last]?.cap) return undefined;
  let k = first - 2;
  while (k >= first - 5 && tokens[k]?.word && !tokens[k]?.cap && tokens[k]?.text !== "'s") k--;
  const words = tokens.slice(k + 1, first - 1).map((t) => t.lower);
  if (words.length === 0) return undefined;
  const type = TYPE_DESCRIPTORS[words.slice(-2).join(' ')] ?? TYPE_DESCRIPTORS[words[words.length - 1] ?? ''];
  if (type === undefined || type === 'COUNTRY' || type === 'CITY' || type === 'REGION') return undefined;
  const owner = tokens[k];
  const possessed = owner?.text === "'s" && gaz.lookup(tokens[k - 1]?.text ?? '') !== undefined;
  const demonym = owner?.cap === true && gaz.demonymCountry(owner.text) !== undefined;
  if (!possessed && !demonym) return undefined;
  // "a spokesman for the Kenyan agency, X": after a preposition the name is someone else's.
  let opening = possessed ? k - 1 : k;
  if (['the', 'a', 'an'].includes(tokens[opening - 1]?.lower ?? '')) opening--;
  return DESCRIPTION_PREPOSITIONS.has(tokens[opening - 1]?.lower ?? '') ? undefined : type;
}

/** Prepositions that make a description the object of another word ("a spokesman for the agency"). */
const DESCRIPTION_PREPOSITIONS = new Set(['for', 'of', 'at', 'from', 'with', 'to', 'by', 'in', 'on', 'about']);

/** "Kendra, Australia,": a name followed by a comma and a country or region that ends the phrase. */
function followedByItsCountry(tokens: readonly Token[], last: number, gaz: Gazetteer): boolean {
  if (tokens[last]?.text !== ',') return false;
  for (let n = 3; n >= 1; n--) {
    const words = tokens.slice(last + 1, last + 1 + n);
    if (words.length < n || !words.every((w) => w.cap)) continue;
    const entry = gaz.lookup(joinTokens(words));
    const after = tokens[last + 1 + n];
    if (entry && (entry.type === 'COUNTRY' || entry.type === 'REGION') && after?.text !== "'s") return true;
  }
  return false;
}

/** "the tanker Marsk Star", "MV Lindor", "Arvel One, the presidential jet,": the name of a vehicle. */
function namesVehicle(tokens: readonly Token[], first: number, last: number): boolean {
  if (SHIP_PREFIXES.has(tokens[first]?.text ?? '') && last - first > 1) return true;
  if (VEHICLE_NOUNS.has(tokens[first - 1]?.lower ?? '')) return true;
  // "aboard Air Force One": only a vehicle is boarded.
  if (tokens[first - 1]?.lower === 'aboard' && last - first > 1) return true;
  if (tokens[last]?.text !== ',') return false;
  let k = last + 1;
  if (!['a', 'an', 'the', 'its', 'his', 'her', 'their'].includes(tokens[k]?.lower ?? '')) return false;
  // The appositive's head is its last lower-case word before the next comma or clause word.
  for (k++; k < last + 6 && tokens[k]?.word && !tokens[k]?.cap; k++) {
    const next = tokens[k + 1];
    if (VEHICLE_NOUNS.has((tokens[k] as Token).lower) && (!next?.word || next.cap || ['that', 'which', 'carrying', 'with'].includes(next.lower))) return true;
  }
  return false;
}

function startsPersonName(tokens: readonly Token[], piece: Piece, gaz: Gazetteer): boolean {
  return isGivenName(gaz, (tokens[piece.first] as Token).lower);
}

/** True when the lexicon knows a lower-cased word as a given name. */
function isGivenName(gaz: Gazetteer, word: string): boolean {
  return gaz.lexiconTags(word).some((t) => FIRST_NAME_TAGS.includes(t));
}

function typeFromLexicon(text: string, gaz: Gazetteer): EntityType | undefined {
  const tags = gaz.lexiconTags(text.toLowerCase());
  const words = text.split(/\s+/);
  if (tags.includes('Country')) return 'COUNTRY';
  if (tags.includes('City')) return 'CITY';
  if (tags.includes('Region') || tags.includes('Place')) return 'REGION';
  if (tags.includes('Organization')) return 'ORGANIZATION';
  // "BEA", "ALBA": letters of an acronym, not the first name the lexicon spells the same.
  if (/^\p{Lu}{2,6}$/u.test(text)) return undefined;
  if (words.length === 1 && tags.some((t) => FIRST_NAME_TAGS.includes(t) || t === 'Person' || t === 'LastName')) return 'PERSON';
  if (words.length > 1 && isGivenName(gaz, (words[0] as string).toLowerCase())) return 'PERSON';
  return undefined;
}

/** The type the words around a name give it ("in Tamsa", "the pseudonym Mira", "the Varo oil field"). */
function typeFromContext(tokens: readonly Token[], first: number, last: number, gaz: Gazetteer): { type: EntityType; basis: TypeBasis } | undefined {
  const before = tokens[first - 1]?.lower;
  const before2 = tokens[first - 2]?.lower;
  const after = tokens[last]?.lower;
  const after2 = tokens[last + 1]?.lower;
  if (before && PERSON_CUES.has(before)) return { type: 'PERSON', basis: 'context' };
  // "President Velkaro": one unknown word right after a capitalised title is a person's name.
  // Not a verb of a title-case headline ("Army Chief Resigns").
  const verb = gaz.lexiconTags(tokens[first]?.lower ?? '').some((tag) => VERB_TAGS.has(tag));
  if (last - first === 1 && before && TITLES[before] && tokens[first - 1]?.cap && !PLACE_HEAD_TITLES[before] && !verb)
    return { type: 'PERSON', basis: 'context' };
  const pairAfter = after && after2 ? `${after} ${after2}` : undefined;
  const headAfter = (pairAfter && LOWERCASE_NAME_HEADS[pairAfter]) || (after && LOWERCASE_NAME_HEADS[after]);
  // "Oskar province": a head noun is stronger evidence than a preposition elsewhere.
  if (headAfter === 'REGION' || headAfter === 'CITY') return { type: headAfter, basis: 'head' };
  // "the town of Telvin", "the state of Verdania" (a state of a country, here: a region)
  const ofDescriptor = before === 'of' && before2 ? (before2 === 'state' ? 'REGION' : TYPE_DESCRIPTORS[before2]) : undefined;
  if (ofDescriptor === 'CITY' || ofDescriptor === 'REGION') return { type: ofDescriptor, basis: 'head' };
  // "Verdania Governor X", "Lagos Mayor X": a name before a title of a place's head is that place.
  const titleAfter = after ? PLACE_HEAD_TITLES[after] : undefined;
  if (titleAfter && last - first <= 3) return { type: titleAfter, basis: 'context' };
  // "Aerolux Connect chief executive X": a name before a company's title is the company.
  if ((after && ORG_TITLES.has(after)) || (pairAfter && ORG_TITLES.has(pairAfter))) {
    const titleEnd = pairAfter && ORG_TITLES.has(pairAfter) ? last + 2 : last + 1;
    if (tokens[titleEnd]?.cap && last - first >= 2) return { type: 'ORGANIZATION', basis: 'context' };
  }
  // "the state health secretariat, known as Sesal": the name takes the described body's type.
  if (before === 'as' && before2 === 'known' && tokens[first - 3]?.text === ',') {
    const described = TYPE_DESCRIPTORS[tokens[first - 4]?.lower ?? ''];
    if (described) return { type: described, basis: 'context' };
  }
  const descriptorBefore = (before2 && before && TYPE_DESCRIPTORS[`${before2} ${before}`]) || (before && TYPE_DESCRIPTORS[before]);
  if (descriptorBefore && descriptorBefore !== 'COUNTRY') return { type: descriptorBefore, basis: 'context' };
  const appositive = appositiveDescriptor(tokens, first, last);
  if (appositive) return { type: appositive, basis: 'context' };
  const descriptorAfter = descriptorFollowing(tokens, last);
  // "National newspaper The People's Daily": a descriptor followed by a name describes that name.
  const pairAfterDescriptor = pairAfter !== undefined && TYPE_DESCRIPTORS[pairAfter] !== undefined;
  const describesNext = Boolean(tokens[last + (pairAfterDescriptor ? 2 : 1)]?.cap);
  if (descriptorAfter && descriptorAfter !== 'COUNTRY' && descriptorAfter !== 'CITY' && !describesNext) return { type: descriptorAfter, basis: 'context' };
  // "Tarvik is located in ...", "Dunmora lies in ...", "Tarvik is a small town": what lies somewhere is a place.
  const liesIn = phraseAt(tokens, last, LIES_IN);
  // "Velmar lies in ruins": only a name after the phrase says where.
  const placeAfter = liesIn !== undefined && (Boolean(tokens[last + liesIn.length]?.cap) || tokens[last + liesIn.length]?.lower === 'the');
  if (last - first <= 2 && (placeAfter || isATown(tokens, last))) {
    return { type: 'CITY', basis: 'context' };
  }
  // "Tarvik, in the Velmar province of Pakistan": a place followed by the region it lies in.
  if (after === ',' && after2 === 'in' && last - first <= 2 && tokens.slice(last + 2, last + 7).some((t) => !t.cap && REGION_KIND_WORDS.has(t.lower))) {
    return { type: 'CITY', basis: 'context' };
  }
  // "Dorn, in eastern Uruguay": a place followed by where it lies.
  if (after === ',' && after2 === 'in' && last - first <= 2) {
    let k = last + 2;
    if (DIRECTION_ADJECTIVES.has(tokens[k]?.lower ?? '')) k++;
    const next = tokens.slice(k, k + 3).filter((t) => t.cap);
    for (let n = next.length; n >= 1; n--) {
      const entry = gaz.lookup(joinTokens(next.slice(0, n)));
      if (entry && (entry.type === 'COUNTRY' || entry.type === 'REGION')) return { type: 'CITY', basis: 'context' };
    }
  }
  // "the coast of Aceh, Indonesia.": one unknown word followed by the country it lies in, closing the phrase.
  if (after === ',' && last - first === 1 && tokens[first - 1]?.text !== ',' && placeClosesPhrase(tokens, last + 1, gaz)) {
    if (!isGivenName(gaz, (tokens[first] as Token).lower)) return { type: 'CITY', basis: 'context' };
  }
  // "west of Dorn", "north of the X": a compass bearing from a place.
  if (before === 'of' && before2 && COMPASS.has(before2) && last - first <= 2) return { type: 'CITY', basis: 'context' };
  // "Mexico's State Harbour Works": a name a country possesses is one of its bodies.
  if (before === "'s" && last - first >= 2 && gaz.lookup(tokens[first - 2]?.text ?? '')?.type === 'COUNTRY') {
    return { type: /^(State|National|Federal|Central|Royal)\b/.test(tokens[first]?.text ?? '') ? 'GOVERNMENT_BODY' : 'ORGANIZATION', basis: 'context' };
  }
  // "in X", "into the X"; but "according to X" names a source, and "the X" alone could be anything.
  const placePrep =
    (before && PLACE_PREPOSITIONS.has(before) && !(before === 'to' && before2 === 'according')) ||
    (before === 'the' && (before2 === 'in' || before2 === 'into'));
  if (placePrep && last - first <= 3 && !(before === 'the' && last - first < 2)) {
    // "ministers from TKP-N": an acronym after a place's preposition names a body, not a town.
    if (last - first === 1 && ACRONYM.test(tokens[first]?.text ?? '')) return { type: 'ORGANIZATION', basis: 'context' };
    if (!isGivenName(gaz, (tokens[first] as Token).lower)) return { type: 'CITY', basis: 'context' };
  }
  return undefined;
}

/** Words after a name that say where it lies: it is a place. */
const LIES_IN: readonly (readonly string[])[] = [...PLACE_LINKS.map((link) => [...link, 'in']), ['lies', 'on']];
const TOWN_WORDS = new Set(['town', 'city', 'village']);

/** "Tarvik is a small town", "Tarvik was a farming village": the copula and a town's description after the name. */
function isATown(tokens: readonly Token[], k: number): boolean {
  if (!['is', 'was'].includes(tokens[k]?.lower ?? '') || !['a', 'an'].includes(tokens[k + 1]?.lower ?? '')) return false;
  for (let j = k + 2; j < k + 5; j++) {
    const t = tokens[j];
    if (!t?.word || t.cap) return false;
    if (TOWN_WORDS.has(t.lower)) return true;
  }
  return false;
}
/** Kinds of region a town is said to lie in: "in the Velmar province of Pakistan". */
const REGION_KIND_WORDS = new Set(['province', 'region', 'district', 'state', 'county', 'prefecture']);

/**
 * True when the tokens from `at` are a country or region the gazetteer knows and then the end of
 * the phrase (not a list going on: "Aceh, Indonesia and Malaysia" names three places alike).
 */
function placeClosesPhrase(tokens: readonly Token[], at: number, gaz: Gazetteer): boolean {
  for (let n = 3; n >= 1; n--) {
    const words = tokens.slice(at, at + n);
    if (words.length < n || !words.every((t) => t.cap)) continue;
    const entry = gaz.lookup(joinTokens(words));
    if (!entry || (entry.type !== 'COUNTRY' && entry.type !== 'REGION')) continue;
    const next = tokens[at + n];
    if (next === undefined || ['.', ';', ':', ')'].includes(next.text)) return true;
    return next.text === ',' && !['and', 'or'].includes(tokens[at + n + 1]?.lower ?? '');
  }
  return false;
}

/**
 * The type an appositive gives a name: "X, a Lindor-based company", "X, a Moscow software firm",
 * "Estonia's state grid operator, X", "the Storting, Norway's parliament".
 */
/** Three capitals or more, maybe with a hyphen and letters: "TKP-N", "ANC", "FARC" (not "LA", "DC"). */
const ACRONYM = /^\p{Lu}{3,6}(?:-\p{Lu}{1,3})?$/u;

const APPOSITION_PREPOSITIONS = new Set(['of', 'in', 'for', 'at', 'from', 'with', 'on']);

function appositiveDescriptor(tokens: readonly Token[], first: number, last: number): EntityType | undefined {
  const typeOf = (from: number, to: number): EntityType | undefined => {
    for (let k = to - 1; k >= from; k--) {
      const t = tokens[k] as Token;
      const pair = k > from ? `${tokens[k - 1]?.lower} ${t.lower}` : '';
      const found = (pair && TYPE_DESCRIPTORS[pair]) || TYPE_DESCRIPTORS[t.lower];
      if (found) return found === 'COUNTRY' || found === 'CITY' ? undefined : found;
      if (t.cap && k === to - 1) return undefined;
    }
    return undefined;
  };
  if (tokens[last]?.text === ',') {
    let k = last + 1;
    if (['a', 'an', 'the'].includes(tokens[k]?.lower ?? '')) k++;
    let end = k;
    while (
      end < tokens.length &&
      end < k + 5 &&
      tokens[end]?.text !== ',' &&
      tokens[end]?.text !== '.' &&
      !['that', 'which', 'who', 'and'].includes(tokens[end]?.lower ?? '') &&
      // The head comes before the phrase's preposition: "chair of the parliament's committee" is a chair.
      !APPOSITION_PREPOSITIONS.has(tokens[end]?.lower ?? '') &&
      !SPEECH_VERB_SET.has(tokens[end]?.lower ?? '')
    )
      end++;
    // A clause ("..., told the state news agency") is no appositive.
    if (SPEECH_VERB_SET.has(tokens[end]?.lower ?? '') || SPEECH_VERB_SET.has(tokens[k]?.lower ?? '')) return undefined;
    const found = end > k ? typeOf(k, end) : undefined;
    if (found) return found;
  }
  if (tokens[first - 1]?.text === ',') {
    // "Estonia's state grid operator, X": only a possessed descriptor, not "released by the bank, X".
    let start = first - 2;
    while (start > 0 && first - start < 6 && tokens[start - 1]?.word && !tokens[start - 1]?.cap) start--;
    const possessed = tokens[start - 1]?.text === "'s";
    const lastWord = tokens[first - 2];
    if (possessed && lastWord && !lastWord.cap) {
      const found = TYPE_DESCRIPTORS[lastWord.lower] ?? TYPE_DESCRIPTORS[`${tokens[first - 3]?.lower} ${lastWord.lower}`];
      if (found && found !== 'COUNTRY' && found !== 'CITY') return found;
    }
  }
  return undefined;
}

/** The type a lower-case descriptor right after a name gives it ("Halvard Council think tank"). */
function descriptorFollowing(tokens: readonly Token[], last: number): EntityType | undefined {
  const after = tokens[last]?.lower;
  const after2 = tokens[last + 1]?.lower;
  const pair = after && after2 ? `${after} ${after2}` : undefined;
  return (pair && TYPE_DESCRIPTORS[pair]) || (after && TYPE_DESCRIPTORS[after]) || undefined;
}

/** Lower-case heads that only say what kind of body a name is: "the Taliban movement", "the Tarsk party". */
const GENERIC_BODY_HEADS: ReadonlySet<string> = new Set(['party', 'movement', 'group', 'militia']);

/** Extend mentions over lower-case heads that belong to them ("Tarsk movement", "... provincial council"). */
function attachLowercaseHeads(span: SentenceSpan, tokens: readonly Token[], mentions: Mention[]): void {
  for (let m = 0; m < mentions.length; m++) {
    const mention = mentions[m] as Mention;
    if (mention.type === 'COUNTRY' || (mention.type === 'PERSON' && mention.basis !== 'default')) continue;
    // A name its own head already typed does not take another ("Tarsk Liberation Front rebel group").
    if (mention.basis === 'head' && !mention.bareHead) continue;
    if (mention.countries.length && mention.basis === 'gazetteer') continue;
    let k = mention.last;
    // Modifiers may carry a possessive: "police commander's office".
    while (tokens[k] && (LOWERCASE_NAME_MODIFIERS.has(tokens[k]?.lower ?? '') || (tokens[k]?.text === "'s" && k > mention.last))) k++;
    const one = tokens[k]?.lower;
    const two = one && tokens[k + 1] ? `${one} ${tokens[k + 1]?.lower}` : undefined;
    const head = two && LOWERCASE_NAME_HEADS[two] ? two : one && LOWERCASE_NAME_HEADS[one] ? one : undefined;
    if (!head) continue;
    const type = LOWERCASE_NAME_HEADS[head] as EntityType;
    if (type === 'REGION' || type === 'CITY') continue; // "Oskar province": the head types, it is not part of the name
    // "the rival Al-Shabaab party", "the Taliban movement": a body the gazetteer knows keeps its name.
    if (mention.gazetteer && !PLACE_TYPES.has(mention.gazetteer.type) && GENERIC_BODY_HEADS.has(head)) continue;
    const last = k + head.split(' ').length;
    const placeNames = mention.type === 'CITY' || mention.type === 'REGION' || mention.gazetteer ? [mention.gazetteer?.name ?? mention.text] : [];
    const unknownPlace = mention.type === null || mention.basis === 'default' ? [] : placeNames;
    mentions[m] = makeMention(span, tokens, mention.first, last, type, 'head', {
      countries: mention.countries,
      placeNames: unknownPlace.length ? unknownPlace : placeNames,
    });
  }
}

function makeMention(
  span: SentenceSpan,
  tokens: readonly Token[],
  first: number,
  last: number,
  type: EntityType | null,
  basis: TypeBasis,
  extra: { gazetteer?: GazetteerEntry; countries?: readonly string[]; placeNames?: readonly string[]; bareHead?: boolean } = {},
): Mention {
  const start = (tokens[first] as Token).start;
  const end = (tokens[last - 1] as Token).end;
  const text = span.text.slice(start - span.start, end - span.start);
  return {
    sentence: span.index,
    first,
    last,
    text,
    start,
    end,
    type,
    basis,
    ...(extra.gazetteer ? { gazetteer: extra.gazetteer } : {}),
    countries: extra.countries ?? (extra.gazetteer?.type === 'COUNTRY' && extra.gazetteer.country ? [extra.gazetteer.country] : []),
    placeNames: extra.placeNames ?? [],
    bareHead: extra.bareHead ?? false,
  };
}

/** Tokens joined back into text, without a space before a possessive or inside "R.". */
export function joinTokens(tokens: readonly Token[]): string {
  let out = '';
  let prevEnd = -1;
  for (const t of tokens) {
    out += prevEnd >= 0 && t.start > prevEnd ? ` ${t.text}` : t.text;
    prevEnd = t.end;
  }
  return out;
}
