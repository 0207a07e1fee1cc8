// Reading titles beside a person's name: which title, how it is qualified (former, deputy, regional)
// and which body or country it attaches to. "Kazakh President X", "Velora Police spokeswoman X",
// "Nordwind's director, X", "X, the chief executive of Hong Kong", "X, a US peace envoy".
// The role rules in leads.ts turn a reading into a claim.
import { type AnalysedSentence, type Mention } from '../03-mentions.js';
import { type EntityDraft } from '../04-entities.js';
import { type ReadContext } from '../context.js';
import { departmentOfTitle, ENVOY_TITLES, HEAD_OF_COUNTRY_TITLES, PORTFOLIO_TITLES, ROLE_QUALIFIERS, TITLES, type TitleKind } from '../model/titles.js';
import { PLACE_KIND_NOUNS } from '../model/triggers.js';
import { SPEECH_VERB_SET } from '../model/vocabulary.js';
import { entityOf, holderOfTitle, mentionEndingAt, mentionStartingAt, referentEndingAt, referentAfterArticle, referentStartingAt } from '../sentence-tools.js';
import { type EntityType, PLACE_TYPES } from '../../domain/entity-type.js';
import { isPossessiveMark } from '../tokens.js';
import { describedBody, describedHead } from './descriptions.js';
import { bodyAfter, lastBodyBefore, latestOfType, plainCapital, SUBORDINATE, type TitleMatch, titleEndingAt, titleStartingAt } from './readers.js';
import { type Claim } from './rule.js';

export interface RoleReading {
  readonly title: string;
  readonly affiliation?: EntityDraft;
  readonly former: boolean;
  /**
   * A second to the office ("Deputy Governor"), or an office below the country ("regional president",
   * "opposition leader"): no jurisdiction is assumed and a country is not led.
   */
  readonly deputy?: boolean;
  /** A second to the office ("deputy director", "vice-chairman"): whatever the body, not its head. */
  readonly second?: boolean;
  /** "X, a director of Y": one of several holders, not the head. */
  readonly indefinite?: boolean;
}

/** Titles that belong to one kind of body, and the names of such bodies. */
const BODY_TITLES: Readonly<Record<string, RegExp>> = {
  senator: /\bsenate\b/i,
  member: /\b(parliament|assembly|congress)\b/i,
  'chief justice': /\bcourt\b/i,
  justice: /\bcourt\b/i,
  judge: /\bcourt\b/i,
  speaker: /\b(parliament|assembly|congress|senate|house)\b/i,
};
const LOCATIVES = new Set(['in', 'at', 'near', 'of']);
/** Words after "head of" that are no department: determiners, and the state or government a head leads. */
const NOT_DEPARTMENTS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'state', 'government']);

/** Qualifiers of a second to an office, who holds a role in the body but does not lead it. */
export const SECOND_QUALIFIERS: ReadonlySet<string> = new Set(['deputy', 'vice', 'assistant']);

/** Offices of a government, of the country the article is about when no body is named ("Defence Secretary X"). */
const MINISTERIAL_TITLE = /minister|secretary of|under-? ?secretary|junta leader/;
/** "Defence Secretary X": the department the article names ("the Home Office"), else the country. */
const PORTFOLIO_SECRETARY =
  /^(?:defen[cs]e|foreign|home|health|interior|treasury|energy|education|environment|transport|trade|justice|culture|agriculture|labou?r|finance|business) secretary$/;

/** Head-of titles that, with no body named, mean the place the article is about. */
/** Qualifiers of an office no longer held: "former", "ousted", "deposed", "the late". */
const PAST_QUALIFIERS: ReadonlySet<string> = new Set(['former', 'ousted', 'deposed', 'late', 'exiled']);

export const JURISDICTION_TITLES = new Set(['president', 'governor', 'prime minister', 'chancellor', 'premier', 'attorney general', 'ruler']);
/** Heads of a province or state: with no body named, the region the sentence names, if any. */
const SUBNATIONAL_TITLES: ReadonlySet<string> = new Set(['chief minister', 'governor', 'first minister']);

