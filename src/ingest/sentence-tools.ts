// Reading helpers over an analysed sentence, shared by the relation, statement and fact stages:
// which mention or cue covers a token, the entity it resolves to, and the nearest ones around.
// Lookups by token go through an index built once per sentence, so that rules firing at every
// token stay linear.
import { type AnalysedSentence, type Cue, type Mention } from './03-mentions.js';
import { type EntityDraft } from './04-entities.js';
import { type ReadContext } from './context.js';
import { isQuoted } from './quotes.js';

interface SentenceIndex {
  readonly byFirst: Map<number, Mention>;
  readonly byLast: Map<number, Mention>;
  readonly demonymByFirst: Map<number, Cue>;
  readonly demonymByLast: Map<number, Cue>;
}

const indices = new WeakMap<AnalysedSentence, SentenceIndex>();

function indexOf(s: AnalysedSentence): SentenceIndex {
  const known = indices.get(s);
  if (known) return known;
  const index: SentenceIndex = { byFirst: new Map(), byLast: new Map(), demonymByFirst: new Map(), demonymByLast: new Map() };
  // The first mention or cue at a position wins, as a linear search would find it.
  for (const m of s.mentions) {
    if (!index.byFirst.has(m.first)) index.byFirst.set(m.first, m);
    if (!index.byLast.has(m.last - 1)) index.byLast.set(m.last - 1, m);
  }
  for (const c of s.cues) {
    if (c.kind !== 'demonym') continue;
    if (!index.demonymByFirst.has(c.first)) index.demonymByFirst.set(c.first, c);
    if (!index.demonymByLast.has(c.last - 1)) index.demonymByLast.set(c.last - 1, c);
  }
  indices.set(s, index);
  return index;
}

/** The mention whose last token is `i`. */
export function mentionEndingAt(s: AnalysedSentence, i: number): Mention | undefined {
  return indexOf(s).byLast.get(i);
}

/** The mention whose first token is `i`. */
export function mentionStartingAt(s: AnalysedSentence, i: number): Mention | undefined {
  return indexOf(s).byFirst.get(i);
}

/** The demonym cue whose last token is `i`. */
export function demonymEndingAt(s: AnalysedSentence, i: number): Cue | undefined {
  return indexOf(s).demonymByLast.get(i);
}

/** The demonym cue whose first token is `i`. */
export function demonymStartingAt(s: AnalysedSentence, i: number): Cue | undefined {
  return indexOf(s).demonymByFirst.get(i);
}

/** The entity a mention resolves to. */
export function entityOf(ctx: ReadContext, m: Mention | undefined): EntityDraft | undefined {
  return m ? ctx.resolution.entityOf(m) : undefined;
}

/** The entity named or implied (through a demonym) by the words ending at token `i`. */
export function referentEndingAt(ctx: ReadContext, s: AnalysedSentence, i: number): { entity: EntityDraft; first: number } | undefined {
  const m = mentionEndingAt(s, i);
  const e = entityOf(ctx, m);
  if (m && e) return { entity: e, first: m.first };
  const cue = demonymEndingAt(s, i);
  if (cue?.country) {
    const country = ctx.resolution.countryFor(cue.country, s, cue.first, cue.last);
    if (country) return { entity: country, first: cue.first };
  }
  return undefined;
}

/** The entity named or implied by the words starting at token `i`. */
export function referentStartingAt(ctx: ReadContext, s: AnalysedSentence, i: number): { entity: EntityDraft; last: number } | undefined {
  // A name that holds its article ("The New York Times") is also found from its second word, where
  // readers land once they skip the articles after a verb or a preposition.
  const m = mentionStartingAt(s, i) ?? (s.tokens[i - 1]?.lower === 'the' ? mentionStartingAt(s, i - 1) : undefined);
  const e = entityOf(ctx, m);
  if (m && e) return { entity: e, last: m.last };
  const cue = demonymStartingAt(s, i);
  if (cue?.country) {
    const country = ctx.resolution.countryFor(cue.country, s, cue.first, cue.last);
    if (country) return { entity: country, last: cue.last };
  }
  return undefined;
}

/** referentStartingAt, past a "the" at token `i` ("of the Interior Ministry"). */
export function referentAfterArticle(ctx: ReadContext, s: AnalysedSentence, i: number): { entity: EntityDraft; last: number } | undefined {
  return referentStartingAt(ctx, s, s.tokens[i]?.lower === 'the' ? i + 1 : i);
}

/** True when token `i` of the sentence lies inside a quotation. */
export function tokenQuoted(ctx: ReadContext, s: AnalysedSentence, i: number): boolean {
  const t = s.tokens[i];
  return t ? isQuoted(ctx.quotes, t.start) : false;
}

