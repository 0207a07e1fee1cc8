// Role rules (LEADS, HOLDS_ROLE, SPOKESPERSON_FOR): a title beside a person's name says whom the
// person leads, speaks for or serves. The title readers are in titles.ts.
import { PLACE_TYPES } from '../../domain/entity-type.js';
import { type AnalysedSentence } from '../03-mentions.js';
import { type EntityDraft } from '../04-entities.js';
import { type ReadContext } from '../context.js';
import { APPOINTED_VERBS, COUNTERPART_NOUNS, LEAD_VERBS, LED_BY_VERBS, SUCCEED_VERBS } from '../model/triggers.js';
import { POLITICIAN_NOUNS, TITLES } from '../model/titles.js';
import { entityOf, mentionEndingAt, mentionStartingAt, referentEndingAt, referentStartingAt } from '../sentence-tools.js';
import { type Token } from '../tokens.js';
import { PASSIVE_AUXILIARIES, bodyAfter, clauseSubject, lastBodyBefore, latestOfType, pastTitles, subjectAfterOpening, titleStartingAt } from './readers.js';
import { describedBody, describedHead } from './descriptions.js';
import { type Claim, defineFamily, pattern, type RuleInput } from './rule.js';
import { DESCRIBED_LEADER } from './described-leader.js';
import { JURISDICTION_TITLES, SECOND_QUALIFIERS, roleClaim, titleAfter, titlesBefore } from './titles.js';

const claims = (xs: readonly (Claim | undefined)[]): Claim[] => xs.filter((c): c is Claim => Boolean(c));

/** "Freedonian Prime Minister X", "Velora Police spokeswoman X", "Nordwind's director, X". */
const titleBeforeName = pattern({
  predicate: 'LEADS',
  triggers: 'mention',
  confidence: 0.9,
  read({ ctx }, s, at) {
    const m = mentionStartingAt(s, at);
    const person = entityOf(ctx, m);
    if (!m || person?.type !== 'PERSON') return [];
    const readings = titlesBefore(ctx, s, m);
    if (readings.length) return claims(readings.map((r) => roleClaim(ctx, s, person, r)));
    return claims([officeBefore(ctx, s, m.first, person)]);
  },
});

/**
 * "UN High Commissioner for Refugees X": an office the gazetteer names with a title inside it, right
 * before the name, is the body the person holds that title in.
 */
function officeBefore(ctx: ReadContext, s: AnalysedSentence, first: number, person: EntityDraft): Claim | undefined {
  const office = referentEndingAt(ctx, s, first - 1);
  if (!office || office.entity.type === 'PERSON' || PLACE_TYPES.has(office.entity.type)) return undefined;
  for (let k = office.first; k < first; k++) {
    const title = titleStartingAt(s, k);
    if (title && title.last <= first)
      return roleClaim(ctx, s, person, { title: title.title, affiliation: office.entity, former: false, deputy: false, second: false });
  }
  return undefined;
}

/** "X, the president of Freedonia", "X, a Freedonian peace envoy", "X, spokesperson for the Council". */
const appositiveTitle = pattern({
  predicate: 'LEADS',
  triggers: 'mention',
  confidence: 0.9,
  read({ ctx }, s, at) {
    const m = mentionStartingAt(s, at);
    const person = entityOf(ctx, m);
    if (!m || person?.type !== 'PERSON') return [];
    const reading = titleAfter(ctx, s, m);
    return claims([reading ? roleClaim(ctx, s, person, reading) : undefined]);
  },
});