/** The claim a title reading gives, or nothing when it attaches to no body. */
export function roleClaim(ctx: ReadContext, s: AnalysedSentence, person: EntityDraft, reading: RoleReading): Claim | undefined {
  const kind = TITLES[reading.title] as TitleKind;
  const role = titleCase(reading.title) + (reading.former ? ' (former)' : '');
  let object = reading.affiliation;
  if (!object && BODY_TITLES[reading.title]) object = bodyForTitle(ctx, reading.title);
  if (!object && reading.title === 'mayor') object = lastPlaceBefore(ctx, s, 'CITY');
  // "in the Central Province, ... the Chief Minister X": the province, not the country.
  if (!object && SUBNATIONAL_TITLES.has(reading.title)) object = provinceBeforeTitle(ctx, s, reading.title);
  if (!object && !reading.deputy && PORTFOLIO_SECRETARY.test(reading.title)) object = departmentBody(ctx, reading.title);
  // A deputy minister serves the same government as the minister; a deputy governor or president
  // may be a province's, so only ministers' seconds take the article's country.
  const ministerial = MINISTERIAL_TITLE.test(reading.title) || PORTFOLIO_SECRETARY.test(reading.title);
  if (!object && (ministerial || (!reading.deputy && JURISDICTION_TITLES.has(reading.title)))) {
    object =
      openingCountry(ctx, s) ??
      reportedCountry(ctx, s, person) ??
      ctx.jurisdiction ??
      speakerCountry(ctx, s, person) ??
      (JURISDICTION_TITLES.has(reading.title) ? soleCountryOf(ctx, s) : undefined);
  }
  // "Home Secretary X" in an article that names no country but names the Home Office.
  if (!object && !reading.deputy) object = departmentBody(ctx, reading.title);
  if (!object) return undefined;
  if (object.type === 'PERSON' && kind !== 'SPOKESPERSON_FOR') return undefined;
  // "regional president": not the head of the country, whatever the text says the region is in.
  const leadsCountry = kind === 'LEADS' && object.type === 'COUNTRY';
  // "Cuban parliamentary speaker X", "Kenyan army commander X": a head of a body in the country, not of the country.
  const headOfBody = leadsCountry && !HEAD_OF_COUNTRY_TITLES.has(reading.title);
  const subordinate = reading.former || reading.indefinite || (leadsCountry && reading.deputy) || reading.second || headOfBody;
  const predicate = kind === 'LEADS' && subordinate ? 'HOLDS_ROLE' : kind;
  return { subject: person, object, predicate, role, confidence: reading.affiliation ? 0.9 : 0.6 };
}

/** Titles standing before the name, read right to left: "Danish Prime Minister and Council chairman X". */
export function titlesBefore(ctx: ReadContext, s: AnalysedSentence, m: Mention): RoleReading[] {
  const readings: RoleReading[] = [];
  let j = m.first - 1;
  // "Country Director Dr. X": past honorifics, and the period of an abbreviated one.
  for (;;) {
    const k = s.tokens[j]?.text === '.' ? j - 1 : j;
    if (!s.cues.some((c) => c.kind === 'honorific' && c.last - 1 === k)) break;
    j = k - 1;
  }
  const appositive = s.tokens[j]?.text === ',';
  if (appositive) j--;
  // "The secretary general of the TLC (Tarsk Labour Council), X": past the parenthesis.
  if (appositive && s.tokens[j]?.text === ')') {
    const open = s.tokens
      .slice(Math.max(0, j - 8), j)
      .map((t) => t.text)
      .lastIndexOf('(');
    if (open >= 0) j = Math.max(0, j - 8) + open - 1;
  }
  for (;;) {
    const head = titleWithBodyAfter(ctx, s, j);
    if (!head) break;
    j = head.title.first - 1;
    let former = false;
    // "Deputy Governor X": a capitalised qualifier is part of the title but still makes it a second's.
    let deputy = SUBORDINATE.has(s.tokens[j]?.lower ?? '');
    // "EU foreign policy chief X" heads a field of the EU, not the EU.
    let second = SECOND_QUALIFIERS.has(s.tokens[j]?.lower ?? '') || (head.title.portfolio === true && TITLES[head.title.title] === 'LEADS');
    while (
      j >= 0 &&
      (!s.tokens[j]?.cap || plainCapital(s, j)) &&
      (ROLE_QUALIFIERS.has(s.tokens[j]?.lower ?? '') || SUBORDINATE.has(s.tokens[j]?.lower ?? ''))
    ) {
      const w = s.tokens[j]?.lower ?? '';
      if (PAST_QUALIFIERS.has(w)) former = true;
      if (SUBORDINATE.has(w)) deputy = true;
      if (SECOND_QUALIFIERS.has(w)) second = true;
      j--;
    }
    let affiliation = head.affiliation;
    if (!affiliation) {
      const owner = affiliationBefore(ctx, s, j);
      affiliation = owner.entity;
      j = owner.next;
    } else {
      // "Paris director of Amnesty International": the place before the title only qualifies it.
      const qualifier = referentEndingAt(ctx, s, j);
      if (qualifier) j = qualifier.first - 1;
    }
    // "Acting Cuban leader X", "the former Kenyan president X": a qualifier before the country qualifies the title too.
    while (j >= 0 && (PAST_QUALIFIERS.has(s.tokens[j]?.lower ?? '') || SUBORDINATE.has(s.tokens[j]?.lower ?? ''))) {
      if (PAST_QUALIFIERS.has(s.tokens[j]?.lower ?? '')) former = true;
      else deputy = true;
      j--;
    }
    // "President X of Freedonia", "Governor X of the Central Bank": the body after the name.
    if (!affiliation && !readings.length) affiliation = bodyOfAfterName(ctx, s, m);
    readings.push({ title: head.title.title, ...(affiliation ? { affiliation } : {}), former, deputy, second });
    if (s.tokens[j]?.lower !== 'and') break;
    j--;
  }
  // After a comma only a possessed title is a role ("Nordwind's director, X"); a bare one is a list.
  return appositive ? readings.filter((r) => r.affiliation) : readings;
}

