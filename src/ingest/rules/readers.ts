// Shared readers of a sentence's grammar, built on the project's tokens and mentions: the subject of
// a clause, the list after a word, an apposition, a possessor, the agent of a passive. Every rule
// reads through these, so that a better reader improves every predicate at once.
import { type EntityType, PLACE_TYPES } from '../../domain/entity-type.js';
import { type AnalysedSentence } from '../03-mentions.js';
import { type EntityDraft } from '../04-entities.js';
import { type ReadContext } from '../context.js';
import { MAX_TITLE_WORDS, ROLE_QUALIFIERS, TITLES } from '../model/titles.js';
import { PLACE_KIND_NOUNS } from '../model/triggers.js';
import { AUXILIARY_VERBS, NEGATION_WORDS } from '../model/vocabulary.js';
import {
  entityOf,
  holderOfTitle,
  lastPersonBefore,
  mentionEndingAt,
  mentionStartingAt,
  referentAfterArticle,
  referentStartingAt,
  resolvedMentions,
} from '../sentence-tools.js';
import { type Token } from '../tokens.js';
import { describedHead } from './descriptions.js';

const PREPOSITIONS = new Set([
  'of',
  'in',
  'at',
  'from',
  'by',
  'to',
  'on',
  'with',
  'for',
  'against',
  'within',
  'into',
  'over',
  'under',
  'between',
  'about',
  'across',
  'via',
]);
const DASHES = new Set(['—', '–', '-', '(', ')']);
const SKIP_AFTER_VERB = new Set(['the', 'a', 'an', 'with', 'on', 'its', 'their', 'to', 'government', 'of', 'regime', 'forces']);
const NEAR_PREPOSITIONS = new Set(['of', 'in', 'at', 'from', 'by', 'to', 'on']);
/** Forms of "be" that make a passive: "was sent", "has been led". */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'been', 'is', 'are', 'being']);

/** Something that acts: not a place or an event. */
export function isActor(e: EntityDraft): boolean {
  return e.type !== 'CITY' && e.type !== 'REGION' && e.type !== 'EVENT';
}

/** A body that acts: a country, government, organisation or agency, not a person. */
export function isBody(e: EntityDraft): boolean {
  return isActor(e) && e.type !== 'PERSON';
}

/** Token positions inside dashes or parentheses: asides, whose names are not the clause's subject. */
const asides = new WeakMap<AnalysedSentence, boolean[]>();
export function asideMask(s: AnalysedSentence): boolean[] {
  const known = asides.get(s);
  if (known) return known;
  const mask: boolean[] = [];
  let depth = 0;
  let dashOpen = false;
  s.tokens.forEach((t, i) => {
    if (t.text === '(') depth++;
    if (t.text === '—' || t.text === '–' || (t.text === '-' && !t.word)) dashOpen = !dashOpen;
    mask[i] = depth > 0 || dashOpen || DASHES.has(t.text);
    if (t.text === ')') depth = Math.max(0, depth - 1);
  });
  asides.set(s, mask);
  return mask;
}

/**
 * The subject of a verb at token `i`: the first name of the clause that is not inside an aside, not
 * governed by a preposition and not a modifier of another name ("Germany's minister", "Senate President X").
 * A clause that opens with a reporting frame ("Reuters reported that ...") starts after "that".
 */
