// Role rules: a title beside a person's name says whom the person leads, speaks for, sits in or
// serves. "Kazakh President X", "Velora Police spokeswoman X", "Nordwind's director, X",
// "X, the chief executive of Hong Kong", "X, a US peace envoy", "X was sworn in as Y's governor".
import { type AnalysedSentence, type Mention } from '../03-mentions.js';
import { type EntityDraft } from '../04-entities.js';
import { type ReadContext } from '../context.js';
import { ROLE_QUALIFIERS, TITLES, type TitleKind } from '../model/titles.js';
import { entityOf, mentionEndingAt, referentEndingAt, referentStartingAt } from '../sentence-tools.js';
import { type RelationSink } from './sink.js';
import { type Token } from '../tokens.js';
import { type EntityType, PLACE_TYPES } from '../../domain/entity-type.js';
import { describedBody, describedHead } from './descriptions.js';
import { holderOfTitle } from './actions.js';

interface TitleMatch {
  readonly title: string;
  readonly first: number;
  readonly last: number;
}

interface RoleReading {
  readonly title: string;
  readonly affiliation?: EntityDraft;
  readonly former: boolean;
  /** "Deputy Governor": a second to the office, not its holder, so no jurisdiction is assumed. */
  readonly deputy?: boolean;
}

const MAX_TITLE_WORDS = 4;
/** Titles that belong to one kind of body, and the names of such bodies. */
const BODY_TITLES: Readonly<Record<string, RegExp>> = {
  senator: /\bsenate\b/i,
  member: /\b(parliament|assembly|congress)\b/i,
  'chief justice': /\bcourt\b/i,
  justice: /\bcourt\b/i,
  judge: /\bcourt\b/i,
  speaker: /\b(parliament|assembly|congress|senate|house)\b/i,
};
/** Head-of titles that, with no body named, mean the place the article is about. */
const JURISDICTION_TITLES = new Set(['president', 'governor', 'prime minister', 'chancellor', 'premier', 'attorney general']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);
/** Titles that take a portfolio word before them ("information minister", "labour secretary"). */
const PORTFOLIO_TITLES = new Set(['minister', 'secretary']);
const NOT_PORTFOLIOS = new Set(['the', 'a', 'an', 'and', 'or', 'its', 'his', 'her', 'their', 'as', 'of', 'to', 'by', 'with', 'said', 'says', 'former', 'prime']);
const LEAD_VERBS = new Set(['leads', 'led', 'heads', 'headed', 'chairs', 'chaired', 'runs', 'ran', 'founded', 'commands', 'commanded', 'directs', 'directed']);

/** Run every role rule over one sentence. */
export function findRoles(ctx: ReadContext, s: AnalysedSentence, sink: RelationSink): void {
  for (const m of s.mentions) {
    const person = entityOf(ctx, m);
    if (!person || person.type !== 'PERSON') continue;
    for (const reading of titlesBefore(ctx, s, m)) emit(ctx, s, sink, person, reading, 'title-before-name');
    const after = titleAfter(ctx, s, m);
    if (after) emit(ctx, s, sink, person, after, 'appositive-title');
    const party = partyOfPerson(ctx, s, m);
    if (party) sink.add({ subject: person, predicate: 'MEMBER_OF', object: party, rule: 'person-of-party', confidence: 0.7, sentence: s });
    const memberOf = ofTheAfter(ctx, s, m);
    if (memberOf) sink.add({ subject: person, predicate: 'MEMBER_OF', object: memberOf, rule: 'appositive-of', confidence: 0.7, sentence: s });
  }
  sworInAs(ctx, s, sink);
  counterparts(ctx, s, sink);
  whoLeads(ctx, s, sink);
  titlesOfList(ctx, s, sink);
}

