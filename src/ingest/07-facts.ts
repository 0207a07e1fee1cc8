// Stage 7: casualty figures. A count next to a casualty word is a fact: "nine security officers
// were killed", "killed four and injured six more", "more than 120 officers were injured",
// "after five deaths were confirmed", "40 soldiers, 12 civilians ... killed".
import { PLACE_TYPES } from '../domain/entity-type.js';
import { type FactKind } from '../domain/fact-kind.js';
import { type ExtractedFact } from '../domain/extraction.js';
import { draftId } from './04-entities.js';
import { type AnalysedSentence } from './03-mentions.js';
import { claimId, type ReadContext } from './context.js';
import { CASUALTY_WORDS, MONTHS, NUMBER_WORDS, PEOPLE_COUNTED } from './model/vocabulary.js';
import { parseCount } from './text.js';
import { timeIn } from './dates.js';
import { type Token, wordsAt } from './tokens.js';

const KIND_OF = new Map<string, FactKind>(
  (Object.entries(CASUALTY_WORDS) as [FactKind, readonly string[]][]).flatMap(([kind, words]) => words.map((w) => [w, kind] as const)),
);
/**
 * Words a count may stand before its casualty word without breaking the link: the people counted
 * (PEOPLE_COUNTED) and the words of the clause between ("were", "at least", "shot", "reportedly").
 */
const BRIDGE: ReadonlySet<string> = new Set([
  ...PEOPLE_COUNTED,
  'were',
  'was',
  'have',
  'has',
  'had',
  'been',
  'be',
  'being',
  'are',
  'reportedly',
  'confirmed',
  'more',
  'later',
  'also',
  'and',
  'of',
  'the',
  'than',
  'at',
  'least',
  'about',
  'some',
  'nearly',
  'around',
  'over',
  'up',
  'to',
  'in',
  'total',
  'number',
  'wounded',
  'injured',
  ',',
  'hundreds',
  'dozens',
  'those',
  'them',
  'shot',
  'gunned',
  'beaten',
  'stabbed',
  'slightly',
  'seriously',
  'critically',
  'badly',
  'fatally',
  'severely',
  'lightly',
  'treated',
  'for',
  'gunshot',
  'stab',
  'still',
  'already',
  'reported',
  'believed',
  'feared',
  'said',
  'died',
  'who',
  'its',
  'their',
  'our',
  'other',
  'suspected',
  'alleged',
  'whose',
  // "60 people have been found dead", "forty people with shrapnel wounds"
  'found',
  'with',
  'shrapnel',
]);
/** Words that make "dead" a casualty word however far it stands from the count ("three were shot dead"). */
const DEAD_AFTER = new Set(['shot', 'stabbed', 'beaten', 'found', 'confirmed', 'declared', 'left', 'are', 'were', 'is', 'was']);
/** Capitalised words (demonyms, names of groups) a count may stand before: "two Malian soldiers killed". */
const MAX_CAPITALISED_BRIDGE = 2;
/** Words between a casualty verb and its count: "killed an estimated 9,000", "arrested at least 30". */
const VERB_TO_COUNT = new Set(['an', 'estimated', 'at', 'least', 'about', 'some', 'nearly', 'around', 'more', 'than', 'over', 'up', 'to', 'almost', 'roughly']);
const BEFORE_COUNT_VERBS = new Set([
  'killed',
  'killing',
  'kills',
  'kill',
  'executed',
  'executing',
  'massacred',
  'murdered',
  'murdering',
  'injured',
  'injuring',
  'wounded',
  'wounding',
  'arrested',
  'arresting',
  'detained',
  'detaining',
  'treated',
]);
/**
 * Casualty phrases read after a count, word by word: "17 people lost their lives", "300 were
 * taken into custody", "nine civilians were among the dead".
 */