/** "X, who leads the opposition Civic Renewal Movement": a relative clause naming the role. */
const whoLeads = pattern({
  predicate: 'LEADS',
  triggers: ['who'],
  confidence: 0.8,
  read({ ctx }, s, i) {
    if (s.tokens[i - 1]?.text !== ',') return [];
    const person = entityOf(ctx, mentionEndingAt(s, i - 2));
    if (!person || person.type !== 'PERSON') return [];
    // "X, who seized power three years ago and chairs the ruling Council": the verb within the clause.
    let v = i + 1;
    while (v < s.tokens.length && v < i + 12 && s.tokens[v]?.text !== ',' && !LEAD_VERBS.has(s.tokens[v]?.lower ?? '')) v++;
    if (!LEAD_VERBS.has(s.tokens[v]?.lower ?? '')) return [];
    // "X, who has ruled the country since 1990": the country named last.
    const theCountry = s.tokens[v + 1]?.lower === 'the' && COUNTRY_NOUNS.has(s.tokens[v + 2]?.lower ?? '');
    const body = theCountry ? latestOfType(ctx, s.span.index, 'COUNTRY') : bodyAfter(ctx, s, v + 1);
    return body && body.type !== 'PERSON' ? [{ subject: person, object: body, role: 'Leader' }] : [];
  },
});

/**
 * "the Coastal Unity Party, led by X,", "the mission is headed by X", "a panel chaired by X":
 * the person after "by" (past any title) leads the body right before the verb.
 */
const ledBy = pattern({
  predicate: 'LEADS',
  triggers: Object.keys(LED_BY_VERBS),
  confidence: 0.8,
  read({ ctx }, s, i) {
    if (s.tokens[i + 1]?.lower !== 'by') return [];
    let k = i - 1;
    if (s.tokens[k]?.text === ',') k--;
    else while (PASSIVE_AUXILIARIES.has(s.tokens[k]?.lower ?? '') || ['has', 'have', 'had'].includes(s.tokens[k]?.lower ?? '')) k--;
    // "the party led by X": the party named before; "the Tarsk Unity (TU) party led by X": the name before its acronym.
    const head = s.tokens[k - 1]?.lower === 'the' && !s.tokens[k]?.cap ? describedHead(s.tokens[k]?.lower ?? '') : undefined;
    const named =
      s.tokens[k - 1]?.text === ')' && s.tokens[k - 3]?.text === '(' && describedHead(s.tokens[k]?.lower ?? '') ? referentEndingAt(ctx, s, k - 4) : undefined;
    const body = referentEndingAt(ctx, s, k)?.entity ?? named?.entity ?? (head ? describedBody(ctx, head, s.span.index) : undefined);
    const person = entityOf(ctx, mentionStartingAt(s, pastTitles(ctx, s, s.tokens[i + 2]?.lower === 'the' ? i + 3 : i + 2)));
    if (!body || body.type === 'PERSON' || person?.type !== 'PERSON') return [];
    return [{ subject: person, object: body, role: LED_BY_VERBS[s.tokens[i]?.lower ?? ''] ?? 'Leader' }];
  },
});

/** Verbs of leading that take a body as their object in a main clause: "X heads the Workers Union". */
/** Lower-case words that may qualify the body a person heads: "leads the opposition X". */
const BODY_QUALIFIERS = new Set([
  'opposition',
  'ruling',
  'governing',
  'main',
  'new',
  'small',
  'country',
  "country's",
  'national',
  'state',
  'powerful',
  'influential',
]);
/** Words that may follow the body a person heads: the clause goes on ("heads the Union, which", "since 2019"). */
const HEAD_CLAUSE_WORDS = new Set(['and', 'which', 'that', 'since', 'until', 'in', 'for', 'from', 'with', 'at', 'on', 'as', 'but', 'who', 'after', 'during']);
const HEADS_VERBS = new Set(['leads', 'heads', 'headed', 'chairs', 'chaired', 'runs', 'directs', 'commands', 'founded']);