/**
 * The title ending at token `j`, with the body named after it: "Ambassador to Germany", "President of
 * Russia", "a spokeswoman for the bureau", or a bare title ("Agriculture and Forestry Minister").
 */
function titleWithBodyAfter(ctx: ReadContext, s: AnalysedSentence, j: number): { title: TitleMatch; affiliation?: EntityDraft } | undefined {
  // "the president of the Aldra region, X": a place-kind noun may follow the place's name.
  const kindNoun = PLACE_KIND_NOUNS.has(s.tokens[j]?.lower ?? '') && !s.tokens[j]?.cap;
  const tail = referentEndingAt(ctx, s, j) ?? (kindNoun ? referentEndingAt(ctx, s, j - 1) : undefined);
  // "The governor of the Bank of Canada, X": a determiner may stand between the link and the body.
  const linkAt = tail ? (s.tokens[tail.first - 1]?.lower === 'the' ? tail.first - 2 : tail.first - 1) : -1;
  const link = tail ? s.tokens[linkAt]?.lower : undefined;
  if (tail && (link === 'to' || link === 'of' || link === 'for' || link === 'in')) {
    const t = titleEndingAt(s, linkAt - 1);
    // "Ambassador to Germany" and "the special envoy for Sudan" serve the country that sent them; "a
    // spokesman for X" speaks for X.
    const sentTo = link === 'to' || (link === 'for' && t !== undefined && ENVOY_TITLES.has(t.title));
    if (t && link !== 'in') return { title: t, ...(sentTo ? {} : { affiliation: tail.entity }) };
    if (t && countryIn(ctx, s, linkAt, t.title) === tail.entity) return { title: t, affiliation: tail.entity };
  }
  const word = s.tokens[j]?.lower ?? '';
  if (describedHead(word) && !s.tokens[j]?.cap) {
    const at = s.tokens[j - 1]?.lower === 'the' ? j - 2 : j - 1;
    const t = ['for', 'of', 'at'].includes(s.tokens[at]?.lower ?? '') ? titleEndingAt(s, at - 1) : undefined;
    if (t) {
      const body = describedBody(ctx, describedHead(word) as string, s.span.index);
      return { title: t, ...(body ? { affiliation: body } : {}) };
    }
  }
  // A title the mention stage read as one piece ("Agriculture and Forestry Minister"), or the longest
  // title of the lexicon ending here ("Prime Minister", not "Minister"), whichever is longer.
  const cue = s.cues.find((c) => c.kind === 'title' && c.last - 1 === j && c.title);
  const fromCue = cue?.title ? { title: cue.title, first: cue.first, last: cue.last } : undefined;
  const fromLexicon = titleEndingAt(s, j);
  const title = fromCue && (!fromLexicon || fromCue.first < fromLexicon.first) ? fromCue : fromLexicon;
  return title ? { title } : portfolioAfter(s, j);
}

