// Names in a list of places share its type: "in Lisbon, Dravik and Marsk" (an unknown name listed with
// a city is a city), "A, B and C are among the worst affected districts", "the provinces of A, B and
// C" (a place-kind noun types every name of the list). Read over whole lists, so that a long list is
// typed in one pass whatever the order of its known and unknown names.
import { type EntityType } from '../domain/entity-type.js';
import { type AnalysedSentence, type Mention } from './03-mentions.js';
import { TITLES } from './model/titles.js';
import { SPEECH_VERB_SET } from './model/vocabulary.js';

/** Plural place-kind nouns and the type they give the names they describe. */
export const PLACE_KIND_PLURALS: Readonly<Record<string, EntityType>> = {
  districts: 'REGION',
  provinces: 'REGION',
  regions: 'REGION',
  counties: 'REGION',
  states: 'REGION',
  prefectures: 'REGION',
  towns: 'CITY',
  cities: 'CITY',
  villages: 'CITY',
  municipalities: 'CITY',
};

const SEPARATORS = new Set([',', 'and', 'or']);
const COPULAS = new Set(['are', 'were', 'remain', 'remained']);
/** Names longer than this are no bare place names of a list. */
const MAX_WORDS = 2;

/** True when the name is followed by a speech verb ("Okafor said"): a speaker, no list member. */
export function isSpeaker(s: AnalysedSentence, m: Mention): boolean {
  const next = s.tokens[m.last];
  const afterNext = s.tokens[m.last + 1];
  return Boolean(
    next && (SPEECH_VERB_SET.has(next.lower) || (['also', 'then', 'later'].includes(next.lower) && afterNext && SPEECH_VERB_SET.has(afterNext.lower))),
  );
}

/** Types the untyped names of the sentence's place lists (mentions are changed in place). */
export function typePlaceLists(s: AnalysedSentence): void {
  for (const list of lists(s)) {
    const type = kindBefore(s, list) ?? kindAfter(s, list) ?? neighbourType(list);
    if (!type) continue;
    for (const m of list) {
      if (m.basis !== 'default' || m.last - m.first > MAX_WORDS || isSpeaker(s, m)) continue;
      m.type = type;
      m.basis = 'context';
    }
  }
}

/** "the mayor of Nairobi, X": a place a title governs; the name after its comma holds the title. */
function titleOf(s: AnalysedSentence, m: Mention): boolean {
  const at = s.tokens[m.first - 1]?.lower === 'the' ? m.first - 2 : m.first - 1;
  return s.tokens[at]?.lower === 'of' && TITLES[s.tokens[at - 1]?.lower ?? ''] !== undefined;
}

/** Runs of two or more mentions joined only by commas, "and" or "or" (at most two such tokens). */
function lists(s: AnalysedSentence): Mention[][] {
  const out: Mention[][] = [];
  let run: Mention[] = [];
  const joined = (a: Mention, b: Mention): boolean => {
    const gap = b.first - a.last;
    return gap >= 1 && gap <= 2 && s.tokens.slice(a.last, b.first).every((t) => SEPARATORS.has(t.lower)) && !titleOf(s, a);
  };
  for (const m of s.mentions) {
    const previous = run[run.length - 1];
    if (previous && !joined(previous, m)) {
      if (run.length > 1) out.push(run);
      run = [];
    }
    // "southwest of Lindor, Okafor said": a speaker closes the list before it.
    if (isSpeaker(s, m) && run.length) {
      if (run.length > 1) out.push(run);
      run = [];
      continue;
    }
    run.push(m);
  }
  if (run.length > 1) out.push(run);
  return out;
}

/** "the provinces of A, B and C". */
function kindBefore(s: AnalysedSentence, list: readonly Mention[]): EntityType | undefined {
  const first = (list[0] as Mention).first;
  return s.tokens[first - 1]?.lower === 'of' ? PLACE_KIND_PLURALS[s.tokens[first - 2]?.lower ?? ''] : undefined;
}

/** "A, B and C are among the worst affected districts": a copula, then the kind noun within the clause. */
function kindAfter(s: AnalysedSentence, list: readonly Mention[]): EntityType | undefined {
  const last = (list[list.length - 1] as Mention).last;
  if (!COPULAS.has(s.tokens[last]?.lower ?? '')) return undefined;
  for (let k = last + 1; k < Math.min(s.tokens.length, last + 8); k++) {
    const t = s.tokens[k];
    if (!t || !t.word || t.cap) return undefined;
    const kind = PLACE_KIND_PLURALS[t.lower];
    if (kind) return kind;
  }
  return undefined;
}

/** "in Lisbon, Dravik and Marsk": a list with a city in it is a list of cities. */
function neighbourType(list: readonly Mention[]): EntityType | undefined {
  return list.some((m) => m.type === 'CITY' && m.basis !== 'default') ? 'CITY' : undefined;
}