/** "The presidents of Argentina, Uruguay and Paraguay — A, B and C — attended": titles paired in order. */
function titlesOfList(ctx: ReadContext, s: AnalysedSentence, sink: RelationSink): void {
  for (let i = 0; i + 2 < s.tokens.length; i++) {
    const plural = s.tokens[i]?.lower ?? '';
    const title = plural.endsWith('s') ? plural.slice(0, -1) : '';
    if (!title || !TITLES[title] || s.tokens[i + 1]?.lower !== 'of') continue;
    const countries: EntityDraft[] = [];
    let k = i + 2;
    while (k < s.tokens.length) {
      const found = referentStartingAt(ctx, s, k);
      if (!found || found.entity.type !== 'COUNTRY') break;
      countries.push(found.entity);
      k = found.last;
      if ([',', 'and'].includes(s.tokens[k]?.lower ?? '')) k++;
      if (s.tokens[k]?.lower === 'and') k++;
    }
    if (countries.length < 2 || ![',', '—', '–', '-', '('].includes(s.tokens[k]?.text ?? '')) continue;
    const people = s.mentions.filter((m) => m.first > k).map((m) => entityOf(ctx, m)).filter((e): e is EntityDraft => e?.type === 'PERSON').slice(0, countries.length);
    if (people.length !== countries.length) continue;
    countries.forEach((country, n) => emit(ctx, s, sink, people[n] as EntityDraft, { title, affiliation: country, former: false }, 'titles-of-list'));
  }
}

/** "X, who leads the opposition Civic Renewal Movement": a relative clause naming the role. */
function whoLeads(ctx: ReadContext, s: AnalysedSentence, sink: RelationSink): void {
  for (let i = 1; i < s.tokens.length; i++) {
    if (s.tokens[i]?.lower !== 'who' || s.tokens[i - 1]?.text !== ',') continue;
    const person = entityOf(ctx, mentionEndingAt(s, i - 2));
    if (!person || person.type !== 'PERSON') continue;
    // "X, who seized power three years ago and chairs the ruling Council": the verb within the clause.
    let v = i + 1;
    while (v < s.tokens.length && v < i + 12 && s.tokens[v]?.text !== ',' && !LEAD_VERBS.has(s.tokens[v]?.lower ?? '')) v++;
    if (!LEAD_VERBS.has(s.tokens[v]?.lower ?? '')) continue;
    const body = bodyAfter(ctx, s, v + 1);
    if (body && body.type !== 'PERSON') {
      sink.add({ subject: person, predicate: 'LEADS', object: body, role: 'Leader', rule: 'who-leads', confidence: 0.8, sentence: s });
    }
  }
}

function emit(ctx: ReadContext, s: AnalysedSentence, sink: RelationSink, person: EntityDraft, reading: RoleReading, rule: string): void {
  const kind = TITLES[reading.title] as TitleKind;
  const role = titleCase(reading.title) + (reading.former ? ' (former)' : '');
  let object = reading.affiliation;
  if (!object && BODY_TITLES[reading.title]) object = bodyForTitle(ctx, reading.title);
  if (!object && reading.title === 'mayor') object = lastPlaceBefore(ctx, s, 'CITY');
  if (!object && !reading.deputy && (JURISDICTION_TITLES.has(reading.title) || /minister|secretary of|junta leader/.test(reading.title))) {
    object = openingCountry(ctx, s) ?? ctx.jurisdiction;
  }
  if (!object) return;
  if (object.type === 'PERSON' && kind !== 'SPOKESPERSON_FOR') return;
  const predicate = kind === 'LEADS' && reading.former ? 'HOLDS_ROLE' : kind;
  sink.add({ subject: person, predicate, object, role, rule, confidence: reading.affiliation ? 0.9 : 0.6, sentence: s });
}