export function clauseSubject(ctx: ReadContext, s: AnalysedSentence, i: number, accept: (e: EntityDraft) => boolean): EntityDraft | undefined {
  const aside = asideMask(s);
  const candidates = resolvedMentions(ctx, s, true).filter((x) => x.mention.last <= i && !aside[x.mention.first] && accept(x.entity));
  // "a bomber who attacked X": the subject of a relative clause is the noun before "who", if it is a name.
  const relative = RELATIVE_PRONOUNS.has(s.tokens[i - 1]?.lower ?? '') ? i - 1 : -1;
  if (relative >= 0) {
    const antecedent = candidates.find((x) => x.mention.last === relative || (x.mention.last === relative - 1 && s.tokens[relative - 1]?.text === ','));
    return antecedent?.entity;
  }
  const isSubject = (x: { mention: { first: number; last: number } }): boolean => {
    // "Talks with Chad and Niger": a name coordinated with a preposition's object is governed by it too.
    let opening = x.mention.first;
    for (;;) {
      const link = s.tokens[opening - 1]?.lower ?? '';
      const previous = link === 'and' || link === 'or' ? mentionEndingAt(s, opening - (s.tokens[opening - 2]?.text === ',' ? 3 : 2)) : undefined;
      if (previous === undefined) break;
      opening = previous.first;
    }
    // "Media in the United States says": the article does not hide a place's preposition ("Members of
    // the Front" are the Front, though).
    const before = s.tokens[opening - 1]?.lower ?? '';
    if (before === 'the' && LOCATIVE_PREPOSITIONS.has(s.tokens[opening - 2]?.lower ?? '')) return false;
    const after = s.tokens[x.mention.last];
    const modifies = after?.text === "'s" || s.cues.some((c) => c.kind === 'title' && c.first === x.mention.last);
    return !PREPOSITIONS.has(before) && !modifies;
  };
  // "Reuters reported that X met Y": the reported clause has its own subject, if it names one.
  const from = clauseStart(s, i);
  const subject = candidates.find((x) => x.mention.first >= from && isSubject(x)) ?? candidates.find(isSubject);
  if (subject) return subject.entity;
  // "Mali's military government asked", "the government of Mali sent": the country whose government acts.
  const government = governmentSubject(ctx, s, from, i);
  if (government && accept(government)) return government;
  const pronoun = subjectPronoun(ctx, s, i);
  return pronoun && accept(pronoun) ? pronoun : undefined;
}

/** Nouns for a country's government acting in its name. */
const GOVERNMENT_NOUNS = new Set(['government', 'authorities', 'administration', 'junta', 'cabinet', 'leadership']);

/**
 * The country whose government is the subject of a clause starting at `from`, before token `i`:
 * "Mali's (military) government", "the government of Mali", "the Malian government".
 */
function governmentSubject(ctx: ReadContext, s: AnalysedSentence, from: number, i: number): EntityDraft | undefined {
  let k = from;
  if (s.tokens[k]?.lower === 'the') k++;
  const lowerRun = (start: number): number => {
    let j = start;
    while (j < i && j < start + 3 && s.tokens[j]?.word && !s.tokens[j]?.cap && !GOVERNMENT_NOUNS.has(s.tokens[j]?.lower ?? '')) j++;
    return GOVERNMENT_NOUNS.has(s.tokens[j]?.lower ?? '') ? j : -1;
  };
  // "Mali's military government", "Malian authorities".
  const owner = referentStartingAt(ctx, s, k);
  if (owner?.entity.type === 'COUNTRY') {
    const noun = lowerRun(s.tokens[owner.last]?.text === "'s" ? owner.last + 1 : owner.last);
    return noun >= 0 && noun < i ? owner.entity : undefined;
  }
  const demonym = s.cues.find((c) => c.kind === 'demonym' && c.first === k && c.country);
  if (demonym?.country) {
    const noun = lowerRun(demonym.last);
    return noun >= 0 && noun < i ? ctx.resolution.countryFor(demonym.country, s, demonym.first, demonym.last) : undefined;
  }
  // "the government of Mali".
  const noun = lowerRun(k);
  if (noun < 0 || s.tokens[noun + 1]?.lower !== 'of') return undefined;
  const country = referentStartingAt(ctx, s, noun + 2);
  return country?.entity.type === 'COUNTRY' && country.last <= i ? country.entity : undefined;
}

/** Words that open a sentence with a phrase before its subject: "During her meeting with X, Y said". */
const OPENING_PREPOSITIONS = new Set(['during', 'after', 'before', 'following', 'at', 'in', 'ahead']);

/**
 * The subject of the main clause when token `i` sits in a phrase that opens the sentence and ends
 * at a comma ("During her meeting with X, Y said", "After talks with X, the Tarsk president Y
 * left"): the first name after the comma, past titles and the demonyms or countries that qualify them.
 */
export function subjectAfterOpening(ctx: ReadContext, s: AnalysedSentence, i: number, accept: (e: EntityDraft) => boolean): EntityDraft | undefined {
  if (!OPENING_PREPOSITIONS.has(s.tokens[0]?.lower ?? '')) return undefined;
  // Only determiners, possessives and adjectives between the preposition and the trigger.
  for (let j = 1; j < i; j++) if (!s.tokens[j]?.word || s.tokens[j]?.cap) return undefined;
  let comma = i + 1;
  while (comma < s.tokens.length && s.tokens[comma]?.text !== ',') comma++;
  for (const { mention, entity } of resolvedMentions(ctx, s)) {
    if (mention.first <= comma) continue;
    const next = s.tokens[mention.last + 1];
    if (next?.text === "'s" || titleStartingAt(s, mention.last + 1)) continue;
    for (let j = comma + 1; j < mention.first; j++) {
      const t = s.tokens[j];
      if (!t?.word || !(t.cap || t.lower === 'the' || titleStartingAt(s, j) || mentionStartingAt(s, j))) return undefined;
    }
    return accept(entity) ? entity : undefined;
  }
  return undefined;
}

