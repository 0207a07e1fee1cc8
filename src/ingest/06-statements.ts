// Stage 6: statements. Every direct quotation with its speaker and, when the text says so, the news
// agency that carried it. The speaker is read from the attribution after the quote ("..., he added",
// "... said a protester named X") or before it ("X said that ..."); pronouns and descriptions
// ("he", "the city police", "sources from the office") are resolved to entities named earlier.
import { ORGANISATION_TYPES } from '../domain/entity-type.js';
import { type ExtractedStatement } from '../domain/extraction.js';
import { draftId, type EntityDraft } from './04-entities.js';
import { type AnalysedSentence, type Mention, mentionPlaces } from './03-mentions.js';
import { claimId, type ReadContext } from './context.js';
import { CARRIER_LINKS, TELL_VERBS } from './model/triggers.js';
import { SPEECH_VERB_SET } from './model/vocabulary.js';
import { TITLES } from './model/titles.js';
import { isQuoted, type QuoteSpan } from './quotes.js';
import { timeIn } from './dates.js';
import { describedBody, describedHead } from './rules/descriptions.js';
import { holderOfTitle } from './sentence-tools.js';
import { type Token } from './tokens.js';
import { personBefore } from './person-trail.js';

const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
const GROUP_PRONOUNS = new Set(['they', 'them']);
const MIN_WORDS_WITHOUT_VERB = 4;
/** Cues by which a whole paragraph's quotes are credited to an agency ("In a statement quoted by Reuters"). */
const CARRY_CUES = new Set(['quoted', 'carried', 'cited', 'published', 'broadcast', 'aired']);
/** How many sentences back a paragraph's credit to an agency is looked for. */
const PARAGRAPH_LOOKBACK = 12;
const CONTINUATIONS = new Set([
  'and',
  'or',
  'but',
  'of',
  'to',
  'in',
  'for',
  'which',
  'that',
  'as',
  'with',
  'from',
  'on',
  'at',
  'by',
  'while',
  'because',
  'between',
]);
const WINDOW = 24;
const CLAUSE_CONJUNCTIONS = new Set(['and', 'but', 'while', 'whereas']);
/** Words that open a subordinate clause after "said,": what follows is more of what was said. */
const SUBORDINATORS = new Set(['as', 'because', 'although', 'though', 'which', 'where', 'when']);
/** Verbs and phrases that credit a news agency: "quoted by Reuters", "told AFP", "according to The Guardian". */
const AGENCY_CUES = new Set([
  'according',
  'reported',
  'reports',
  'told',
  'quoted',
  'carried',
  'cited',
  'citing',
  'via',
  'sent',
  'broadcast',
  'aired',
  'published',
]);

interface Attribution {
  readonly speaker?: EntityDraft;
  readonly agency?: EntityDraft;
  /** True when a speech verb introduces the quote, even if no speaker stands in the range read. */
  readonly verb?: boolean;
}

interface Draft {
  speaker: EntityDraft | null;
  agency: EntityDraft | null;
  texts: string[];
  sentence: AnalysedSentence;
  start: number;
  end: number;
}

/** The last statement read, as the next quotation may continue it. */
interface Previous {
  readonly paragraph: number;
  readonly sentence: number;
  readonly attribution: Attribution;
  /** The quotation was left open at the end of its paragraph: the next paragraph's opening quote goes on with it. */
  readonly runsOn: boolean;
}

const CLOSING_MARKS = new Set(['"', "'"]);

/** True when a colon stands right before the quotation ('... forthcoming: "The Home Secretary ..."'). */
function introducedByColon(text: string, open: number): boolean {
  let k = open - 1;
  while (k >= 0 && /\s/.test(text[k] ?? '')) k--;
  return text[k] === ':';
}

/**
 * The attribution a quotation opening a paragraph carries over from the paragraph before: a quotation
 * left open there goes on here (news style for quotes of several paragraphs), and a paragraph ending
 * in a colon introduces it ('X called the ruling "dangerous":').
 */