/** The longest title whose last word is token `end`; "information minister" for any portfolio. */
function titleEndingAt(s: AnalysedSentence, end: number): TitleMatch | undefined {
  for (let n = MAX_TITLE_WORDS; n >= 1; n--) {
    const first = end - n + 1;
    if (first < 0) continue;
    const words = s.tokens.slice(first, end + 1);
    if (!words.every((w) => w.word)) continue;
    const phrase = words.map((w) => w.lower).join(' ');
    if (!TITLES[phrase]) continue;
    const isPortfolio = (t: Token | undefined): boolean =>
      Boolean(t?.word && !t.cap && !ROLE_QUALIFIERS.has(t.lower) && !NOT_PORTFOLIOS.has(t.lower) && !describedHead(t.lower));
    if (n === 1 && PORTFOLIO_TITLES.has(phrase) && isPortfolio(s.tokens[first - 1])) {
      // "information minister", "water resources minister"
      const from = isPortfolio(s.tokens[first - 2]) && s.tokens[first - 2]?.lower !== 'the' ? first - 2 : first - 1;
      return { title: phrase, first: from, last: end + 1 };
    }
    return { title: phrase, first, last: end + 1 };
  }
  return undefined;
}

/** The longest title whose first word is token `start`. */
function titleStartingAt(s: AnalysedSentence, start: number): TitleMatch | undefined {
  for (let n = MAX_TITLE_WORDS; n >= 1; n--) {
    const words = s.tokens.slice(start, start + n);
    if (words.length < n || !words.every((w) => w.word)) continue;
    const phrase = words.map((w) => w.lower).join(' ');
    if (TITLES[phrase]) return { title: phrase, first: start, last: start + n };
  }
  return undefined;
}