/**
 * Token where the clause of token `i` starts: after the last reporting verb before it, and its
 * "that" / "whether" ("Reuters reported that X met Y", "the ministry said X met Y": X is the subject).
 */
export function clauseStart(s: AnalysedSentence, i: number): number {
  for (let j = i - 1; j > 0; j--) {
    const w = s.tokens[j]?.lower ?? '';
    if ((w === 'that' || w === 'whether') && REPORTING.has(s.tokens[j - 1]?.lower ?? '')) return j + 1;
    if (REPORTING.has(w)) return j + 1;
  }
  return 0;
}
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
const LOCATIVE_PREPOSITIONS = new Set(['in', 'at', 'near', 'inside', 'across', 'throughout']);
const REPORTING = new Set([
  'reported',
  'reports',
  'said',
  'says',
  'announced',
  'confirmed',
  'added',
  'stated',
  'claimed',
  'wrote',
  'noted',
  'revealed',
  'learned',
  'learnt',
]);

/**
 * The person a sentence-opening "He"/"She" refers to: the last person named before this sentence.
 * Not for a verb of a later clause with its own common-noun subject ("He said he would resign after
 * a coalition of parties failed to unseat X": the coalition tried).
 */
export function subjectPronoun(ctx: ReadContext, s: AnalysedSentence, before: number): EntityDraft | undefined {
  const at = s.tokens.findIndex((t, k) => k < before && (t.lower === 'he' || t.lower === 'she'));
  if (at < 0) return undefined;
  for (let k = at + 1; k < before - 1; k++) {
    const noun = s.tokens[k + 2];
    if (SUBORDINATORS.has(s.tokens[k]?.lower ?? '') && ARTICLES.has(s.tokens[k + 1]?.lower ?? '') && noun?.word && !noun.cap) return undefined;
  }
  return lastPersonBefore(ctx, s.span.index, at, s.tokens[at]?.lower);
}
const SUBORDINATORS = new Set(['after', 'before', 'when', 'because', 'while', 'although', 'since', 'until', 'unless', 'as', 'once', 'if']);

const ARTICLES = new Set(['the', 'a', 'an']);

/** Entities listed from token `from`: "Sweden, Iceland, Latvia and Estonia". */
export function listAfter(ctx: ReadContext, s: AnalysedSentence, from: number): EntityDraft[] {
  const out: EntityDraft[] = [];
  let k = from;
  while (k < s.tokens.length) {
    // "the Bahamas", "The United States": an article may belong to the name.
    if (s.tokens[k]?.lower === 'the' && !referentStartingAt(ctx, s, k)) k++;
    k = pastTitles(ctx, s, k);
    const item = referentStartingAt(ctx, s, k);
    // "met with X, Freedonia's interior minister": a possessor describes the item before; it is none.
    if (!item || (out.length > 0 && s.tokens[item.last]?.text === "'s")) break;
    out.push(item.entity);
    k = item.last;
    const sep = s.tokens[k]?.lower;
    // "met Ota Kral, the French foreign minister(, and X)": an apposition describes the person; it
    // lists nobody. The list goes on only after its closing comma and an "and".
    if (item.entity.type === 'PERSON' && sep === ',' && ARTICLES.has(s.tokens[k + 1]?.lower ?? '')) {
      let close = k + 2;
      while (close < k + 10 && close < s.tokens.length && s.tokens[close]?.text !== ',') close++;
      if (s.tokens[close]?.text !== ',' || s.tokens[close + 1]?.lower !== 'and') break;
      k = close + 2;
      continue;
    }
    if (sep === ',' && s.tokens[k + 1]?.lower === 'and') k += 2;
    else if (sep === ',' && s.tokens[k + 1]?.lower === 'as' && s.tokens[k + 2]?.lower === 'well' && s.tokens[k + 3]?.lower === 'as') k += 4;
    else if (sep === ',' || sep === 'and' || sep === 'or') k++;
    else break;
  }
  return out;
}