/**
 * The country after "in" at token `inAt` that a title's holder serves: "the defence minister in
 * Burundi". Only a country (a minister "in Paris" may be visiting), and not for envoys, who serve
 * the country that sent them.
 */
function countryIn(ctx: ReadContext, s: AnalysedSentence, inAt: number, title: string): EntityDraft | undefined {
  // Ministers and secretaries only: "the top commander in Mali" leads no country.
  if (s.tokens[inAt]?.lower !== 'in' || ENVOY_TITLES.has(title) || !(MINISTERIAL_TITLE.test(title) || PORTFOLIO_SECRETARY.test(title))) return undefined;
  const place = referentAfterArticle(ctx, s, inAt + 1);
  return place?.entity.type === 'COUNTRY' ? place.entity : undefined;
}

/** "Minister of Education X", "Secretary for Foreign Affairs X": a title with its portfolio after it. */
function portfolioAfter(s: AnalysedSentence, j: number): { title: TitleMatch } | undefined {
  let k = j;
  while (k > j - 4 && k >= 0 && (plainCapital(s, k) || (s.tokens[k]?.lower === 'and' && k < j))) k--;
  if (k === j || !['of', 'for'].includes(s.tokens[k]?.lower ?? '')) return undefined;
  const title = titleEndingAt(s, k - 1);
  // The holder heads a field of the body ("commissioner for Home Affairs"), not the body.
  return title && PORTFOLIO_TITLES.has(title.title) ? { title: { ...title, last: j + 1, portfolio: true } } : undefined;
}

/** "President X of Freedonia", "Governor X of the Central Bank": a country or body right after the name. */
function bodyOfAfterName(ctx: ReadContext, s: AnalysedSentence, m: Mention): EntityDraft | undefined {
  if (s.tokens[m.last]?.lower !== 'of') return undefined;
  const body = referentAfterArticle(ctx, s, m.last + 1);
  return body && body.entity.type !== 'PERSON' && body.entity.type !== 'CITY' && body.entity.type !== 'EVENT' ? body.entity : undefined;
}

const COUNTRY_WORDS = new Set(['country', 'nation', 'government', 'state']);

/**
 * Whom "its" or "their" at token `j` refers to: a body named before it in the sentence; else the
 * common noun that opens the sentence as its subject ("The guards installed their former commander": the guards,
 * no named body; "The ministry said its spokesman": the ministry named earlier); else the last
 * body named in the sentences before.
 */
function possessorOf(ctx: ReadContext, s: AnalysedSentence, j: number): EntityDraft | undefined {
  const named = lastBodyBefore(ctx, s.span.index, j);
  if (s.mentions.some((m) => m.last <= j && ctx.resolution.entityOf(m) === named)) return named;
  const noun = s.tokens[1];
  if (j > 2 && s.tokens[0]?.lower === 'the' && noun?.word && !noun.cap && !titleStartingAt(s, 1)) {
    const head = describedHead(noun.lower);
    return head ? describedBody(ctx, head, s.span.index) : undefined;
  }
  return named;
}

/** The body a title before a name belongs to, read leftwards from token `j`, and where reading stops. */
function affiliationBefore(ctx: ReadContext, s: AnalysedSentence, j: number): { entity?: EntityDraft; next: number } {
  const t = s.tokens[j];
  const word = t?.lower ?? '';
  const with_ = (entity: EntityDraft | undefined, next: number): { entity?: EntityDraft; next: number } => (entity ? { entity, next } : { next });
  if (COUNTRY_WORDS.has(word) && !t?.cap) {
    // "government spokeswoman X": the country the article is about.
    return with_(ctx.jurisdiction ?? latestOfType(ctx, s.span.index, 'COUNTRY'), j - 1);
  }
  if (t?.text === "'s" && COUNTRY_WORDS.has(s.tokens[j - 1]?.lower ?? '') && s.tokens[j - 2]?.lower === 'the') {
    // "the country's army spokesman": the country named last.
    return with_(latestOfType(ctx, s.span.index, 'COUNTRY'), j - 3);
  }
  if (t?.text === "'s" && s.tokens[j - 1] && !s.tokens[j - 1]?.cap && titleEndingAt(s, j - 1)) {
    // "the prime minister's spokeswoman, X": whoever holds that title.
    const owner = titleEndingAt(s, j - 1) as TitleMatch;
    const next = s.tokens[owner.first - 1]?.lower === 'the' ? owner.first - 2 : owner.first - 1;
    return with_(holderOfTitle(ctx, owner.title, s.span.index), next);
  }
  if (word === 'its' || word === 'their') return with_(possessorOf(ctx, s, j), j - 1);
  if (describedHead(word) && !t?.cap) {
    // "ministry spokeswoman X", "the party's secretary-general": a body named earlier.
    const next = s.tokens[j - 1]?.lower === 'the' ? j - 2 : j - 1;
    return with_(describedBody(ctx, describedHead(word) as string, s.span.index), next);
  }
  if (t?.text === "'s" && describedHead(s.tokens[j - 1]?.lower ?? '')) {
    return with_(describedBody(ctx, describedHead(s.tokens[j - 1]?.lower ?? '') as string, s.span.index), j - 2);
  }
  if (t?.text === "'s") {
    // "Freedonia's president, X": the possessor.
    const owner = referentEndingAt(ctx, s, j - 1);
    return owner ? { entity: owner.entity, next: owner.first - 1 } : { next: j };
  }
  // "Freedonian President X", "Velora Police spokeswoman X": a name or demonym before the title.
  const owner = referentEndingAt(ctx, s, j);
  return owner && owner.entity.type !== 'PERSON' ? { entity: owner.entity, next: owner.first - 1 } : { next: j };
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);