/** Mentions of the sentence outside quotations that resolve to an entity, in reading order. */
export function resolvedMentions(ctx: ReadContext, s: AnalysedSentence, includeQuoted = false): { mention: Mention; entity: EntityDraft }[] {
  const out: { mention: Mention; entity: EntityDraft }[] = [];
  for (const mention of s.mentions) {
    const entity = ctx.resolution.entityOf(mention);
    if (!entity) continue;
    if (!includeQuoted && tokenQuoted(ctx, s, mention.first)) continue;
    out.push({ mention, entity });
  }
  return out.sort((a, b) => a.mention.first - b.mention.first);
}

type Gender = 'male' | 'female';
interface PeopleTable {
  /** The people named in each sentence, in reading order, with the mention's end token. */
  readonly named: { last: number; person: EntityDraft }[][];
  /** For each sentence, the last person named before it, not of the excluded gender ('' excludes none). */
  readonly before: Map<Gender | '', EntityDraft>[];
}

const peopleCache = new WeakMap<ReadContext, PeopleTable>();

/** Built once per document, so that resolving a pronoun costs the same however long the article. */
function peopleTable(ctx: ReadContext): PeopleTable {
  const known = peopleCache.get(ctx);
  if (known) return known;
  const named = ctx.sentences.map((s) =>
    s.mentions.flatMap((m) => {
      const person = ctx.resolution.entityOf(m);
      return person?.type === 'PERSON' ? [{ last: m.last, person }] : [];
    }),
  );
  const before: Map<Gender | '', EntityDraft>[] = [];
  let running = new Map<Gender | '', EntityDraft>();
  named.forEach((people) => {
    before.push(running);
    running = new Map(running);
    for (const { person } of people) {
      running.set('', person);
      if (person.gender !== 'male') running.set('male', person);
      if (person.gender !== 'female') running.set('female', person);
    }
  });
  const table = { named, before };
  peopleCache.set(ctx, table);
  return table;
}

/** The last person mentioned before token `i` of sentence `sentence`, of the pronoun's gender if known. */
export function lastPersonBefore(ctx: ReadContext, sentence: number, i: number, pronoun?: string): EntityDraft | undefined {
  const excluded: Gender | '' = pronoun === 'she' || pronoun === 'her' ? 'male' : pronoun === 'he' || pronoun === 'him' || pronoun === 'his' ? 'female' : '';
  const table = peopleTable(ctx);
  const here = (table.named[sentence] ?? []).filter((x) => x.last <= i && (!excluded || x.person.gender !== excluded));
  return here[here.length - 1]?.person ?? table.before[sentence]?.get(excluded);
}

/**
 * The person a title refers to ("the president"): the last one given that title before sentence
 * `before`, else the only one given it anywhere in the document.
 */
export function holderOfTitle(ctx: ReadContext, title: string, before = -1): EntityDraft | undefined {
  const holders = titleHolders(ctx, title);
  const earlier = holders.filter((h) => h.sentence <= before);
  if (earlier.length) return earlier[earlier.length - 1]?.person;
  const distinct = new Set(holders.map((h) => h.person));
  return distinct.size === 1 ? [...distinct][0] : undefined;
}

const holdersCache = new WeakMap<ReadContext, Map<string, { person: EntityDraft; sentence: number }[]>>();

/** Every person given `title` next to their name, in reading order; computed once per document and title. */
function titleHolders(ctx: ReadContext, title: string): { person: EntityDraft; sentence: number }[] {
  const byTitle = holdersCache.get(ctx) ?? new Map<string, { person: EntityDraft; sentence: number }[]>();
  holdersCache.set(ctx, byTitle);
  const cached = byTitle.get(title);
  if (cached) return cached;
  const holders: { person: EntityDraft; sentence: number }[] = [];
  for (const s of ctx.sentences) {
    for (const m of s.mentions) {
      const e = ctx.resolution.entityOf(m);
      if (e?.type !== 'PERSON') continue;
      // "Prime Minister X" or "X, the prime minister": the title right before the name, or in apposition
      // after it ("X met the prime minister" does not make X one).
      const before = ` ${s.tokens
        .slice(Math.max(0, m.first - 3), m.first)
        .map((t) => t.lower)
        .join(' ')} `;
      const after =
        s.tokens[m.last]?.text === ','
          ? ` ${s.tokens
              .slice(m.last + 1, m.last + 6)
              .map((t) => t.lower)
              .join(' ')} `
          : '';
      if (before.includes(` ${title} `) || after.includes(` ${title} `)) holders.push({ person: e, sentence: s.span.index });
    }
  }
  byTitle.set(title, holders);
  return holders;
}