/**
 * Past the titles and ranks before a name ("Major Tamsin Vey", "Freedonian President X", "the
 * Sylvanian foreign minister, X"): a demonym that only qualifies a title is not the item named.
 */
export function pastTitles(ctx: ReadContext, s: AnalysedSentence, from: number): number {
  let k = from;
  const titleAt = (n: number): number | undefined =>
    s.cues.find((c) => (c.kind === 'honorific' || c.kind === 'title') && c.first === n)?.last ?? titleStartingAt(s, n)?.last;
  const demonym = s.cues.find((c) => c.kind === 'demonym' && c.first === k);
  if (demonym && !mentionStartingAt(s, k)) {
    const after = titleAt(demonym.last);
    const end = after === undefined ? undefined : s.tokens[after]?.text === ',' ? after + 1 : after;
    if (end !== undefined && entityOf(ctx, mentionStartingAt(s, end))?.type === 'PERSON') k = demonym.last;
  }
  // "Freedonian Prime Minister X": an adjective the gazetteer does not know, before a title, qualifies it.
  if (!demonym && !entityOf(ctx, mentionStartingAt(s, k)) && s.tokens[k]?.cap && titleAt(k + 1) !== undefined) k++;
  for (let n = 0; n < 2; n++) k = titleAt(k) ?? k;
  return k;
}

/** The nearest entity before token `i` that passes `accept`: the head a relative clause hangs on. */
export function nearestBefore(ctx: ReadContext, s: AnalysedSentence, i: number, accept: (e: EntityDraft) => boolean): EntityDraft | undefined {
  const before = resolvedMentions(ctx, s).filter((x) => x.mention.last <= i && accept(x.entity));
  // The sentence's subject: a name in a prepositional phrase ("in the city of X") is not one.
  const subjects = before.filter((x) => !NEAR_PREPOSITIONS.has(s.tokens[x.mention.first - 1]?.lower ?? ''));
  const pick = subjects[subjects.length - 1] ?? before[before.length - 1];
  return pick?.entity ?? subjectPronoun(ctx, s, i);
}

/** The agent of a passive around token `i`: "filed by the Senate ... against X", "the strike against X was called by Y". */
export function byAgent(ctx: ReadContext, s: AnalysedSentence, i: number, span = 10): EntityDraft | undefined {
  const candidates = [...Array.from({ length: span }, (_, n) => i - 1 - n), ...Array.from({ length: span }, (_, n) => i + 1 + n)];
  for (const j of candidates) {
    if (s.tokens[j]?.lower !== 'by' || (j > i && !s.tokens.slice(i, j).some((t) => PASSIVE_AUXILIARIES.has(t.lower)))) continue;
    let k = j + 1;
    if (s.tokens[k]?.lower === 'the') k++;
    const agent = referentStartingAt(ctx, s, k)?.entity;
    if (agent) return agent;
  }
  return undefined;
}