const PHRASES_AFTER_COUNT: readonly (readonly [readonly string[], FactKind])[] = [
  [['lost', 'their', 'lives'], 'killed'],
  [['taken', 'into', 'custody'], 'arrested'],
  [['placed', 'in', 'custody'], 'arrested'],
  [['among', 'the', 'dead'], 'killed'],
  [['among', 'the', 'injured'], 'injured'],
  [['among', 'the', 'wounded'], 'injured'],
  [['among', 'those', 'killed'], 'killed'],
  [['among', 'those', 'injured'], 'injured'],
  [['among', 'those', 'wounded'], 'injured'],
  [['among', 'those', 'arrested'], 'arrested'],
  [['rounded', 'up'], 'arrested'],
];
/** Phrases right before a count that make it a death toll: "claimed the lives of 23 people". */
const PHRASES_BEFORE_COUNT: readonly (readonly [readonly string[], FactKind])[] = [
  [['claimed', 'the', 'lives', 'of'], 'killed'],
  [['claiming', 'the', 'lives', 'of'], 'killed'],
  [['took', 'the', 'lives', 'of'], 'killed'],
  [['cost', 'the', 'lives', 'of'], 'killed'],
  [['the', 'deaths', 'of'], 'killed'],
  [['shot', 'dead'], 'killed'],
  [['rounded', 'up'], 'arrested'],
];
const AS_MANY_AS = ['as', 'many', 'as'];
/** "killed himself and 13 policemen": the attacker's own death stands between the verb and the count. */
const REFLEXIVES = new Set(['himself', 'herself', 'themselves']);
/** Auxiliaries that open a clause of their own after a count: "and 13 others were freed". */
const CLAUSE_VERBS = new Set(['were', 'was', 'are', 'is', 'have', 'has', 'had', 'will', 'escaped', 'survived', 'fled']);
/** Casualty words that take their count after them ("killing five"), never before. */
const PARTICIPLES = new Set(['killing', 'injuring', 'wounding', 'arresting', 'detaining', 'executing', 'murdering']);
/** Verbs after which "to death" is a sentence passed: "sentenced 12 people to death". */
const SENTENCING_VERBS = new Set(['sentenced', 'sentencing', 'condemned', 'condemning', 'sentence']);
/** "five of the injured", "two of the dead": a part of a figure given elsewhere, not a figure of its own. */
const SUBSET_OPENERS = new Set(['of', 'among']);

/** The kind of the phrase of `phrases` that starts (or, with `endingAt`, ends) at token `k`. */
function phraseKind(tokens: readonly Token[], k: number, phrases: readonly (readonly [readonly string[], FactKind])[], endingAt = false): FactKind | undefined {
  for (const [words, kind] of phrases) {
    const from = endingAt ? k - words.length + 1 : k;
    if (wordsAt(tokens, from, words)) return kind;
  }
  return undefined;
}

/**
 * True for "five of the injured", "two among the dead" (a part of a group named elsewhere) and for
 * the 200 of "40 of the 200 passengers" (the whole a part was taken from).
 */
function isPartOrWhole(tokens: readonly Token[], i: number): boolean {
  const k = numberEnd(tokens, i) + 1;
  if (SUBSET_OPENERS.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'the' && KIND_OF.has(tokens[k + 2]?.lower ?? '')) return true;
  return i >= 3 && tokens[i - 1]?.lower === 'the' && tokens[i - 2]?.lower === 'of' && countAt(tokens, i - 3) !== undefined;
}

/** Bridging words that report: a figure after them is not in a list with the one before. */
const REPORTING_WORDS = new Set(['said', 'reported', 'confirmed']);
const TOLL_WORDS = new Set(['toll', 'tolls']);
const BODY_WORDS = new Set(['bodies', 'dead']);
const DEAD_IDIOM_ENDS = new Set(['set', 'end', 'heat', 'serious', 'certain', 'wrong']);
const MAX_BRIDGE = 8;