/** "Tavo Renn heads the Tarsk Workers Union", "Anna Velk chairs the board of Velquist Holdings". */
const headsBody = pattern({
  predicate: 'LEADS',
  triggers: [...HEADS_VERBS],
  confidence: 0.75,
  read({ ctx }, s, i) {
    // "X, who heads ..." is whoLeads'; here the person is the clause's subject right before the verb.
    const subject = mentionEndingAt(s, i - 1);
    const person = entityOf(ctx, subject);
    if (person?.type !== 'PERSON' || s.tokens[i - 2]?.lower === 'who') return [];
    // The object right after the verb: "heads the (opposition) X", not "chairs the meeting of X" or "leads X's list".
    let k = s.tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1;
    while (k < i + 5 && s.tokens[k]?.word && !s.tokens[k]?.cap && BODY_QUALIFIERS.has(s.tokens[k]?.lower ?? '')) k++;
    const body = referentStartingAt(ctx, s, k);
    // "leads the WHO team investigating": the body only qualifies a noun; "leads the Tarsk Marathon": an event.
    const after = s.tokens[body?.last ?? -1];
    const qualifiesNoun = after?.text === "'s" || Boolean(after?.word && !after.cap && !HEAD_CLAUSE_WORDS.has(after.lower));
    if (!body || body.entity.type === 'PERSON' || body.entity.type === 'EVENT' || PLACE_TYPES.has(body.entity.type) || qualifiesNoun) return [];
    return [{ subject: person, object: body.entity, role: 'Leader' }];
  },
});

/** "X was sworn in as Freedonia's governor", "X became its president". */
const asTitle = pattern({
  predicate: 'LEADS',
  triggers: ['as'],
  confidence: 0.9,
  read({ ctx }, s, i) {
    const pronoun = ['its', 'their'].includes(s.tokens[i + 1]?.lower ?? '');
    const named = pronoun ? undefined : referentStartingAt(ctx, s, i + 1);
    // "elected X as the country's new president": the country of the clause's subject.
    const theCountrys = s.tokens[i + 1]?.lower === 'the' && COUNTRY_NOUNS.has(s.tokens[i + 2]?.lower ?? '') && s.tokens[i + 3]?.text === "'s";
    const owner = pronoun
      ? { entity: lastBodyBefore(ctx, s.span.index, i), last: i + 2 }
      : theCountrys
        ? { entity: subjectCountry(ctx, s, i), last: i + 4 }
        : named && s.tokens[named.last]?.text === "'s"
          ? { entity: named.entity, last: named.last + 1 }
          : undefined;
    if (!owner?.entity) return bareTitleAfterAs(ctx, s, i);
    let at = owner.last;
    while (AS_QUALIFIERS.has(s.tokens[at]?.lower ?? '')) at++;
    const title = titleStartingAt(s, at);
    if (!title) return [];
    // "After being sworn in as Lindor's prime minister, X visited": the subject after the opening phrase.
    const person = personBeforeAs(ctx, s, i) ?? subjectAfterOpening(ctx, s, i, (e) => e.type === 'PERSON');
    return claims([person ? roleClaim(ctx, s, person, { title: title.title, affiliation: owner.entity, former: false }) : undefined]);
  },
});

/**
 * "Tunisia's veteran opposition leader X": the country whose possessive opens the noun phrase before
 * token `first`, when the phrase names a politician ("Norway's longtime rival X" does not).
 */
function possessingCountry(ctx: RuleInput['ctx'], s: AnalysedSentence, first: number): EntityDraft | undefined {
  let political = false;
  for (let j = first - 1; j >= Math.max(0, first - 6); j--) {
    const t = s.tokens[j];
    if (t?.text === "'s") {
      const owner = referentEndingAt(ctx, s, j - 1)?.entity;
      return owner?.type === 'COUNTRY' && political ? owner : undefined;
    }
    if (!t?.word) return undefined;
    political ||= POLITICIAN_NOUNS.has(t.lower);
  }
  return undefined;
}

/**
 * The country of the clause's subject before token `i` ("The Albanian parliament elected X, a former
 * ambassador to Italy, as the country's president": Albania): the first named in the sentence, by
 * name or demonym, else the last of the sentences before.
 */
function subjectCountry(ctx: RuleInput['ctx'], s: AnalysedSentence, i: number): EntityDraft | undefined {
  const cue = s.cues.find((c) => c.kind === 'demonym' && c.country && c.last <= i);
  const mention = s.mentions.find((m) => m.last <= i && ctx.resolution.entityOf(m)?.type === 'COUNTRY');
  if (cue?.country && (!mention || cue.first < mention.first)) return ctx.resolution.countryFor(cue.country, s, cue.first, cue.last);
  return mention ? ctx.resolution.entityOf(mention) : latestOfType(ctx, s.span.index - 1, 'COUNTRY');
}