function continuedQuote(ctx: ReadContext, q: QuoteSpan, s: AnalysedSentence, previous: Previous | undefined): Attribution | undefined {
  const before = ctx.sentences[s.span.index - 1];
  if (!before || before.span.paragraph !== q.paragraph - 1 || s.span.paragraph !== q.paragraph) return undefined;
  if (firstTokenFrom(s, s.span.start) !== firstTokenFrom(s, q.open)) return undefined;
  if (previous?.paragraph === q.paragraph - 1 && previous.runsOn) return previous.attribution;
  if (!before.span.text.trimEnd().endsWith(':')) return undefined;
  if (previous?.sentence === before.span.index && previous.attribution.speaker) return previous.attribution;
  const speaker = subjectOfSentence(ctx, before, before.span.end);
  return speaker ? { speaker } : undefined;
}

/** The statements of the document, one per quotation. */
export function findStatements(ctx: ReadContext): ExtractedStatement[] {
  const drafts: Draft[] = [];
  let previous: Previous | undefined;
  let lastCollective: EntityDraft | undefined;
  for (const [index, q] of ctx.quotes.entries()) {
    const inner = ctx.text.slice(q.open + 1, q.close).trim();
    const words = inner.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    const sOpen = sentenceAt(ctx, q.open);
    const sClose = sentenceAt(ctx, q.close) ?? sOpen;
    if (!sOpen || !sClose || !words.length) continue;
    const after = readAfter(ctx, q, ctx.quotes[index + 1]?.open, sentenceAfterQuote(ctx, q, sClose), lastCollective);
    const before = readBefore(ctx, q, ctx.quotes[index - 1]?.close, sOpen, lastCollective);
    const sharesAttributedSentence = previous?.sentence === sOpen.span.index && Boolean(previous.attribution.speaker);
    const hasVerb = Boolean(after.speaker || before.speaker || after.agency || sharesAttributedSentence);
    if (words.length < MIN_WORDS_WITHOUT_VERB && !hasVerb) continue;
    // One quoted word is a scare quote unless a person is said to have said it ("the damage was 'severe'").
    // 'called the ruling "dangerous" and "ideological"': a word quoted beside one a person said is theirs too.
    const sentenceSpeaker = sharesAttributedSentence ? previous?.attribution.speaker : undefined;
    if (words.length === 1 && (after.speaker ?? before.speaker ?? sentenceSpeaker)?.type !== 'PERSON') continue;
    // 'X defended the record: "..."': a quote a colon introduces is the words of the sentence's subject.
    const introduced = before.verb || introducedByColon(ctx.text, q.open);
    let speaker = after.speaker ?? before.speaker ?? (introduced ? subjectOfSentence(ctx, sOpen, q.open) : undefined);
    const continued = !after.speaker && !before.speaker ? continuedQuote(ctx, q, sOpen, previous) : undefined;
    let agency = after.agency ?? before.agency ?? agencyInSentence(ctx, sClose) ?? agencyInParagraph(ctx, q, sClose);
    if (continued) {
      speaker = continued.speaker ?? speaker;
      agency ??= continued.agency;
    }
    if (!speaker && previous?.paragraph === q.paragraph) speaker = previous.attribution.speaker;
    if (!speaker && firstTokenFrom(sOpen, sOpen.span.start) === firstTokenFrom(sOpen, q.open)) speaker = speakerOfSentenceBefore(ctx, sOpen, lastCollective);
    // '"...", according to the Lindor Times': with no other source named, the newspaper is the source.
    if (!speaker && agency && accordingTo(ctx, sClose, agency)) speaker = agency;
    if (speaker && ORGANISATION_TYPES.has(speaker.type) && speaker.type !== 'NEWS_AGENCY') lastCollective = speaker;
    previous = {
      paragraph: q.paragraph,
      sentence: sOpen.span.index,
      attribution: { ...(speaker ? { speaker } : {}), ...(agency ? { agency } : {}) },
      runsOn: !CLOSING_MARKS.has(ctx.text[q.close] ?? ''),
    };
    drafts.push({ speaker: speaker ?? null, agency: agency ?? null, texts: [inner], sentence: sOpen, start: q.open, end: q.close + 1 });
  }
  // A quotation nobody is credited with says nothing about who said what: it is no statement.
  return drafts
    .filter((d) => d.speaker !== null)
    .map((d) => {
      const text = d.texts.join(' ... ');
      const speaker = draftId(d.speaker as EntityDraft);
      const when = timeIn(d.sentence.span.text, ctx.publishedAt);
      return {
        id: claimId('stmt', ctx.docId, String(d.start), text),
        speaker,
        text,
        reportedBy: d.agency && d.agency !== d.speaker ? draftId(d.agency) : null,
        evidence: ctx.evidence(d.sentence.span, d.start, d.end),
        ...(when ? { when } : {}),
      };
    });
}