/** The casualty figures of the document. */
export function findFacts(ctx: ReadContext): ExtractedFact[] {
  const facts = new Map<string, ExtractedFact>();
  for (const s of ctx.sentences) {
    const subject = placeOf(ctx, s);
    // The sentence's date is read once, however many figures it holds.
    let when: ReturnType<typeof timeIn> | null = null;
    const add = (kind: FactKind, count: number, token: Token): void => {
      if (!Number.isFinite(count) || count <= 0 || count > 10_000_000) return;
      const id = claimId('fact', ctx.docId, String(s.span.index), kind, String(count));
      if (when === null) when = timeIn(s.span.text, ctx.publishedAt);
      if (!facts.has(id)) facts.set(id, { id, kind, count, subject, evidence: ctx.evidence(s.span, token.start, token.end), ...(when ? { when } : {}) });
    };
    const tokens = s.tokens;
    let lastFact: LastFact | undefined;
    // The kind each count of the sentence leads to, once: a run of figures shares one reading.
    const kindsAfter = new Map<number, FactKind | undefined>();
    for (let i = 0; i < tokens.length; i++) {
      if (continuesNumber(tokens, i)) continue;
      const count = countAt(tokens, i);
      if (count === undefined) continue;
      const t = tokens[i] as Token;
      if (isYearOrMeasure(tokens, i, count) || isAge(tokens, i) || isPartOrWhole(tokens, i)) continue;
      // "killed four", "wounded 60", "killed an estimated 9,000", "claimed the lives of 23"
      const prev = tokens[i - 1]?.lower ?? '';
      const before = kindBeforeCount(tokens, i);
      if (before) {
        add(before, count, t);
        lastFact = { kind: before, at: numberEnd(tokens, i) };
        continue;
      }
      // "death tolls ... exceeded 200", "the death toll ... rose to 64", "witnessing 18 bodies"
      const tollBefore = tokens.slice(Math.max(0, i - 12), i).some((x) => TOLL_WORDS.has(x.lower));
      const tollVerb = /^(exceed(?:ed)?|reach(?:ed)?|rose|stood|climbed|top(?:ped)?|surpassed|passed|of|at|to)$/.test(prev);
      if (tollBefore && tollVerb) {
        add('killed', count, t);
        continue;
      }
      // "the number of dead has climbed to 112", "the number of people arrested rose to 300".
      const counted = tollVerb ? numberOfKind(tokens, i) : undefined;
      if (counted) {
        add(counted, count, t);
        continue;
      }
      const kind = kindAfter(tokens, i, kindsAfter) ?? listedAfter(tokens, i, lastFact);
      if (kind) {
        add(kind, count, t);
        lastFact = { kind, at: numberEnd(tokens, i) };
      }
      // "put the total number of guards killed ... at nine"
      if (prev === 'at' && tokens.slice(Math.max(0, i - 12), i).some((x) => x.lower === 'number')) {
        const k = tokens
          .slice(Math.max(0, i - 12), i)
          .map((x) => KIND_OF.get(x.lower))
          .find(Boolean);
        if (k) add(k, count, t);
      }
    }
  }
  return [...facts.values()];
}

/** Tokens back from a figure within which "the number of dead" is looked for. */
const NUMBER_OF_REACH = 10;

/** The casualty kind of "the number of <casualty word>" shortly before the figure at `i`, if any. */
function numberOfKind(tokens: readonly Token[], i: number): FactKind | undefined {
  for (let k = i - 1; k > 1 && k >= i - NUMBER_OF_REACH; k--) {
    if (tokens[k - 2]?.lower !== 'number' || tokens[k - 1]?.lower !== 'of') continue;
    // "the number of dead", "the number of people killed": the casualty word right after "of" or one word on.
    return KIND_OF.get(tokens[k]?.lower ?? '') ?? KIND_OF.get(tokens[k + 1]?.lower ?? '');
  }
  return undefined;
}

/** The kind a verb (or phrase) right before the count at `i` gives it: "killed an estimated 9,000", "killed himself and 13". */
function kindBeforeCount(tokens: readonly Token[], i: number): FactKind | undefined {
  const phrased = phraseKind(tokens, i - 1, PHRASES_BEFORE_COUNT, true);
  if (phrased) return phrased;
  let v = i - 1;
  // "killed as many as 130 people": the phrase whole, not "as" alone ("killed as 300 protesters clashed").
  if (wordsAt(tokens, v - 2, AS_MANY_AS)) v -= 3;
  while (v > 0 && VERB_TO_COUNT.has(tokens[v]?.lower ?? '')) v--;
  if (tokens[v]?.lower === 'and' && REFLEXIVES.has(tokens[v - 1]?.lower ?? '')) {
    // "killed himself and 13 hostages were freed": the count opens a clause of its own.
    const after = numberEnd(tokens, i) + 1;
    if (CLAUSE_VERBS.has(tokens[after]?.lower ?? '') || CLAUSE_VERBS.has(tokens[after + 1]?.lower ?? '')) return undefined;
    v -= 2;
  }
  const verb = tokens[v]?.lower ?? '';
  // "killed 200 cattle": animals are no casualties.
  if (ANIMALS.has(tokens[numberEnd(tokens, i) + 1]?.lower ?? '')) return undefined;
  return BEFORE_COUNT_VERBS.has(verb) ? KIND_OF.get(verb) : undefined;
}
const ANIMALS = new Set([
  'cattle',
  'cows',
  'sheep',
  'goats',
  'pigs',
  'chickens',
  'birds',
  'animals',
  'dogs',
  'camels',
  'horses',
  'fish',
  'livestock',
  'elephants',
]);