/** "X, the chief executive of Hong Kong", "X, a US peace envoy", "X, spokesperson for the Taliban". */
export function titleAfter(ctx: ReadContext, s: AnalysedSentence, m: Mention): RoleReading | undefined {
  let k = m.last;
  if (s.tokens[k]?.text !== ',') return undefined;
  k++;
  const indefinite = s.tokens[k]?.lower === 'a' || s.tokens[k]?.lower === 'an';
  if (DETERMINERS.has(s.tokens[k]?.lower ?? '')) k++;
  let affiliation: EntityDraft | undefined;
  const before = referentStartingAt(ctx, s, k);
  if (before && before.entity.type !== 'PERSON') {
    affiliation = before.entity;
    k = before.last;
    if (s.tokens[k]?.text === "'s") k++;
  } else if (COUNTRY_WORDS.has(s.tokens[k]?.lower ?? '') && s.tokens[k + 1]?.text === "'s") {
    // "X, the country's prime minister": the country named last.
    affiliation = latestOfType(ctx, s.span.index, 'COUNTRY');
    k += 2;
  } else if (describedHead(s.tokens[k]?.lower ?? '') && s.tokens[k + 1]?.text === "'s") {
    // "X, the party's secretary-general"
    affiliation = describedBody(ctx, describedHead(s.tokens[k]?.lower ?? '') as string, s.span.index);
    k += 2;
  }
  // "the country's Conservative prime minister": a party's adjective only qualifies the title.
  const qualified = titleStartingAt(s, k + 1);
  if (affiliation && s.tokens[k]?.cap && qualified && JURISDICTION_TITLES.has(qualified.title) && entityOf(ctx, mentionStartingAt(s, k))?.type !== 'PERSON')
    k++;
  let former = false;
  let deputy = false;
  let second = false;
  // "the deputy spokesman for X": a subordinate word that is a title of its own qualifies the next one.
  if (SUBORDINATE.has(s.tokens[k]?.lower ?? '') && titleStartingAt(s, k)?.last === k + 1 && titleStartingAt(s, k + 1)) {
    deputy = true;
    second = SECOND_QUALIFIERS.has(s.tokens[k]?.lower ?? '');
    k++;
  }
  while (!titleStartingAt(s, k) && (ROLE_QUALIFIERS.has(s.tokens[k]?.lower ?? '') || SUBORDINATE.has(s.tokens[k]?.lower ?? ''))) {
    if (PAST_QUALIFIERS.has(s.tokens[k]?.lower ?? '')) former = true;
    if (SUBORDINATE.has(s.tokens[k]?.lower ?? '')) deputy = true;
    if (SECOND_QUALIFIERS.has(s.tokens[k]?.lower ?? '')) second = true;
    k++;
  }
  // "a senior Brazil researcher at X": a place that only narrows the title.
  const narrowing = !titleStartingAt(s, k) ? referentStartingAt(ctx, s, k) : undefined;
  if (narrowing && PLACE_TYPES.has(narrowing.entity.type) && titleStartingAt(s, narrowing.last)) k = narrowing.last;
  // "X, a senior Tarsk Union official": the body after the qualifiers owns the title.
  else if (narrowing && !affiliation && narrowing.entity.type !== 'PERSON' && titleStartingAt(s, narrowing.last)) {
    affiliation = narrowing.entity;
    k = narrowing.last;
  }
  const title = titleStartingAt(s, k);
  if (!title) return undefined;
  k = title.last;
  // "chairman and chief executive of X": both titles are of the body after the second.
  const also = s.tokens[k]?.lower === 'and' ? titleStartingAt(s, k + 1) : undefined;
  if (also) k = also.last;
  // "Talks ended with X, Russian president Y said": the title is Y's, the comma no apposition.
  if (entityOf(ctx, mentionStartingAt(s, k))?.type === 'PERSON') return undefined;
  const link = s.tokens[k]?.lower;
  // "Quellin's head of marketing", "chief of staff": the head of a department, not of the body.
  const department = link === 'of' && Boolean(s.tokens[k + 1]?.word) && !s.tokens[k + 1]?.cap && !NOT_DEPARTMENTS.has(s.tokens[k + 1]?.lower ?? '');
  if (department) second = true;
  // "Quellin's head of marketing for Africa": the possessor is the body; what follows narrows the department.
  if (department && affiliation) return { title: title.title, affiliation, former, deputy, second, indefinite };
  if (link === 'of' || link === 'for' || link === 'to' || link === 'at' || link === 'from' || link === 'with') {
    // "A, the President of the European Parliament B, and C": the title is B's, after its body.
    if (nameRightAfterBody(ctx, s, k + 1)) return undefined;
    const after = link === 'for' ? (possessedBodyAfter(ctx, s, k + 1) ?? bodyAfter(ctx, s, k + 1)) : bodyAfter(ctx, s, k + 1);
    if (after && link !== 'to') affiliation = after;
  }
  const inCountry = link === 'in' ? countryIn(ctx, s, k, title.title) : undefined;
  if (inCountry && !affiliation) affiliation = inCountry;
  return { title: title.title, ...(affiliation ? { affiliation } : {}), former, deputy, second, indefinite };
}