const COPULAS = ['is', 'was', 'became', 'becomes', 'remains', 'remained'];
const COPULA_ADVERBS = new Set(['now', 'also', 'currently', 'still']);
const COUNTRY_NOUNS = new Set(['country', 'nation']);
const TIME_ADVERBS = new Set(['today', 'yesterday', 'now', 'also', 'then', 'later', 'since']);

/**
 * "X is the president of Estonia", "X became Norway's prime minister", "X is the US Secretary of
 * State": a title after a copula, with its body named (a bare "X is the president" says not of what).
 */
const copularTitle = pattern({
  predicate: 'LEADS',
  triggers: COPULAS,
  confidence: 0.85,
  read({ ctx }, s, i) {
    // "X is", "X, who became": the person right before the copula or its relative pronoun.
    const relative = s.tokens[i - 1]?.lower === 'who' && s.tokens[i - 2]?.text === ',';
    const person = entityOf(ctx, mentionEndingAt(s, relative ? i - 3 : i - 1));
    if (person?.type !== 'PERSON') return [];
    let k = i + 1;
    while (COPULA_ADVERBS.has(s.tokens[k]?.lower ?? '')) k++;
    // "X was parliament speaker and head of the Unity Party": the conjunct that names its body.
    const and = s.tokens.slice(k, k + 5).findIndex((t) => t.lower === 'and');
    const first = titleComplement(ctx, s, k);
    const complement = first?.body || and < 0 ? first : (titleComplement(ctx, s, k + and + 1) ?? first);
    // A bare "X is the president" says not of what; "X became president" takes office (of the
    // country the article is about, as for "Prime Minister X").
    const became = s.tokens[i]?.lower === 'became' || s.tokens[i]?.lower === 'becomes';
    if (!complement || (!complement.body && !became)) return [];
    const { title, body, deputy, second, indefinite } = complement;
    const former = s.tokens[i]?.lower === 'was';
    return claims([roleClaim(ctx, s, person, { title, ...(body ? { affiliation: body } : {}), former, deputy, second, indefinite })]);
  },
});

/**
 * "X was named prime minister of Estonia", "X has been elected president", "X was appointed the
 * new UK Prime Minister": a passive of appointment with its title. Without a body, the title's
 * jurisdiction (the country the article is about) as for "Prime Minister X".
 */
const appointedTitle = pattern({
  predicate: 'LEADS',
  triggers: [...APPOINTED_VERBS],
  confidence: 0.85,
  read({ ctx }, s, i) {
    let aux = i - 1;
    // "was today appointed", "was formally named".
    if (TIME_ADVERBS.has(s.tokens[aux]?.lower ?? '') || /^[a-z]+ly$/.test(s.tokens[aux]?.text ?? '')) aux--;
    if (!PASSIVE_AUXILIARIES.has(s.tokens[aux]?.lower ?? '')) return [];
    if (s.tokens[aux]?.lower === 'been') aux--;
    const mention = mentionEndingAt(s, aux - 1);
    const person = entityOf(ctx, mention);
    const complement = person?.type === 'PERSON' ? titleComplement(ctx, s, i + 1) : undefined;
    if (!person || !complement || !mention) return [];
    const { title, deputy, second, indefinite } = complement;
    // "Tunisia's veteran opposition leader X was elected president": the country that owns the phrase.
    // Not when the title is of something the text names after it ("president of the assembly's panel").
    const ofSomething = s.tokens.slice(i + 1, i + 5).some((t) => t.lower === 'of');
    const body = complement.body ?? (JURISDICTION_TITLES.has(title) && !ofSomething ? possessingCountry(ctx, s, mention.first) : undefined);
    return claims([roleClaim(ctx, s, person, { title, ...(body ? { affiliation: body } : {}), former: false, deputy, second, indefinite })]);
  },
});

/**
 * The title a clause gives from token `k`: "the new UK Prime Minister", "Norway's prime minister",
 * "the Norwegian prime minister", "president of the Lindor Football Club"; its body when named.
 */