/** Digit groups of "1,412" as the tokenizer cuts them: "1", ",", "412". */
function digitGroups(tokens: readonly Token[], i: number): string | undefined {
  const t = tokens[i] as Token;
  if (!/^\d{1,3}$/.test(t.text)) return undefined;
  let text = t.text;
  let k = i;
  while (
    tokens[k + 1]?.text === ',' &&
    tokens[k + 1]?.start === tokens[k]?.end &&
    /^\d{3}$/.test(tokens[k + 2]?.text ?? '') &&
    tokens[k + 2]?.start === tokens[k + 1]?.end
  ) {
    text += tokens[k + 2]?.text;
    k += 2;
  }
  return k > i ? text : undefined;
}

/** The units of "twenty two" (written without its hyphen) when token `i` is its tens word. */
function unitsAfterTens(tokens: readonly Token[], i: number): number | undefined {
  const tens = /^[a-z]+$/.test(tokens[i]?.lower ?? '') ? parseCount(tokens[i]?.lower ?? '', NUMBER_WORDS) : undefined;
  const units = /^[a-z]+$/.test(tokens[i + 1]?.lower ?? '') ? parseCount(tokens[i + 1]?.lower ?? '', NUMBER_WORDS) : undefined;
  return tens !== undefined && tens >= 20 && tens <= 90 && tens % 10 === 0 && units !== undefined && units >= 1 && units <= 9 ? units : undefined;
}

/** True for "412" in "1,412", or "two" in "twenty two": a later part of a number already read. */
function continuesNumber(tokens: readonly Token[], i: number): boolean {
  if (unitsAfterTens(tokens, i - 1) !== undefined) return true;
  const comma = tokens[i - 1];
  return Boolean(
    comma?.text === ',' &&
    comma.end === tokens[i]?.start &&
    /^\d{1,3}$/.test(tokens[i - 2]?.text ?? '') &&
    tokens[i - 2]?.end === comma.start &&
    /^\d{3}$/.test(tokens[i]?.text ?? ''),
  );
}

/** "Okafor, 64, was detained": a number set off by commas after a name is an age. */
function isAge(tokens: readonly Token[], i: number): boolean {
  return tokens[i - 1]?.text === ',' && tokens[i + 1]?.text === ',' && Boolean(tokens[i - 2]?.cap) && /^\d{1,3}$/.test(tokens[i]?.text ?? '');
}

/** Index of the last token of the number that starts at token `i` ("1,412" spans three tokens). */
function numberEnd(tokens: readonly Token[], i: number): number {
  if (unitsAfterTens(tokens, i) !== undefined) return i + 1;
  let k = i;
  while (continuesNumber(tokens, k + 2)) k += 2;
  return k;
}

function countAt(tokens: readonly Token[], i: number): number | undefined {
  const t = tokens[i] as Token;
  const grouped = digitGroups(tokens, i);
  if (grouped !== undefined) return Number(grouped);
  if (!/^\d[\d,]*$/.test(t.text) && parseCount(t.text, NUMBER_WORDS) === undefined) return undefined;
  const next = tokens[i + 1]?.lower;
  // "one hundred", "one thousand"
  if (t.lower === 'one' && (next === 'hundred' || next === 'thousand')) return next === 'hundred' ? 100 : 1000;
  // "one of the officers", "five percent": not counts of people
  if (t.lower === 'one' || t.lower === 'hundred' || t.lower === 'thousand') return undefined;
  const value = parseCount(t.text, NUMBER_WORDS);
  if (value !== undefined && (next === 'hundred' || next === 'thousand')) return value * (next === 'hundred' ? 100 : 1000);
  const units = unitsAfterTens(tokens, i);
  return value !== undefined && units !== undefined ? value + units : value;
}

/** Words after a number that make it a measure, a span or a multiple, not a count of people ("executed three times over"). */
const MEASURE_WORDS = new Set([
  'percent',
  '%',
  'km',
  'miles',
  'kilometres',
  'kilometers',
  'metres',
  'meters',
  'feet',
  'tonnes',
  'tons',
  'million',
  'billion',
  'years',
  'months',
  'weeks',
  'days',
  'hours',
  'minutes',
  'seconds',
  'times',
  'barrels',
  'dollars',
  'drones',
  'p.m',
  'a.m',
  'utc',
]);