/** "spokesperson for the United Nations' High Commissioner for Human Rights": the body a body owns, right after it. */
function possessedBodyAfter(ctx: ReadContext, s: AnalysedSentence, from: number): EntityDraft | undefined {
  const owner = referentAfterArticle(ctx, s, from);
  if (!owner || PLACE_TYPES.has(owner.entity.type) || owner.entity.type === 'PERSON' || !isPossessiveMark(s.tokens[owner.last])) return undefined;
  const owned = referentStartingAt(ctx, s, owner.last + 1);
  return owned && owned.entity.type !== 'PERSON' && !PLACE_TYPES.has(owned.entity.type) ? owned.entity : undefined;
}

/** A person's name right after a body's name, within the phrase from token `from`. */
function nameRightAfterBody(ctx: ReadContext, s: AnalysedSentence, from: number): boolean {
  for (let j = from; j < Math.min(s.tokens.length, from + 8) && ![',', '.', ';'].includes(s.tokens[j]?.text ?? ''); j++) {
    const body = entityOf(ctx, mentionEndingAt(s, j - 1));
    if (body && body.type !== 'PERSON' && entityOf(ctx, mentionStartingAt(s, j))?.type === 'PERSON') return true;
  }
  return false;
}

/** The body a title implies when the text names none ("Senator" -> the Senate, "Chief Justice" -> the top court). */
function bodyForTitle(ctx: ReadContext, title: string): EntityDraft | undefined {
  const pattern = BODY_TITLES[title];
  if (!pattern) return undefined;
  const bodies = governmentBodies(ctx).filter((e) => pattern.test(e.name));
  if (bodies.length <= 1) return bodies[0];
  const top = bodies.filter((e) => /\b(supreme|constitutional|national|federal)\b/i.test(e.name));
  return top.length === 1 ? top[0] : undefined;
}

/** Words that make a body a department of government: "Interior Ministry", "Home Office". */
const DEPARTMENT_HEADS = /\b(ministry|office|department|secretariat)\b/i;

/** The one body of the department the title names ("the Interior Ministry" for an interior minister). */
function departmentBody(ctx: ReadContext, title: string): EntityDraft | undefined {
  const department = departmentOfTitle(title);
  if (!department) return undefined;
  const word = new RegExp(`\\b${department}\\b`, 'i');
  const bodies = governmentBodies(ctx).filter((e) => DEPARTMENT_HEADS.test(e.name) && word.test(e.name));
  return bodies.length === 1 ? bodies[0] : undefined;
}