/** True when the verb at `i` is denied: "never met", "did not meet", "have not yet met". */
export function isNegated(s: AnalysedSentence, i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const w = s.tokens[j]?.lower ?? '';
    // "hasn't", "haven't" are one token.
    if (NEGATION_WORDS.has(w) || /n['’]t$/.test(w)) return true;
    if (w !== 'yet' && w !== 'ever' && !PASSIVE_AUXILIARIES.has(w) && !AUXILIARY_VERBS.has(w)) return false;
  }
  return false;
}

/** True when the verb at `i` is passive: "were sent", "was sanctioned", "had been deployed". */
export function isPassive(s: AnalysedSentence, i: number): boolean {
  return (
    PASSIVE_AUXILIARIES.has(s.tokens[i - 1]?.lower ?? '') || (PASSIVE_AUXILIARIES.has(s.tokens[i - 2]?.lower ?? '') && /ly$/.test(s.tokens[i - 1]?.lower ?? ''))
  );
}

/** Skip articles and filler words after a verb. */
export function skip(s: AnalysedSentence, from: number): number {
  let k = from;
  while (k < s.tokens.length && SKIP_AFTER_VERB.has(s.tokens[k]?.lower ?? '')) k++;
  return k;
}

/** Words that end a descriptor: prepositions, pronouns and the start of a clause. */
const NOT_DESCRIPTORS = new Set([
  'from',
  'in',
  'on',
  'by',
  'to',
  'that',
  'her',
  'his',
  'him',
  'them',
  'us',
  'me',
  'who',
  'which',
  'whether',
  'if',
  'and',
  'or',
]);

/** Skip the descriptor between a verb and a name: "banned Norwegian airline Nordwind Air". */
export function skipDescriptors(s: AnalysedSentence, from: number): number {
  let k = skip(s, from);
  // Up to four words: "Velmari state news agency X".
  for (let n = 0; n < 4; n++) {
    const cue = s.cues.find((c) => c.kind === 'demonym' && c.first === k);
    if (cue) k = cue.last;
    else if (s.tokens[k] && !s.tokens[k]?.cap && s.tokens[k]?.word && !NOT_DESCRIPTORS.has(s.tokens[k]?.lower ?? '')) k++;
    else break;
  }
  return k;
}

/**
 * Token index of the article that opens the noun phrase ending before token `i`, past at most `max`
 * lower-case qualifiers ("a fierce and longtime critic"), or -1. Bounded, so a run of lower-case
 * words costs no more per trigger than `max`.
 */
export function articleBefore(s: AnalysedSentence, i: number, max: number): number {
  for (let j = i - 1; j >= Math.max(0, i - 1 - max); j--) {
    const t = s.tokens[j];
    if (!t?.word || t.cap) return -1;
    if (ARTICLES.has(t.lower)) return j;
  }
  return -1;
}

/** Skip a rank before a listed name ("Colonel Tamsin Vey"). */
export function skipRanks(s: AnalysedSentence, from: number): number {
  return s.cues.find((c) => c.kind === 'honorific' && c.first === from)?.last ?? from;
}

/** True when one of `nouns` stands within `span` tokens before `i` with no comma between. */
export function nounBeforeInClause(s: AnalysedSentence, i: number, nouns: ReadonlySet<string>, span: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - span); j--) {
    const t = s.tokens[j]?.lower ?? '';
    if (t === ',' || t === ';') return false;
    if (nouns.has(t)) return true;
  }
  return false;
}

/** "The EU's asset freezes ...": the possessor at the start of the clause. */
export function possessorBefore(ctx: ReadContext, s: AnalysedSentence, i: number): EntityDraft | undefined {
  const owned = s.mentions.find((m) => m.last < i && s.tokens[m.last]?.text === "'s");
  return owned ? ctx.resolution.entityOf(owned) : undefined;
}

/** A place named at token `i`, or the country a demonym there implies ("Kazakh territory"). */
export function placeStartingAt(ctx: ReadContext, s: AnalysedSentence, i: number): EntityDraft | undefined {
  const found = referentAfterArticle(ctx, s, i);
  return found && PLACE_TYPES.has(found.entity.type) ? found.entity : undefined;
}

/** "the president" or a name ending at token `i`: whoever made a request. */
export function actorEndingAt(ctx: ReadContext, s: AnalysedSentence, i: number): EntityDraft | undefined {
  const named = entityOf(ctx, mentionEndingAt(s, i));
  if (named) return named;
  const title = s.tokens[i]?.lower ?? '';
  return TITLES[title] ? holderOfTitle(ctx, title) : undefined;
}

/**
 * A name or "the president", "the prime minister" starting at token `i`: the person given that title
 * (before this sentence, else anywhere in the article). "the president of X" or "the president X" is
 * not a bare title.
 */
export function actorStartingAt(ctx: ReadContext, s: AnalysedSentence, i: number): EntityDraft | undefined {
  let k = i;
  if (s.tokens[k]?.lower === 'the') k++;
  const named = referentStartingAt(ctx, s, k);
  if (named) return named.entity;
  const title = titleStartingAt(s, k);
  const next = s.tokens[title?.last ?? -1];
  if (!title || next?.lower === 'of' || next?.cap || next?.text === "'s") return undefined;
  return holderOfTitle(ctx, title.title, s.span.index);
}

/**
 * The body named from token `k`, past determiners, adjectives and a place that only locates it:
 * "the governing People's Unity Movement", "the Lisbon consultancy Numera Analítica", "Tarsk's
 * main opposition party the Renewal Front".
 */