/** Words before a number that make it an age, a day of a month, a resolution's number or a sum: "aged 40", "May 4". */
const NOT_A_COUNT_AFTER: ReadonlySet<string> = new Set(['age', 'aged', ...MONTHS, 'resolution', '$']);

function isYearOrMeasure(tokens: readonly Token[], i: number, count: number): boolean {
  const next = tokens[i + 1]?.lower ?? '';
  const prev = tokens[i - 1]?.lower ?? '';
  if (count >= 1900 && count <= 2100 && /^\d{4}$/.test(tokens[i]?.text ?? '')) return true;
  if (MEASURE_WORDS.has(next)) return true;
  // "in 1999", "since 2004", "on 12 May": a year or a day; "resulted in 270 fatalities" is a count.
  if ((prev === 'since' || prev === 'in') && /^\d{4}$/.test(tokens[i]?.text ?? '')) return true;
  if (prev === 'on' && count <= 31 && /^\d{1,2}$/.test(tokens[i]?.text ?? '')) return true;
  if (NOT_A_COUNT_AFTER.has(prev)) return true;
  return tokens[i + 1]?.text === ':' || (tokens[i + 1]?.text === '.' && /^\d/.test(tokens[i + 2]?.text ?? ''));
}

/** The last figure read in a sentence, which a list of further figures may share. */
interface LastFact {
  readonly kind: FactKind;
  /** Token index of the figure's last token. */
  readonly at: number;
}
/** Words that join the figures of one list: "45 dead in A, 12 in B and seven in C", "270 deaths, including all 259 ...". */
const LIST_JOINS = new Set([',', 'and', 'including', 'all', 'of', 'in', 'the', "'s", 'with', 'another', 'plus']);
/** Plain words a list may hold between two figures ("all 259 of the airplane's occupants and eleven"). */
const MAX_PLAIN_IN_LIST = 2;
const AGE_WORDS = new Set(['aged', 'age', 'ages']);
const MAX_LIST_GAP = 12;
/** Words after a listed figure (and its noun) that end it: "12 in B", "and eleven individuals on the ground". */
const FIGURE_ENDS = new Set(['.', ';', ',', 'and', 'in', 'on', 'at', 'from']);
/** Nouns for people that a listed figure may take: "eleven individuals", "seven soldiers". */
const PEOPLE_NOUNS = new Set([
  'individuals',
  'persons',
  'people',
  'civilians',
  'soldiers',
  'officers',
  'children',
  'women',
  'men',
  'passengers',
  'residents',
  'others',
]);

/**
 * The kind of a figure that continues a list after an earlier figure of the sentence: "officials
 * reported 45 people dead in A, 12 in B and seven in C" gives 12 and seven the kind of 45.
 */
function listedAfter(tokens: readonly Token[], i: number, last: LastFact | undefined): FactKind | undefined {
  if (!last || i - last.at > MAX_LIST_GAP) return undefined;
  // "45 killed, and 300 houses destroyed", "21 others are missing", "two of them seriously": a figure of
  // other things, one with a verb of its own, or a part of the figure before is no casualty of the list.
  let next = numberEnd(tokens, i) + 1;
  if (PEOPLE_NOUNS.has(tokens[next]?.lower ?? '')) next++;
  const after = tokens[next];
  // "all 259 of the airplane's occupants" counts people; "two of them" is a part of the figure before.
  const ofWhole = after?.lower === 'of' && tokens[next + 1]?.lower === 'the';
  if (after && !FIGURE_ENDS.has(after.lower) && !ofWhole) return undefined;
  let plain = 0;
  let joined = false;
  for (let k = last.at + 1; k < i; k++) {
    const t = tokens[k] as Token;
    // "killed eight people, among them two children": a part of the figure before;
    // "arrested three men, aged 19, 22 and 25": ages, not figures.
    if (t.lower === 'among' || AGE_WORDS.has(t.lower)) return undefined;
    if (LIST_JOINS.has(t.lower)) {
      joined ||= t.lower === ',' || t.lower === 'and' || t.lower === 'including';
      continue;
    }
    if (t.cap || BRIDGE.has(t.lower) || KIND_OF.has(t.lower)) continue;
    if (++plain > MAX_PLAIN_IN_LIST) return undefined;
  }
  return joined ? last.kind : undefined;
}