/** Titles standing before the name, read right to left: "Danish Prime Minister and Council chairman X". */
function titlesBefore(ctx: ReadContext, s: AnalysedSentence, m: Mention): RoleReading[] {
  const readings: RoleReading[] = [];
  let j = m.first - 1;
  while (j >= 0 && s.cues.some((c) => c.kind === 'honorific' && c.last - 1 === j)) j--;
  const appositive = s.tokens[j]?.text === ',';
  if (appositive) j--;
  for (;;) {
    let title: TitleMatch | undefined;
    let affiliation: EntityDraft | undefined;
    // "Ambassador to Germany", "President of Russia": the body after the title.
    const tail = referentEndingAt(ctx, s, j);
    // "The governor of the Bank of Canada, X": a determiner may stand between the link and the body.
    const linkAt = tail ? (s.tokens[tail.first - 1]?.lower === 'the' ? tail.first - 2 : tail.first - 1) : -1;
    const link = tail ? s.tokens[linkAt]?.lower : undefined;
    if (tail && (link === 'to' || link === 'of')) {
      const t = titleEndingAt(s, linkAt - 1);
      if (t) {
        title = link === 'to' ? { ...t, title: t.title } : t;
        affiliation = link === 'of' ? tail.entity : undefined;
        j = t.first - 1;
      }
    }
    if (!title && describedHead(s.tokens[j]?.lower ?? '') && !s.tokens[j]?.cap) {
      // "A spokeswoman for the bureau, X": a body described, after the title.
      const at = s.tokens[j - 1]?.lower === 'the' ? j - 2 : j - 1;
      const t = ['for', 'of', 'at'].includes(s.tokens[at]?.lower ?? '') ? titleEndingAt(s, at - 1) : undefined;
      if (t) {
        title = t;
        affiliation = describedBody(ctx, describedHead(s.tokens[j]?.lower ?? '') as string, s.span.index);
        j = t.first - 1;
      }
    }
    if (!title) {
      // "Agriculture and Forestry Minister": a title the mention stage read as one piece.
      const cue = s.cues.find((c) => c.kind === 'title' && c.last - 1 === j && c.title);
      title = cue?.title ? { title: cue.title, first: cue.first, last: cue.last } : titleEndingAt(s, j);
      if (!title) break;
      j = title.first - 1;
    }
    let former = false;
    const deputy = ['deputy', 'vice', 'assistant', 'first', 'acting'].includes(s.tokens[j]?.lower ?? '');
    while (j >= 0 && !s.tokens[j]?.cap && ROLE_QUALIFIERS.has(s.tokens[j]?.lower ?? '')) {
      if (s.tokens[j]?.lower === 'former') former = true;
      j--;
    }
    if (!affiliation) {
      const word = s.tokens[j]?.lower ?? '';
      const countryWord = (w: string): boolean => w === 'country' || w === 'nation' || w === 'government' || w === 'state';
      if (countryWord(word) && !s.tokens[j]?.cap) {
        // "government spokeswoman X": the country the article is about.
        affiliation = ctx.jurisdiction ?? lastCountryBefore(ctx, s.span.index);
        j--;
      } else if (s.tokens[j]?.text === "'s" && countryWord(s.tokens[j - 1]?.lower ?? '') && s.tokens[j - 2]?.lower === 'the') {
        // "the country's army spokesman": the country named last.
        affiliation = lastCountryBefore(ctx, s.span.index);
        j -= 3;
      } else if (s.tokens[j]?.text === "'s" && s.tokens[j - 1] && !s.tokens[j - 1]?.cap && titleEndingAt(s, j - 1)) {
        // "the prime minister's spokeswoman, X": whoever holds that title.
        const owner = titleEndingAt(s, j - 1) as TitleMatch;
        affiliation = holderOfTitle(ctx, owner.title, s.span.index);
        j = owner.first - 1;
        if (s.tokens[j]?.lower === 'the') j--;
      } else if (word === 'its' || word === 'their') {
        // "Its national spokesman, X": the body the previous sentence was about.
        affiliation = lastBodyBefore(ctx, s.span.index, j);
        j--;
      } else if (describedHead(word) && !s.tokens[j]?.cap) {
        // "ministry spokeswoman X", "the party's secretary-general": a body named earlier.
        affiliation = describedBody(ctx, describedHead(word) as string, s.span.index);
        j--;
        if (s.tokens[j]?.lower === 'the') j--;
      } else if (s.tokens[j]?.text === "'s" && describedHead(s.tokens[j - 1]?.lower ?? '')) {
        affiliation = describedBody(ctx, describedHead(s.tokens[j - 1]?.lower ?? '') as string, s.span.index);
        j -= 2;
      } else if (s.tokens[j]?.text === "'s") {
        const owner = referentEndingAt(ctx, s, j - 1);
        if (owner) {
          affiliation = owner.entity;
          j = owner.first - 1;
        }
      } else {
        const owner = referentEndingAt(ctx, s, j);
        if (owner && owner.entity.type !== 'PERSON') {
          affiliation = owner.entity;
          j = owner.first - 1;
        }
      }
    } else {
      // "Paris director of Amnesty International": the place before the title only qualifies it.
      const qualifier = referentEndingAt(ctx, s, j);
      if (qualifier) j = qualifier.first - 1;
    }
    if (s.tokens[j]?.lower === 'former') {
      former = true;
      j--;
    }
    readings.push({ title: title.title, ...(affiliation ? { affiliation } : {}), former, deputy });
    if (s.tokens[j]?.lower === 'and') {
      j--;
      continue;
    }
    break;
  }
  // After a comma only a possessed title is a role ("Nordwind's director, X"); a bare one is a list.
  if (appositive) return readings.filter((r) => r.affiliation);
  return readings;
}

/** "X, the chief executive of Hong Kong", "X, a US peace envoy", "X, spokesperson for the Taliban". */
function titleAfter(ctx: ReadContext, s: AnalysedSentence, m: Mention): RoleReading | undefined {
  let k = m.last;
  if (s.tokens[k]?.text !== ',') return undefined;
  k++;
  if (DETERMINERS.has(s.tokens[k]?.lower ?? '')) k++;
  let affiliation: EntityDraft | undefined;
  const before = referentStartingAt(ctx, s, k);
  if (before && before.entity.type !== 'PERSON') {
    affiliation = before.entity;
    k = before.last;
    if (s.tokens[k]?.text === "'s") k++;
  } else if (describedHead(s.tokens[k]?.lower ?? '') && s.tokens[k + 1]?.text === "'s") {
    // "X, the party's secretary-general"
    affiliation = describedBody(ctx, describedHead(s.tokens[k]?.lower ?? '') as string, s.span.index);
    k += 2;
  }
  let former = false;
  while (!titleStartingAt(s, k) && ROLE_QUALIFIERS.has(s.tokens[k]?.lower ?? '')) {
    if (s.tokens[k]?.lower === 'former') former = true;
    k++;
  }
  // "a senior Brazil researcher at X": a place that only narrows the title.
  const narrowing = !titleStartingAt(s, k) ? referentStartingAt(ctx, s, k) : undefined;
  if (narrowing && PLACE_TYPES.has(narrowing.entity.type) && titleStartingAt(s, narrowing.last)) k = narrowing.last;
  const title = titleStartingAt(s, k);
  if (!title) return undefined;
  k = title.last;
  const link = s.tokens[k]?.lower;
  if (link === 'of' || link === 'for' || link === 'to' || link === 'at' || link === 'from') {
    const after = bodyAfter(ctx, s, k + 1);
    if (after && link !== 'to') affiliation = after;
  }
  return { title: title.title, ...(affiliation ? { affiliation } : {}), former };
}

