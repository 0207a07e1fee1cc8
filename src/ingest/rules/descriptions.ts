// Definite descriptions: "the city police", "the office", "the judges", "the agency" refer to a body
// the document names elsewhere. The description's head word picks the body.
import { type AnalysedSentence } from '../03-mentions.js';
import { type EntityDraft } from '../04-entities.js';
import { type ReadContext } from '../context.js';

/** Description words -> the head word of the body's name they refer to. */
const DESCRIPTION_HEADS: Readonly<Record<string, string>> = {
  police: 'police',
  office: 'office',
  ministry: 'ministry',
  court: 'court',
  council: 'council',
  senate: 'senate',
  agency: 'agency',
  government: 'government',
  army: 'army',
  party: 'party',
  movement: 'movement',
  airline: 'air',
  company: 'company',
  department: 'department',
  committee: 'committee',
  commission: 'commission',
  judges: 'court',
  justices: 'court',
  bench: 'court',
  senators: 'senate',
  lawmakers: 'parliament',
  parliament: 'parliament',
  assembly: 'assembly',
  institute: 'institute',
  service: 'service',
  union: 'union',
  alliance: 'alliance',
  bloc: 'union',
  group: 'group',
  organisation: 'organization',
  organization: 'organization',
  bureau: 'bureau',
  league: 'league',
  federation: 'federation',
  mission: 'mission',
  paper: 'agency',
  newspaper: 'agency',
  broadcaster: 'agency',
  military: 'forces',
  forces: 'forces',
  lender: 'bank',
  bank: 'bank',
  firm: 'company',
  secretariat: 'secretariat',
  presidency: 'presidency',
  administration: 'administration',
};

/** The name head a description word stands for, if it is one. */
export function describedHead(word: string): string | undefined {
  return DESCRIPTION_HEADS[word];
}

/** Bodies a description may pick, with their mentions in reading order, so that each lookup is a halving. */
interface Pool {
  /** Sentence index of every mention of the pool's bodies, ascending. */
  readonly at: readonly number[];
  readonly bodies: readonly EntityDraft[];
  readonly mostMentioned: EntityDraft | undefined;
}

function poolOf(entities: readonly EntityDraft[]): Pool {
  // Sorted stably, a sentence's first pair is the first body of the pool named there, which wins a tie.
  const sorted = entities.flatMap((e) => e.mentions.map((m) => [m.sentence, e] as const)).sort((a, b) => a[0] - b[0]);
  const pairs = sorted.filter((pair, k) => k === 0 || (sorted[k - 1] as readonly [number, EntityDraft])[0] !== pair[0]);
  const mostMentioned = [...entities].sort((a, b) => b.mentions.length - a.mentions.length)[0];
  return { at: pairs.map(([n]) => n), bodies: pairs.map(([, e]) => e), mostMentioned };
}

/** The pool's body named last at or before sentence `before`. */
function latestIn(pool: Pool, before: number): EntityDraft | undefined {
  const at = lastAtOrBefore(pool, before);
  return at >= 0 ? pool.bodies[at] : undefined;
}

/** Index in the pool of the last mention in sentence `before` or earlier (-1 when none), by halving. */
function lastAtOrBefore(pool: Pool, before: number): number {
  let lo = 0;
  let hi = pool.at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((pool.at[mid] as number) <= before) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Per document and head word, the pools a description reads: built on first use, as a long text asks often. */
const pools = new WeakMap<ReadContext, Map<string, Pool>>();
function cachedPool(ctx: ReadContext, key: string, build: () => readonly EntityDraft[]): Pool {
  let byKey = pools.get(ctx);
  if (!byKey) {
    byKey = new Map();
    pools.set(ctx, byKey);
  }
  let pool = byKey.get(key);
  if (!pool) {
    pool = poolOf(build());
    byKey.set(key, pool);
  }
  return pool;
}

/**
 * The body a description refers to: among bodies whose name ends with the head (else contains it),
 * the one named most recently before sentence `before`, else the most mentioned.
 */
export function describedBody(ctx: ReadContext, head: string, before = Number.MAX_SAFE_INTEGER): EntityDraft | undefined {
  if (head === 'agency') {
    const agency = latestIn(
      cachedPool(ctx, 'agency:', () => ctx.resolution.entities.filter((e) => e.type === 'NEWS_AGENCY')),
      before,
    );
    if (agency) return agency;
  }
  const bodies = (): EntityDraft[] => ctx.resolution.entities.filter((e) => e.type !== 'PERSON' && e.type !== 'COUNTRY' && e.type !== 'CITY');
  const words = (e: EntityDraft): string[] => e.name.toLowerCase().split(/\s+/);
  for (const word of [head, ...(ALTERNATE_HEADS[head] ?? [])]) {
    const ending = cachedPool(ctx, `ending:${word}`, () => bodies().filter((e) => words(e).at(-1) === word || words(e).at(-1) === `${word}s`));
    const pool = ending.bodies.length ? ending : cachedPool(ctx, `containing:${word}`, () => bodies().filter((e) => words(e).includes(word)));
    const found = latestIn(pool, before) ?? pool.mostMentioned;
    if (found) return found;
  }
  // "the UN mission ..., known as MINUTAR": a body the text introduced with this noun beside its name.
  const introduced = cachedPool(ctx, `introduced:${head}`, () =>
    bodies().filter((e) =>
      e.mentions.some((m) => {
        const tokens = (ctx.sentences[m.sentence] as AnalysedSentence).tokens;
        return tokens.slice(Math.max(0, m.first - 5), m.last + 4).some((t) => t.lower === head);
      }),
    ),
  );
  const byIntroduction = latestIn(introduced, before);
  if (byIntroduction || !GENERIC_HEADS.has(head)) return byIntroduction;
  // "Amnesty International criticised the plan. '...,' the organization said": a word that names
  // any body refers to an organisation named a few sentences back, unless "a group (of farmers)"
  // came in between: then "the group" is that one.
  const pool = cachedPool(ctx, 'type:ORGANIZATION', () => ctx.resolution.entities.filter((e) => e.type === 'ORGANIZATION'));
  const at = lastAtOrBefore(pool, before);
  const named = at >= 0 ? (pool.at[at] as number) : -1;
  if (named < 0 || named < before - GENERIC_REACH) return undefined;
  for (let k = named; k <= before && k < ctx.sentences.length; k++) {
    const tokens = (ctx.sentences[k] as AnalysedSentence).tokens;
    if (tokens.some((t, n) => t.lower === head && ['a', 'an', 'another'].includes(tokens[n - 1]?.lower ?? ''))) return undefined;
  }
  return pool.bodies[at];
}
/** Sentences back that a description fitting any organisation reaches. */
const GENERIC_REACH = 3;
/** Description words that fit any organisation, whatever its name. */
const GENERIC_HEADS: ReadonlySet<string> = new Set(['organization', 'group']);

/** Other head words a description may stand for ("the army" for "... Armed Forces"). */
const ALTERNATE_HEADS: Readonly<Record<string, readonly string[]>> = {
  army: ['forces', 'military'],
  forces: ['army', 'military'],
  company: ['group', 'corporation', 'airlines', 'air'],
  bank: ['fund'],
};