/**
 * The casualty kind a count leads to within a few bridging words ("120 officers were injured").
 * `known` holds the kinds read for later counts of the sentence, so a run of figures is read once.
 */
function kindAfter(tokens: readonly Token[], i: number, known: Map<number, FactKind | undefined>): FactKind | undefined {
  if (known.has(i)) return known.get(i);
  const kind = readKindAfter(tokens, i, known);
  known.set(i, kind);
  return kind;
}

function readKindAfter(tokens: readonly Token[], i: number, known: Map<number, FactKind | undefined>): FactKind | undefined {
  const among = amongTheCasualties(tokens, i);
  if (among) return among;
  let limit = numberEnd(tokens, i) + MAX_BRIDGE;
  let capitalised = 0;
  for (let k = numberEnd(tokens, i) + 1; k < tokens.length && k <= limit; k++) {
    const t = tokens[k] as Token;
    const w = t.lower;
    const phrased = phraseKind(tokens, k, PHRASES_AFTER_COUNT);
    if (phrased) return phrased;
    const kind = KIND_OF.get(w);
    // "fired at 5,000 protesters, injuring several": a participle takes its count after it.
    if (kind && PARTICIPLES.has(w)) return undefined;
    // "sentenced 12 people to death": a sentence, not a death.
    if (kind && w === 'death' && tokens.slice(Math.max(0, i - 3), k).some((x) => SENTENCING_VERBS.has(x.lower))) return undefined;
    // "dead set against", "a dead end": idioms, not deaths.
    if (kind && w === 'dead' && DEAD_IDIOM_ENDS.has(tokens[k + 1]?.lower ?? '')) return undefined;
    if (kind && (!BODY_WORDS.has(w) || k <= i + 2 || DEAD_AFTER.has(tokens[k - 1]?.lower ?? ''))) return kind;
    if (countAt(tokens, k) !== undefined) {
      // "150 security forces, 95 civilians, and hundreds of Taliban killed": a list shares its verb,
      // and each figure of it opens a new stretch of bridging words (read once, for that figure).
      // "Three officials said 40 people were killed": a figure after a speech verb is what was said.
      return tokens.slice(i + 1, k).some((x) => REPORTING_WORDS.has(x.lower)) ? undefined : kindAfter(tokens, k, known);
    }
    if (t.cap && ++capitalised <= MAX_CAPITALISED_BRIDGE) continue;
    // "22 civilians, including three children, died": past the aside to the verb of the whole.
    if (w === 'including' && tokens[k - 1]?.text === ',') {
      let close = k + 1;
      while (close <= k + MAX_BRIDGE && close < tokens.length && tokens[close]?.text !== ',') close++;
      if (tokens[close]?.text === ',') {
        k = close;
        limit = k + MAX_BRIDGE;
        continue;
      }
    }
    if (!BRIDGE.has(w)) return undefined;
  }
  return undefined;
}

/** Words a count's subject may run to before "are among the dead": "Three French sport stars are ...". */
const MAX_SUBJECT_WORDS = 5;
const COPULAS = new Set(['are', 'were', 'is', 'was']);

/**
 * The kind of "<count> <any subject> are among the dead" (or the injured): what the count's clause
 * says its people are, whatever nouns name them. The subject ends at the copula, with no punctuation
 * or other figure before it.
 */
function amongTheCasualties(tokens: readonly Token[], i: number): FactKind | undefined {
  const end = numberEnd(tokens, i);
  for (let k = end + 1; k < tokens.length && k <= end + MAX_SUBJECT_WORDS + 1; k++) {
    const t = tokens[k] as Token;
    if (COPULAS.has(t.lower)) return tokens[k + 1]?.lower === 'among' ? phraseKind(tokens, k + 1, PHRASES_AFTER_COUNT) : undefined;
    // "five of them were among the dead": a part of a figure given elsewhere.
    if (!t.word || t.lower === 'of' || countAt(tokens, k) !== undefined) return undefined;
  }
  return undefined;
}

/** The place a sentence is about: the first city or region it names, else its first country. */
function placeOf(ctx: ReadContext, s: AnalysedSentence): string | null {
  const places = s.mentions.map((m) => ctx.resolution.entityOf(m)).filter((e) => e && PLACE_TYPES.has(e.type));
  const local = places.find((e) => e?.type !== 'COUNTRY') ?? places[0];
  return local ? draftId(local) : null;
}