/**
 * The body named from token `k`, past determiners, adjectives and a place that only locates it:
 * "the governing People's Unity Movement", "the Lisbon consultancy Numera Analítica".
 */
function bodyAfter(ctx: ReadContext, s: AnalysedSentence, k: number): EntityDraft | undefined {
  let n = k;
  while (n < s.tokens.length && n < k + 6) {
    const found = referentStartingAt(ctx, s, n);
    if (found) {
      const isPlace = PLACE_TYPES.has(found.entity.type);
      const next = s.tokens[found.last];
      const basedAdjective = /-based$/i.test(s.tokens[n]?.text ?? '');
      if (isPlace && ((next?.word && !next.cap) || basedAdjective)) {
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

/** "President X of the ruling Unity Party", "President X's Unity Party": the person's party. */
function partyOfPerson(ctx: ReadContext, s: AnalysedSentence, m: Mention): EntityDraft | undefined {
  let k = m.last;
  if (s.tokens[k]?.text === "'s") k++;
  else if (s.tokens[k]?.lower === 'of') {
    k++;
    if (s.tokens[k]?.lower === 'the') k++;
    while (['ruling', 'governing', 'opposition', 'main'].includes(s.tokens[k]?.lower ?? '')) k++;
  } else return undefined;
  const body = referentStartingAt(ctx, s, k);
  const partyLike = body && /\b(party|movement|front|congress|alliance|union|democrats|republicans)$/i.test(body.entity.name);
  return body && partyLike && body.entity.type === 'ORGANIZATION' ? body.entity : undefined;
}

/** "X, of the Oskar provincial council": membership. */
function ofTheAfter(ctx: ReadContext, s: AnalysedSentence, m: Mention): EntityDraft | undefined {
  if (s.tokens[m.last]?.text !== ',' || s.tokens[m.last + 1]?.lower !== 'of') return undefined;
  let k = m.last + 2;
  if (s.tokens[k]?.lower === 'the') k++;
  const body = referentStartingAt(ctx, s, k);
  return body && body.entity.type !== 'PERSON' && body.entity.type !== 'COUNTRY' ? body.entity : undefined;
}

/** "X was sworn in as Ohio's governor", "X became Y's president". */
function sworInAs(ctx: ReadContext, s: AnalysedSentence, sink: RelationSink): void {
  for (let i = 0; i < s.tokens.length; i++) {
    if (s.tokens[i]?.lower !== 'as') continue;
    const pronoun = ['its', 'their'].includes(s.tokens[i + 1]?.lower ?? '');
    const named = pronoun ? undefined : referentStartingAt(ctx, s, i + 1);
    const owner = pronoun
      ? { entity: lastBodyBefore(ctx, s.span.index, i), last: i + 2 }
      : named && s.tokens[named.last]?.text === "'s" ? { entity: named.entity, last: named.last + 1 } : undefined;
    if (!owner?.entity) continue;
    const title = titleStartingAt(s, owner.last);
    if (!title) continue;
    let person: EntityDraft | undefined;
    for (let j = i - 1; j >= 0 && !person; j--) {
      const e = entityOf(ctx, mentionEndingAt(s, j));
      if (e?.type === 'PERSON') person = e;
    }
    if (person && owner.entity) emit(ctx, s, sink, person, { title: title.title, affiliation: owner.entity, former: false }, 'as-possessive-title');
  }
}

/** The body a title implies when the text names none ("Senator" -> the Senate, "Chief Justice" -> the top court). */
function bodyForTitle(ctx: ReadContext, title: string): EntityDraft | undefined {
  const pattern = BODY_TITLES[title];
  if (!pattern) return undefined;
  const bodies = ctx.resolution.entities.filter((e) => e.type === 'GOVERNMENT_BODY' && pattern.test(e.name));
  if (bodies.length <= 1) return bodies[0];
  const top = bodies.filter((e) => /\b(supreme|constitutional|national|federal)\b/i.test(e.name));
  return top.length === 1 ? top[0] : undefined;
}

/** The last body (not a person or place) named before token `i` of sentence `sentence`. */
function lastBodyBefore(ctx: ReadContext, sentence: number, i: number): EntityDraft | undefined {
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

/** "In neighbouring Senegal, President X said": the country a sentence opens in. */
function openingCountry(ctx: ReadContext, s: AnalysedSentence): EntityDraft | undefined {
  if (s.tokens[0]?.lower !== 'in') return undefined;
  const comma = s.tokens.findIndex((t) => t.text === ',');
  const first = s.mentions.find((m) => m.last <= comma && ctx.resolution.entityOf(m)?.type === 'COUNTRY');
  return first ? ctx.resolution.entityOf(first) : undefined;
}

/** The last country named up to sentence `sentence`. */
function lastCountryBefore(ctx: ReadContext, sentence: number): EntityDraft | undefined {
  for (let k = sentence; k >= 0; k--) {
    const countries = (ctx.sentences[k] as AnalysedSentence).mentions.map((m) => ctx.resolution.entityOf(m)).filter((e) => e?.type === 'COUNTRY');
    if (countries.length) return countries[countries.length - 1];
  }
  return undefined;
}

/** The last place of a type named in the sentence before a person ("In the town of Telvin, Mayor X"). */
function lastPlaceBefore(ctx: ReadContext, s: AnalysedSentence, type: EntityType): EntityDraft | undefined {
  const places = s.mentions.map((m) => ctx.resolution.entityOf(m)).filter((e): e is EntityDraft => e?.type === type);
  return places[places.length - 1];
}

/** "the counterparts" construction: "X and his Danish, Swedish and Irish counterparts, A, B and C, respectively". */
function counterparts(ctx: ReadContext, s: AnalysedSentence, sink: RelationSink): void {
  const at = s.tokens.findIndex((t) => t.lower === 'counterparts' || t.lower === 'counterpart');
  if (at < 0) return;
  const countries: EntityDraft[] = [];
  for (let j = at - 1; j >= 0; j--) {
    const t = s.tokens[j] as Token;
    const found = referentEndingAt(ctx, s, j);
    if (found && found.entity.type === 'COUNTRY') {
      countries.unshift(found.entity);
      j = found.first;
      continue;
    }
    if (t.text !== ',' && t.lower !== 'and') break;
  }
  const people = s.mentions.filter((m) => m.first > at).map((m) => entityOf(ctx, m)).filter((e): e is EntityDraft => e?.type === 'PERSON');
  if (!countries.length || people.length < countries.length) return;
  // The role is the one the first person holds: "Austrian foreign minister X and his ... counterparts".
  const lead = s.mentions.find((m) => m.last <= at && entityOf(ctx, m)?.type === 'PERSON');
  const reading = lead ? titlesBefore(ctx, s, lead)[0] : undefined;
  if (!reading) return;
  countries.forEach((country, k) => {
    const person = people[k] as EntityDraft;
    emit(ctx, s, sink, person, { title: reading.title, affiliation: country, former: false }, 'counterparts');
  });
}

function titleCase(phrase: string): string {
  return phrase.replace(/\b\p{L}/gu, (c) => c.toUpperCase()).replace(/\b(Of|To|For|The)\b/g, (w) => w.toLowerCase());
}