function sentenceAt(ctx: ReadContext, offset: number): AnalysedSentence | undefined {
  let lo = 0;
  let hi = ctx.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ctx.sentences[mid] as AnalysedSentence;
    if (offset < s.span.start) hi = mid - 1;
    else if (offset > s.span.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Tokens of sentence `s` between two document offsets (found by halving: a sentence may hold many quotes). */
function tokenRange(s: AnalysedSentence, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = firstTokenFrom(s, from); i < s.tokens.length; i++) {
    const t = s.tokens[i] as Token;
    if (t.start >= to) break;
    if (t.end <= to) out.push(i);
  }
  return out;
}

/** Index of the first token of `s` that starts at or after `offset` (the token count when none does). */
function firstTokenFrom(s: AnalysedSentence, offset: number): number {
  let lo = 0;
  let hi = s.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((s.tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The sentence that may attribute a quote after it: the quote's own, or, when a quotation that ends
 * a sentence of its own ('"Is it over?" Vell said.') closes it, the next sentence of the paragraph,
 * if it starts right after the closing mark.
 */
function sentenceAfterQuote(ctx: ReadContext, q: QuoteSpan, s: AnalysedSentence): AnalysedSentence {
  // Only a question or an exclamation ends its sentence inside the quotation marks and is still
  // attributed after them ('"...," X said' keeps its comma).
  // Tokens are in text order: a token after the closing mark is the last one (a sentence may hold many quotes).
  if ((s.tokens.at(-1)?.start ?? -1) > q.close || !/[?!]/.test(ctx.text[q.close - 1] ?? '')) return s;
  const next = ctx.sentences[s.span.index + 1];
  if (!next || next.span.paragraph !== s.span.paragraph || ctx.text.slice(q.close + 1, next.span.start).trim() !== '') return s;
  // Only a sentence that is nothing but an attribution: "Vell said.", "the organization said on
  // Monday." ("Vell said the talks failed." says something of its own).
  const opening = next.tokens.slice(0, MAX_ATTRIBUTION_OPENING + 1);
  const verbAt = opening.findIndex((t) => SPEECH_VERB_SET.has(t.lower));
  // A short sentence: few tokens in all (read without a scan of a long one), few of them words.
  const short = next.tokens.length <= MAX_ATTRIBUTION_WORDS + 4 && next.tokens.filter((t) => t.word).length <= MAX_ATTRIBUTION_WORDS;
  return verbAt >= 0 && short ? next : s;
}
/** Tokens before the speech verb of an attribution that opens the sentence after a quote. */
const MAX_ATTRIBUTION_OPENING = 4;
/** Words of a sentence that only attributes: "the organization's spokeswoman said on Monday". */
const MAX_ATTRIBUTION_WORDS = 8;

/** The attribution after a quote: '..., he added', '... said a protester named Mira', '..., TASS reported'. */
function readAfter(ctx: ReadContext, q: QuoteSpan, next: number | undefined, s: AnalysedSentence, lastCollective: EntityDraft | undefined): Attribution {
  const nextOpen = next ?? Number.MAX_SAFE_INTEGER;
  let range = tokenRange(s, q.close + 1, Math.min(nextOpen, s.span.end)).slice(0, WINDOW);
  // '"...", he said' attributes; '"..." and of selling grain' goes on with the sentence instead, and
  // only a closing clause can attribute it ('the "main gap" between A and B, he added').
  const opener = s.tokens[range[0] ?? -1]?.lower ?? '';
  // '"...", and the embassy said ...': a comma and a conjunction open a new clause, as a bare conjunction does.
  const conjoined = opener === ',' && CLAUSE_CONJUNCTIONS.has(s.tokens[range[1] ?? -1]?.lower ?? '');
  if (CONTINUATIONS.has(opener) || conjoined) {
    const lastComma = range.filter((i) => s.tokens[i]?.text === ',').at(-1);
    if (lastComma === undefined) return {};
    range = range.filter((i) => i > lastComma);
    if (range.length > 4) return {};
  }
  const verbAt = range.find((i) => SPEECH_VERB_SET.has((s.tokens[i] as Token).lower));
  if (verbAt === undefined) return {};
  // '..., Okafor, a senator from the ruling party, told The AP': the first name after the quote speaks;
  // a news agency in the attribution carried the words ("..., Russian news agency TASS reported").
  const window = range.filter((i) => i !== verbAt);
  // '..., the premier said, adding that Velmar would help': the clause after a comma and a participle
  // or conjunction, or after "that", is what else was said, not who said it. A comma before a name
  // ('said the charity's director, X') goes on with who said it.
  const opensClause = (i: number): boolean => {
    const next = s.tokens[i + 1];
    return (
      s.tokens[i]?.text === ',' &&
      next !== undefined &&
      !next.cap &&
      (/ing$/.test(next.lower) || CLAUSE_CONJUNCTIONS.has(next.lower) || SUBORDINATORS.has(next.lower))
    );
  };
  // "that" right after the verb or a comma opens what was said; after a noun it is a relative ("the agency that runs").
  const thatClause = (i: number): boolean => s.tokens[i]?.lower === 'that' && (i === verbAt + 1 || s.tokens[i - 1]?.text === ',');
  const clauseEnd = window.find((i) => i > verbAt && (thatClause(i) || opensClause(i))) ?? Number.MAX_SAFE_INTEGER;
  const candidates = [...window.filter((i) => i < verbAt), ...window.filter((i) => i > verbAt && i < clauseEnd)];
  const found = candidates.map((i) => referentAt(ctx, s, i, q.open, lastCollective)).filter((e): e is EntityDraft => Boolean(e));
  const agency = found.find((e) => e.type === 'NEWS_AGENCY');
  const speaker = pickSpeaker(found.filter((e) => e.type !== 'NEWS_AGENCY'));
  return { ...(speaker ? { speaker } : {}), ...(agency ? { agency } : {}) };
}

/** The attribution before a quote: 'X said that "..."', 'the city police stressed that ... "..."'. */
function readBefore(ctx: ReadContext, q: QuoteSpan, previous: number | undefined, s: AnalysedSentence, lastCollective: EntityDraft | undefined): Attribution {
  const prevClose = previous ?? -1;
  const range = tokenRange(s, Math.max(prevClose + 1, s.span.start), q.open);
  const verbs = range.filter((i) => SPEECH_VERB_SET.has((s.tokens[i] as Token).lower) || isSourceCue(s, i));
  // "According to X, ..." names the source wherever other verbs stand.
  const verbAt = verbs.find((i) => isSourceCue(s, i)) ?? chainStart(s, verbs);
  if (verbAt === undefined) return {};
  let agency: EntityDraft | undefined;
  // "X told the Russian news agency Sputnik that ...": the agency follows the verb. In "X said
  // Reuters had erred" it is part of what was said.
  for (const i of range.filter((k) => k > verbAt)) {
    const found = referentAt(ctx, s, i, q.open, lastCollective);
    if (found?.type === 'NEWS_AGENCY' && carrierBefore(s, verbAt, i)) agency ??= found;
  }
  // "According to a memo posted by Senator X": the source follows "according to".
  if (isSourceCue(s, verbAt)) {
    // "in the words of the Crown prosecutor, Mark Tedeschi": a person named in the source outranks a body.
    const sources = range.filter((k) => k > verbAt).map((i) => referentAt(ctx, s, i, q.open, lastCollective));
    const source = sources.find((e) => e?.type === 'PERSON') ?? sources.find((e) => e && ORGANISATION_TYPES.has(e.type));
    if (source?.type !== 'NEWS_AGENCY')
      return source ? { speaker: source, ...(agency ? { agency } : {}) } : readBeforeVerb(ctx, q, s, range, verbAt, lastCollective, agency);
    // "X said, according to AFP, that ...": the agency carries what X said; alone, it is the source.
    // Only the verb the "according to" aside follows: "X said, according to AFP, that".
    const said = s.tokens[verbAt - 1]?.text === ',' && SPEECH_VERB_SET.has(s.tokens[verbAt - 2]?.lower ?? '') ? verbAt - 2 : undefined;
    return said === undefined ? { agency: source } : readBeforeVerb(ctx, q, s, range, said, lastCollective, source);
  }
  return readBeforeVerb(ctx, q, s, range, verbAt, lastCollective, agency);
}

/** The speaker named before the verb at `verbAt`, with the agency that carried the words if known. */
function readBeforeVerb(
  ctx: ReadContext,
  q: QuoteSpan,
  s: AnalysedSentence,
  range: readonly number[],
  verbAt: number,
  lastCollective: EntityDraft | undefined,
  agency: EntityDraft | undefined,
): Attribution {
  // Nearest first, each token with what it refers to (read once).
  const earlier = range
    .filter((k) => k < verbAt)
    .reverse()
    .map((k) => ({ k, entity: referentAt(ctx, s, k, q.open, lastCollective) }));
  const found = earlier.map((x) => x.entity).filter((e): e is EntityDraft => Boolean(e) && e?.type !== 'NEWS_AGENCY');
  // "X met Y on Saturday and told Y that, '...'": a verb joined by "and" shares its clause's subject,
  // the first person named since the last comma ("After A met B, C spoke and said" is C's), not the one met.
  const coordinated = s.tokens[verbAt - 1]?.lower === 'and';
  const clauseStart = coordinated ? (earlier.find((x) => s.tokens[x.k]?.text === ',')?.k ?? -1) : -1;
  const subject = coordinated ? earlier.filter((x) => x.k > clauseStart && x.entity?.type === 'PERSON').at(-1)?.entity : undefined;
  const speaker = subject ?? pickSpeaker(found, true);
  return { ...(speaker ? { speaker } : {}), ...(agency ? { agency } : {}), verb: true };
}

/**
 * True when the name at token `at` is the carrier of what the verb at `verbAt` reports: the object
 * of a verb of telling ("told the state news agency X"), or after a carrier link ("said on X",
 * "in an interview with X"), a few descriptor words between.
 */
function carrierBefore(s: AnalysedSentence, verbAt: number, at: number): boolean {
  let j = at - 1;
  const isLink = (k: number): boolean => CARRIER_LINKS.has(s.tokens[k]?.lower ?? '') || s.tokens[k]?.lower === 'with';
  while (j > verbAt && at - j <= 5 && !isLink(j) && s.tokens[j]?.word && !s.tokens[j]?.cap) j--;
  if (j === verbAt) return TELL_VERBS.has(s.tokens[j]?.lower ?? '');
  // The link belongs to the verb ("said on X", "said in an interview with X"), not to a noun of what
  // was said ("said the claims made by X", "said the ban on X").
  const ofVerb = j <= verbAt + 1 || s.tokens.slice(verbAt + 1, j).some((t) => t.lower === 'interview' || t.lower === 'statement');
  return isLink(j) && ofVerb;
}

/**
 * The verb whose subject speaks: the last one, unless it is joined by "and" to an earlier one that
 * shares its subject ('X thanked Y for coming and praised him for his "..."': X, not Y).
 */
function chainStart(s: AnalysedSentence, verbs: readonly number[]): number | undefined {
  let k = verbs.length - 1;
  while (k > 0 && s.tokens[(verbs[k] as number) - 1]?.lower === 'and') k--;
  return verbs[k];
}

/**
 * 'President X said he and Y discussed the economy. "He shared his vision with us."': a quotation that
 * opens a sentence with no attribution of its own goes on with the speaker of the sentence before, in
 * the same paragraph, when that sentence reports speech of a person.
 */
function speakerOfSentenceBefore(ctx: ReadContext, s: AnalysedSentence, lastCollective: EntityDraft | undefined): EntityDraft | undefined {
  const before = ctx.sentences[s.span.index - 1];
  if (!before || before.span.paragraph !== s.span.paragraph) return undefined;
  const verbs = before.tokens.flatMap((t, i) => (SPEECH_VERB_SET.has(t.lower) && !isQuoted(ctx.quotes, t.start) ? [i] : []));
  const verbAt = chainStart(before, verbs);
  if (verbAt === undefined) return undefined;
  const earlier: EntityDraft[] = [];
  for (let i = verbAt - 1; i >= 0; i--) {
    const t = before.tokens[i] as Token;
    if (isQuoted(ctx.quotes, t.start)) continue;
    const e = referentAt(ctx, before, i, before.span.end, lastCollective);
    if (e && e.type !== 'NEWS_AGENCY') earlier.push(e);
  }
  const speaker = pickSpeaker(earlier, true);
  return speaker?.type === 'PERSON' ? speaker : undefined;
}

/** True when the sentence credits `agency` with "according to". */
function accordingTo(ctx: ReadContext, s: AnalysedSentence, agency: EntityDraft): boolean {
  return s.mentions.some((m) => {
    if (ctx.resolution.entityOf(m) !== agency) return false;
    const k = s.tokens[m.first - 1]?.lower === 'the' ? m.first - 1 : m.first;
    return s.tokens[k - 1]?.lower === 'to' && s.tokens[k - 2]?.lower === 'according';
  });
}

/** "according to X", "in the words of X": a phrase that names the source of what follows. */
function isSourceCue(s: AnalysedSentence, i: number): boolean {
  const t = s.tokens[i]?.lower;
  if (t === 'according') return true;
  return t === 'words' && s.tokens[i - 1]?.lower === 'the' && s.tokens[i + 1]?.lower === 'of';
}

/** 'President X praised Y for his "...", and said ... "..."': the first person the sentence names before the quote. */
function subjectOfSentence(ctx: ReadContext, s: AnalysedSentence, before: number): EntityDraft | undefined {
  for (const m of s.mentions) {
    if (m.start >= before) break;
    if (isQuoted(ctx.quotes, m.start)) continue;
    const e = ctx.resolution.entityOf(m);
    if (e?.type === 'PERSON') return e;
  }
  return undefined;
}

/**
 * The likeliest speaker among candidates in reading preference: a person; else a body, the one the
 * clause opens with when reading backwards ("UEFA, ..., of which the TFF is a member, said");
 * else a country.
 */
function pickSpeaker(candidates: readonly EntityDraft[], subjectLast = false): EntityDraft | undefined {
  const pick = (pool: readonly EntityDraft[]): EntityDraft | undefined => (subjectLast ? pool[pool.length - 1] : pool[0]);
  return (
    candidates.find((e) => e.type === 'PERSON') ??
    pick(candidates.filter((e) => ORGANISATION_TYPES.has(e.type))) ??
    pick(candidates.filter((e) => e.type === 'COUNTRY'))
  );
}

/** What token `i` refers to: a name, a pronoun or a description such as "the city police". */
function referentAt(ctx: ReadContext, s: AnalysedSentence, i: number, quoteStart: number, lastCollective: EntityDraft | undefined): EntityDraft | undefined {
  const m = mentionPlaces(s).covering[i];
  if (m) return ctx.resolution.entityOf(m);
  const t = s.tokens[i] as Token;
  if (PERSON_PRONOUNS.has(t.lower)) {
    const from = firstTokenAtOrAfter(s, quoteStart, i);
    // The people the quote names with a title or honorific are spoken of ("'Mr X must explain,'
    // he said" is not X's); a speaker may name themself or their family ("I, X, ...", "the X family").
    const addressed = (m: Mention): boolean => s.cues.some((c) => (c.kind === 'honorific' || c.kind === 'title') && c.last === m.first);
    const named = new Set(s.mentions.filter((m) => m.first >= from && m.last <= i && addressed(m)).flatMap((m) => ctx.resolution.entityOf(m) ?? []));
    return personBefore(ctx, s.span.index, from, t.lower, named);
  }
  if (GROUP_PRONOUNS.has(t.lower)) return lastCollective ?? groupLeader(ctx, s.span.index);
  const head = describedHead(t.lower);
  if (head) return describedBody(ctx, head, s.span.index);
  if (TITLES[t.lower] && ['the', 'a'].includes(s.tokens[i - 1]?.lower ?? '')) return holderOfTitle(ctx, t.lower, s.span.index);
  return undefined;
}

function firstTokenAtOrAfter(s: AnalysedSentence, offset: number, fallback: number): number {
  const i = firstTokenFrom(s, offset);
  return i < s.tokens.length ? Math.min(i, fallback) : fallback;
}

/** "they" after a sentence naming several people: the first of them. */
function groupLeader(ctx: ReadContext, sentence: number): EntityDraft | undefined {
  for (let k = sentence - 1; k >= Math.max(0, sentence - 3); k--) {
    const s = ctx.sentences[k] as AnalysedSentence;
    const people = s.mentions.map((m) => ctx.resolution.entityOf(m)).filter((e) => e?.type === 'PERSON');
    if (new Set(people).size >= 2) return people[0];
  }
  return undefined;
}

const agencies = new WeakMap<AnalysedSentence, EntityDraft | null>();

/** "..., according to The Guardian": an agency credited anywhere in the sentence; read once per sentence. */
function agencyInSentence(ctx: ReadContext, s: AnalysedSentence): EntityDraft | undefined {
  const known = agencies.get(s);
  if (known !== undefined) return known ?? undefined;
  const cues = s.tokens.flatMap((t, i) => (AGENCY_CUES.has(t.lower) ? [i] : []));
  let found: EntityDraft | undefined;
  for (const i of cues) {
    for (const m of s.mentions) {
      const e = ctx.resolution.entityOf(m);
      if (e?.type === 'NEWS_AGENCY' && Math.abs(m.first - i) <= 6) {
        found = e;
        break;
      }
    }
    if (found) break;
  }
  agencies.set(s, found ?? null);
  return found;
}

/** An agency credited earlier in the paragraph ("In a statement quoted by Reuters, the CRM said ..."). */
function agencyInParagraph(ctx: ReadContext, q: QuoteSpan, from: AnalysedSentence): EntityDraft | undefined {
  // Earlier sentences of the paragraph, nearest first, a bounded look back.
  for (let k = from.span.index; k >= Math.max(0, from.span.index - PARAGRAPH_LOOKBACK); k--) {
    const s = ctx.sentences[k] as AnalysedSentence;
    if (s.span.paragraph !== q.paragraph) break;
    const carries = carriesBy(s);
    const found = carries ? agencyInSentence(ctx, s) : undefined;
    if (found) return found;
  }
  return undefined;
}

const carrying = new WeakMap<AnalysedSentence, boolean>();

/** True when the sentence credits a carrier ("quoted by", "carried by"); read once per sentence. */
function carriesBy(s: AnalysedSentence): boolean {
  let known = carrying.get(s);
  if (known === undefined) {
    known = s.tokens.some((t, i) => CARRY_CUES.has(t.lower) && s.tokens[i + 1]?.lower === 'by');
    carrying.set(s, known);
  }
  return known;
}