const bodiesCache = new WeakMap<ReadContext, EntityDraft[]>();
/** The document's government bodies, listed once per document. */
export function governmentBodies(ctx: ReadContext): EntityDraft[] {
  const known = bodiesCache.get(ctx);
  if (known) return known;
  const bodies = ctx.resolution.entities.filter((e) => e.type === 'GOVERNMENT_BODY');
  bodiesCache.set(ctx, bodies);
  return bodies;
}

/** "In neighbouring Senegal, President X said": the country a sentence opens in. */
function openingCountry(ctx: ReadContext, s: AnalysedSentence): EntityDraft | undefined {
  if (s.tokens[0]?.lower !== 'in') return undefined;
  const comma = s.tokens.findIndex((t) => t.text === ',');
  const first = s.mentions.find((m) => m.last <= comma && ctx.resolution.entityOf(m)?.type === 'COUNTRY');
  return first ? ctx.resolution.entityOf(first) : undefined;
}

/**
 * "Velmar will send troops to Tarsk, Prime Minister X said": a head or minister with no country, who
 * reports what the country that opens the sentence will do, is that country's (an article about
 * Tarsk may name it more often).
 */
function reportedCountry(ctx: ReadContext, s: AnalysedSentence, person: EntityDraft): EntityDraft | undefined {
  const m = s.mentions.find((x) => ctx.resolution.entityOf(x) === person);
  if (m === undefined || !SPEECH_VERB_SET.has(s.tokens[m.last]?.lower ?? '')) return undefined;
  let j = m.first - 1;
  while (j > m.first - 5 && s.tokens[j]?.cap) j--;
  if (s.tokens[j]?.text !== ',') return undefined;
  const start = clauseStart(s);
  const opening = s.mentions.find((x) => x.first === (s.tokens[start]?.lower === 'the' ? start + 1 : start));
  const country = opening ? ctx.resolution.entityOf(opening) : undefined;
  // What the country means to do, in its own acts: its own head announces it ("will regret this",
  // "has attacked" could be said by either side).
  const modal = opening === undefined ? '' : (s.tokens[opening.last]?.lower ?? '');
  const act = opening === undefined ? '' : (s.tokens[opening.last + (s.tokens[opening.last + 1]?.lower === 'to' ? 2 : 1)]?.lower ?? '');
  const ownAct = /^(will|plans|intends|agreed|offers|offered)$/.test(modal) && OWN_ACTS.has(act);
  return country?.type === 'COUNTRY' && ownAct ? country : undefined;
}

/** What a country's own head announces it will do: "Norway will send troops", "plans to join". */
const OWN_ACTS = new Set([
  'send',
  'deploy',
  'join',
  'sign',
  'contribute',
  'provide',
  'give',
  'open',
  'host',
  'withdraw',
  'offer',
  'hold',
  'recognise',
  'recognize',
]);

/** Where the sentence's own words start: past a dateline ("PHNOM PENH, Nov. 21 (Xinhua) -- ..."). */
function clauseStart(s: AnalysedSentence): number {
  const head = s.tokens.slice(0, 12);
  const dash = head.findIndex((t) => /^(-+|—|–)$/.test(t.text));
  if (dash <= 0 || !s.tokens[0]?.cap) return 0;
  let k = dash;
  while (/^(-+|—|–)$/.test(s.tokens[k + 1]?.text ?? '')) k++;
  return k + 1;
}

/**
 * "The Polish government said X, the interior minister, ...", "France's foreign ministry said X, the
 * minister, ...": a title with no body, right after the speech verb of a speaker of one country, is
 * that country's. Nothing when the speaker's clause names two countries, or none.
 */