export function bodyAfter(ctx: ReadContext, s: AnalysedSentence, k: number): EntityDraft | undefined {
  let n = k;
  let end = k + 6;
  while (n < s.tokens.length && n < end) {
    const found = referentStartingAt(ctx, s, n);
    if (found) {
      const isPlace = PLACE_TYPES.has(found.entity.type);
      const next = s.tokens[found.last];
      const basedAdjective = /-based$/i.test(s.tokens[n]?.text ?? '');
      // "the governor of Kunduz province": a place-kind noun closes the place's name.
      const kindNoun = PLACE_KIND_NOUNS.has(next?.lower ?? '') && !next?.cap;
      if (isPlace && !kindNoun && ((next?.word && !next.cap) || next?.text === "'s" || basedAdjective)) {
        // Past "'s" and up to six words and a determiner: "Tarsk's main opposition party the Renewal Front".
        end = found.last + (next?.text === "'s" ? 8 : 6);
        n = found.last;
        continue;
      }
      return found.entity;
    }
    const t = s.tokens[n];
    if (!t || (!t.word && t.text !== "'s") || t.cap) return undefined;
    n++;
  }
  return undefined;
}

/** The last body (not a person or place) named before token `i` of sentence `sentence`. */
export function lastBodyBefore(ctx: ReadContext, sentence: number, i: number): EntityDraft | undefined {
  for (let k = sentence; k >= Math.max(0, sentence - 3); k--) {
    const s = ctx.sentences[k] as AnalysedSentence;
    const bodies = s.mentions
      .filter((m) => k < sentence || m.last <= i)
      .map((m) => ctx.resolution.entityOf(m))
      .filter((e): e is EntityDraft => Boolean(e) && e?.type !== 'PERSON' && !PLACE_TYPES.has(e?.type ?? 'CITY'));
    const last = bodies[bodies.length - 1];
    if (last) return last;
  }
  return undefined;
}

/** The last entity of a type named up to sentence `upTo` (bounded look-back). */
export function latestOfType(ctx: ReadContext, upTo: number, type: EntityType): EntityDraft | undefined {
  for (let k = upTo; k >= Math.max(0, upTo - 60); k--) {
    const found = (ctx.sentences[k] as AnalysedSentence).mentions.map((m) => ctx.resolution.entityOf(m)).filter((e) => e?.type === type);
    if (found.length) return found[found.length - 1];
  }
  return undefined;
}

/** The places listed from token `from` ("Telvin, Morra and Kesh") and the token after the list. */
export function listOfPlaces(ctx: ReadContext, s: AnalysedSentence, from: number): { first?: EntityDraft; places: EntityDraft[]; end: number } {
  const places: EntityDraft[] = [];
  let k = from;
  for (;;) {
    const item = referentStartingAt(ctx, s, k);
    if (!item || !PLACE_TYPES.has(item.entity.type)) break;
    places.push(item.entity);
    k = item.last;
    const sep = s.tokens[k]?.lower;
    const next = sep === ',' && s.tokens[k + 1]?.lower === 'and' ? k + 2 : sep === ',' || sep === 'and' ? k + 1 : -1;
    if (next < 0 || !referentStartingAt(ctx, s, next)) break;
    k = next;
  }
  return { ...(places[0] ? { first: places[0] } : {}), places, end: k };
}

const byCode = new WeakMap<ReadContext, { countries: Map<string, EntityDraft>; capitals: Map<string, EntityDraft> }>();
/** The document's country for a cca3 code, and the named capital city of a country, looked up in O(1). */
export function placesByCode(ctx: ReadContext): { countries: Map<string, EntityDraft>; capitals: Map<string, EntityDraft> } {
  const known = byCode.get(ctx);
  if (known) return known;
  const countries = new Map<string, EntityDraft>();
  const capitals = new Map<string, EntityDraft>();
  for (const e of ctx.resolution.entities) {
    if (e.type === 'COUNTRY') for (const code of e.countries) if (!countries.has(code)) countries.set(code, e);
    if (e.type === 'CITY' && e.capitalOf && !capitals.has(e.capitalOf)) capitals.set(e.capitalOf, e);
  }
  const index = { countries, capitals };
  byCode.set(ctx, index);
  return index;
}

/**
 * Titles that take a portfolio word before them ("information minister", "labour secretary", "EU
 * foreign policy chief", "EU trade commissioner").
 */