function titleComplement(
  ctx: RuleInput['ctx'],
  s: AnalysedSentence,
  from: number,
): { title: string; body?: EntityDraft; deputy: boolean; second: boolean; indefinite: boolean } | undefined {
  let k = from;
  const indefinite = ['a', 'an'].includes(s.tokens[k]?.lower ?? '');
  if (indefinite || s.tokens[k]?.lower === 'the') k++;
  let deputy = false;
  let second = false;
  for (;;) {
    const w = s.tokens[k]?.lower ?? '';
    if (!AS_QUALIFIERS.has(w) && !SECOND_QUALIFIERS.has(w)) break;
    deputy ||= AS_SECONDS.has(w);
    second ||= SECOND_QUALIFIERS.has(w);
    k++;
  }
  const named = referentStartingAt(ctx, s, k);
  const possessive = named && s.tokens[named.last]?.text === "'s";
  const demonym = s.cues.find((c) => c.kind === 'demonym' && c.first === k && c.country);
  let owner: EntityDraft | undefined;
  if (named && (possessive || named.entity.type === 'COUNTRY')) {
    owner = named.entity;
    k = named.last + (possessive ? 1 : 0);
  } else if (demonym?.country) {
    owner = ctx.resolution.countryFor(demonym.country, s, demonym.first, demonym.last);
    k = demonym.last;
  }
  const title = titleStartingAt(s, k);
  // "X is a member of Y" is the member-of rules' to read.
  if (!title || TITLES[title.title] === 'MEMBER_OF') return undefined;
  const body = owner ?? (s.tokens[title.last]?.lower === 'of' ? bodyAfter(ctx, s, title.last + 1) : undefined);
  return { title: title.title, ...(body ? { body } : {}), deputy, second, indefinite };
}

/** The person a clause with "as" is about: the nearest one named before it. */
function personBeforeAs(ctx: RuleInput['ctx'], s: AnalysedSentence, i: number): EntityDraft | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const e = entityOf(ctx, mentionEndingAt(s, j));
    if (e?.type === 'PERSON') return e;
  }
  return undefined;
}

const AS_QUALIFIERS = new Set(['new', 'next', 'interim', 'acting', 'caretaker']);
const AS_SECONDS = new Set(['interim', 'acting', 'caretaker']);

/**
 * "announced X as the new prime minister", "X was named as president of the Council": a title with
 * no possessor, whose body is named after it or else is the country the article is about.
 */
function bareTitleAfterAs(ctx: RuleInput['ctx'], s: AnalysedSentence, i: number): Claim[] {
  let k = i + 1;
  if (s.tokens[k]?.lower === 'the') k++;
  let deputy = false;
  while (AS_QUALIFIERS.has(s.tokens[k]?.lower ?? '')) deputy ||= AS_SECONDS.has(s.tokens[k++]?.lower ?? '');
  const title = titleStartingAt(s, k);
  const named = title && s.tokens[i - 1]?.word ? personBeforeAs(ctx, s, i) : undefined;
  const mention = s.mentions.find((m) => ctx.resolution.entityOf(m) === named && m.last <= i);
  if (!title || !named || !mention || i - mention.last > 3) return [];
  // "X succeeded Y as prime minister": the office is X's.
  const verb = mention.first - 1;
  const person = SUCCEED_VERBS.has(s.tokens[verb]?.lower ?? '') ? clauseSubject(ctx, s, verb, (e) => e.type === 'PERSON') : named;
  if (!person) return [];
  // "governor of the Lindor Province", "governor of Nairobi": a body or a place after "of".
  const after = s.tokens[title.last]?.lower === 'of' ? title.last + (s.tokens[title.last + 1]?.lower === 'the' ? 2 : 1) : -1;
  const place = after > 0 ? referentStartingAt(ctx, s, after)?.entity : undefined;
  const body = after > 0 ? (bodyAfter(ctx, s, title.last + 1) ?? (place && PLACE_TYPES.has(place.type) ? place : undefined)) : undefined;
  return claims([roleClaim(ctx, s, person, { title: title.title, ...(body ? { affiliation: body } : {}), former: false, deputy })]);
}