function speakerCountry(ctx: ReadContext, s: AnalysedSentence, person: EntityDraft): EntityDraft | undefined {
  const m = s.mentions.find((x) => ctx.resolution.entityOf(x) === person);
  const verb = m === undefined ? -1 : m.first - 1;
  if (!SPEECH_VERB_SET.has(s.tokens[verb]?.lower ?? '')) return undefined;
  let start = verb;
  while (start > 0 && s.tokens[start - 1]?.text !== ',' && s.tokens[start - 1]?.text !== ';') start--;
  const places = new Map<string, { first: number; last: number }>();
  for (const c of s.cues) if (c.kind === 'demonym' && c.country && c.first >= start && c.last <= verb) places.set(c.country, c);
  for (const x of s.mentions) {
    if (x.first < start || x.last > verb) continue;
    const entity = ctx.resolution.entityOf(x);
    for (const code of entity?.type === 'COUNTRY' ? [...x.countries, ...entity.countries] : x.countries) places.set(code, x);
  }
  const [only, ...more] = [...places];
  return only && more.length === 0 ? ctx.resolution.countryFor(only[0], s, only[1].first, only[1].last) : undefined;
}

/**
 * "he met with President X in Lindor", "beside President X near Tamsa": when the article has no
 * dominant country, the one country the sentence places itself in (named, or through its cities).
 */
const soleCountries = new WeakMap<AnalysedSentence, EntityDraft | null>();
function soleCountryOf(ctx: ReadContext, s: AnalysedSentence): EntityDraft | undefined {
  // Read once per sentence: a sentence of thousands of titled names would otherwise be read once per name.
  let known = soleCountries.get(s);
  if (known === undefined) {
    known = readSoleCountry(ctx, s) ?? null;
    soleCountries.set(s, known);
  }
  return known ?? undefined;
}

function readSoleCountry(ctx: ReadContext, s: AnalysedSentence): EntityDraft | undefined {
  // "U.S. President X ... in Benin, where he met President Y": a country right before a title is that
  // title's, and neither sets the sentence nor makes a second head without a country.
  const titleStarts = new Set(s.cues.filter((c) => c.kind === 'title').map((c) => c.first));
  const ownedByTitle = (span: { last: number }): boolean => titleStarts.has(span.last);
  const heads = s.cues.filter((c) => c.kind === 'title' && JURISDICTION_TITLES.has(c.title ?? ''));
  const unowned = heads.filter((c) => !s.mentions.some((m) => m.last === c.first) && !s.cues.some((d) => d.kind === 'demonym' && d.last === c.first));
  // "President X said he and President Y discussed ...": with two heads, whose country it is is not said.
  if (unowned.length > 1) return undefined;
  const codes = new Set<string>();
  let located = false;
  for (const m of s.mentions) {
    const e = ctx.resolution.entityOf(m);
    if (!e || (e.type !== 'COUNTRY' && e.type !== 'CITY') || ownedByTitle(m)) continue;
    for (const c of e.countries) codes.add(c);
    // "in Lindor", "southwest of Paris": the sentence is set there ("Benin's economy" is only talked about).
    located ||= LOCATIVES.has(s.tokens[m.first - 1]?.lower ?? '');
  }
  for (const c of s.cues) if (c.kind === 'demonym' && c.country && !ownedByTitle(c)) codes.add(c.country);
  if (codes.size !== 1 || !located) return undefined;
  const [code] = codes;
  return ctx.resolution.knownCountry(code as string);
}

/** The last place of a type named in the sentence before a person ("In the town of Telvin, Mayor X"). */
function lastPlaceBefore(ctx: ReadContext, s: AnalysedSentence, type: EntityType): EntityDraft | undefined {
  const places = s.mentions.map((m) => ctx.resolution.entityOf(m)).filter((e): e is EntityDraft => e?.type === type);
  return places[places.length - 1];
}

/**
 * The last region named before the title in the sentence, if it can be a province: not a region of
 * the world the gazetteer knows with no country ("West Africa"), and not one named after the title
 * ("Governor X said the floods in Ontario").
 */
function provinceBeforeTitle(ctx: ReadContext, s: AnalysedSentence, title: string): EntityDraft | undefined {
  const cue = s.cues.find((c) => c.kind === 'title' && c.title === title) ?? s.cues.find((c) => c.kind === 'title');
  if (!cue) return undefined;
  const regions = s.mentions
    .filter((m) => m.last <= cue.first)
    .map((m) => ctx.resolution.entityOf(m))
    .filter((e): e is EntityDraft => e?.type === 'REGION' && !(e.gazetteers.size > 0 && e.countries.size === 0));
  return regions.at(-1);
}

/** "prime minister" -> "Prime Minister". */
export function titleCase(phrase: string): string {
  return phrase.replace(/\b\p{L}/gu, (c) => c.toUpperCase()).replace(/\b(Of|To|For|The)\b/g, (w) => w.toLowerCase());
}