const PORTFOLIO_TITLES = new Set(['minister', 'secretary', 'chief', 'commissioner', 'coordinator']);
const NOT_PORTFOLIOS = new Set([
  'the',
  'a',
  'an',
  'and',
  'or',
  'its',
  'his',
  'her',
  'their',
  'as',
  'of',
  'to',
  'by',
  'with',
  'said',
  'says',
  'former',
  'prime',
]);
/** Words that make a title a second's or a lower level's ("deputy", "regional", "opposition"). */
export const SUBORDINATE = new Set([
  'deputy',
  'vice',
  'assistant',
  'first',
  'acting',
  'interim',
  'regional',
  'provincial',
  'local',
  'state',
  'municipal',
  'county',
  'district',
  'opposition',
  'shadow',
]);

export interface TitleMatch {
  readonly title: string;
  readonly first: number;
  readonly last: number;
  /** The title has a portfolio before it ("foreign policy chief"): its holder heads a field, not the body. */
  readonly portfolio?: boolean;
}

/** The longest title whose last word is token `end`; "information minister" for any portfolio. */
export function titleEndingAt(s: AnalysedSentence, end: number): TitleMatch | undefined {
  for (let n = MAX_TITLE_WORDS; n >= 1; n--) {
    const first = end - n + 1;
    if (first < 0) continue;
    const words = s.tokens.slice(first, end + 1);
    if (!words.every((w) => w.word)) continue;
    const phrase = words.map((w) => w.lower).join(' ');
    if (!TITLES[phrase]) continue;
    // "the Velmar Labour Party leader": a title that starts inside a name is a shorter one after it.
    if (n > 1 && s.mentions.some((m) => m.first < first && first < m.last)) continue;
    // "information minister", "Home Secretary": a portfolio word, capitalised or not, that names nothing.
    const isPortfolio = (k: number): boolean => {
      const t: Token | undefined = s.tokens[k];
      if (!t?.word || ROLE_QUALIFIERS.has(t.lower) || NOT_PORTFOLIOS.has(t.lower) || describedHead(t.lower) || SUBORDINATE.has(t.lower)) return false;
      return !t.cap || (k > 0 && plainCapital(s, k));
    };
    if (n === 1 && PORTFOLIO_TITLES.has(phrase) && isPortfolio(first - 1)) {
      const from = isPortfolio(first - 2) && s.tokens[first - 2]?.lower !== 'the' ? first - 2 : first - 1;
      return { title: phrase, first: from, last: end + 1, portfolio: true };
    }
    return { title: phrase, first, last: end + 1 };
  }
  return undefined;
}

/** The longest title whose first word is token `start`. */
export function titleStartingAt(s: AnalysedSentence, start: number): TitleMatch | undefined {
  for (let n = MAX_TITLE_WORDS; n >= 1; n--) {
    const words = s.tokens.slice(start, start + n);
    if (words.length < n || !words.every((w) => w.word)) continue;
    const phrase = words.map((w) => w.lower).join(' ');
    if (TITLES[phrase]) return { title: phrase, first: start, last: start + n };
  }
  return undefined;
}

/** True when token `k` is a capitalised word that is part of no name or demonym ("Shadow", "Home"). */
export function plainCapital(s: AnalysedSentence, k: number): boolean {
  return (
    Boolean(s.tokens[k]?.cap) && !s.mentions.some((m) => m.first <= k && k < m.last) && !s.cues.some((c) => c.kind === 'demonym' && c.first <= k && k < c.last)
  );
}

/** The subject of the clause of token `i` and the names coordinated with it ("The EU and Britain ... imposed"). */
export function clauseSubjects(ctx: ReadContext, s: AnalysedSentence, i: number, accept: (e: EntityDraft) => boolean): EntityDraft[] {
  const first = clauseSubject(ctx, s, i, accept);
  if (!first) return [];
  const m = s.mentions.find((x) => x.last <= i && ctx.resolution.entityOf(x) === first);
  if (!m) return [first];
  const listed = listAfter(ctx, s, m.first).filter(accept);
  return listed[0] === first ? listed : [first];
}

/** The body (no place, person or, unless asked, event) whose mention starts at `at`, with the mention's span. */
export function bodyAt(
  ctx: ReadContext,
  s: AnalysedSentence,
  at: number,
  includeEvents = false,
): { entity: EntityDraft; first: number; last: number } | undefined {
  const m = mentionStartingAt(s, at);
  const entity = entityOf(ctx, m);
  if (!m || !entity || PLACE_TYPES.has(entity.type) || entity.type === 'PERSON' || (!includeEvents && entity.type === 'EVENT')) return undefined;
  return { entity, first: m.first, last: m.last };
}