/** "The presidents of A, B and C — X, Y and Z — attended": titles paired with people in order. */
const titlesOfList = pattern({
  predicate: 'LEADS',
  triggers: Object.keys(TITLES)
    .filter((t) => !t.includes(' '))
    .map((t) => `${t}s`),
  confidence: 0.9,
  read({ ctx }, s, i) {
    const single = (s.tokens[i]?.lower ?? '').slice(0, -1);
    // "the prime ministers of A and B": the longer title wins.
    const title = TITLES[`${s.tokens[i - 1]?.lower ?? ''} ${single}`] ? `${s.tokens[i - 1]?.lower ?? ''} ${single}` : single;
    if (s.tokens[i + 1]?.lower !== 'of') return [];
    const countries: EntityDraft[] = [];
    let k = i + 2;
    while (k < s.tokens.length) {
      const found = referentStartingAt(ctx, s, k);
      if (!found || found.entity.type !== 'COUNTRY') break;
      countries.push(found.entity);
      k = found.last;
      let next = k;
      if ([',', 'and'].includes(s.tokens[next]?.lower ?? '')) next++;
      if (s.tokens[next]?.lower === 'and') next++;
      if (next === k || referentStartingAt(ctx, s, next)?.entity.type !== 'COUNTRY') break;
      k = next;
    }
    if (countries.length < 2 || ![',', '—', '–', '-', '('].includes(s.tokens[k]?.text ?? '')) return [];
    const people = peopleFrom(ctx, s, k + 1).slice(0, countries.length);
    if (people.length !== countries.length) return [];
    return claims(countries.map((country, n) => roleClaim(ctx, s, people[n] as EntityDraft, { title, affiliation: country, former: false })));
  },
});

/** "X and his Danish, Swedish and Irish counterparts, A, B and C": each counterpart holds X's title. */
const counterparts = pattern({
  predicate: 'HOLDS_ROLE',
  triggers: [...COUNTERPART_NOUNS],
  confidence: 0.9,
  read({ ctx }, s, at) {
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
    const people = peopleFrom(ctx, s, at + 1);
    if (!countries.length || people.length < countries.length) return [];
    // The role is the one the first person holds: "Austrian foreign minister X and his ... counterparts".
    const lead = s.mentions.find((m) => m.last <= at && entityOf(ctx, m)?.type === 'PERSON');
    const reading = lead ? titlesBefore(ctx, s, lead)[0] : undefined;
    if (!reading) return [];
    return claims(countries.map((country, k) => roleClaim(ctx, s, people[k] as EntityDraft, { title: reading.title, affiliation: country, former: false })));
  },
});

/** The people named from token `from` on, in order. */
function peopleFrom(ctx: RuleInput['ctx'], s: AnalysedSentence, from: number): EntityDraft[] {
  return s.mentions
    .filter((m) => m.first >= from)
    .map((m) => entityOf(ctx, m))
    .filter((e): e is EntityDraft => e?.type === 'PERSON');
}

/** Titles before a name. */
export const TITLE_BEFORE_NAME = defineFamily('title-before-name', 'LEADS', [titleBeforeName]);
/** Titles after a name, in apposition. */
export const APPOSITIVE_TITLE = defineFamily('appositive-title', 'LEADS', [appositiveTitle]);
/** Roles in a clause: "X, who leads Y", "X was sworn in as Y's governor", "X was named prime minister". */
export const ROLE_CLAUSE = defineFamily('role-clause', 'LEADS', [whoLeads, ledBy, asTitle, copularTitle, appointedTitle, headsBody]);
/** Titles paired with people in order: "the presidents of A and B, X and Y", "X and his A and B counterparts, Y and Z". */
export const PAIRED_TITLES = defineFamily('paired-titles', 'LEADS', [titlesOfList, counterparts]);

export const LEADS_RULES = [TITLE_BEFORE_NAME, APPOSITIVE_TITLE, ROLE_CLAUSE, PAIRED_TITLES, DESCRIBED_LEADER] as const;
