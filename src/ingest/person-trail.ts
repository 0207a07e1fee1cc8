// The last person named before a point of the document, as a pronoun reads it: built once per
// document, so that resolving "he" in the 30,000th sentence does not walk back over the other 29,999.
// Gives the same answer as walking back sentence by sentence (`lastPersonBefore` in sentence-tools).
import { type EntityDraft } from './04-entities.js';
import { type ReadContext } from './context.js';

type Excluded = 'male' | 'female' | 'none';

/** Per sentence, the last person of all sentences up to and including it, for each gender a pronoun excludes. */
interface Trail {
  readonly upTo: Record<Excluded, (EntityDraft | undefined)[]>;
}

const trails = new WeakMap<ReadContext, Trail>();

/** The gender a pronoun rules out: "she" is no man, "he" no woman; other words rule out nobody. */
function excludedBy(pronoun: string | undefined): Excluded {
  if (pronoun === 'she' || pronoun === 'her') return 'male';
  if (pronoun === 'he' || pronoun === 'him' || pronoun === 'his') return 'female';
  return 'none';
}

function allowed(e: EntityDraft | undefined, excluded: Excluded): e is EntityDraft {
  return e?.type === 'PERSON' && (excluded === 'none' || e.gender !== excluded);
}

function build(ctx: ReadContext): Trail {
  const upTo: Trail['upTo'] = { male: [], female: [], none: [] };
  for (const excluded of ['male', 'female', 'none'] as const) {
    let last: EntityDraft | undefined;
    for (const s of ctx.sentences) {
      for (const m of s.mentions) {
        const e = ctx.resolution.entityOf(m);
        if (allowed(e, excluded)) last = e;
      }
      upTo[excluded].push(last);
    }
  }
  return { upTo };
}

/** Sentences walked back for a person when the last one is ruled out (`skip`). */
const SKIP_LOOKBACK = 3;

/**
 * The last person mentioned before token `i` of sentence `sentence`, of the pronoun's gender if
 * known, and not one of `skip` (the people a quote names: "'Mr X must explain,' he said" is not
 * X's). Past a skipped person it looks back at most SKIP_LOOKBACK sentences for another one, and
 * with none found takes the skipped one after all.
 */
export function personBefore(ctx: ReadContext, sentence: number, i: number, pronoun?: string, skip?: ReadonlySet<EntityDraft>): EntityDraft | undefined {
  let trail = trails.get(ctx);
  if (!trail) {
    trail = build(ctx);
    trails.set(ctx, trail);
  }
  const excluded = excludedBy(pronoun);
  const found = lastPersonIn(ctx, sentence, i, excluded) ?? (sentence > 0 ? trail.upTo[excluded][sentence - 1] : undefined);
  if (found === undefined || !skip?.has(found)) return found;
  // Past a skipped person, back a few sentences; with nobody else to say it, the one the quote names said it after all.
  for (let k = sentence; k >= Math.max(0, sentence - SKIP_LOOKBACK); k--) {
    const other = lastPersonIn(ctx, k, k === sentence ? i : Number.POSITIVE_INFINITY, excluded, skip);
    if (other) return other;
  }
  return found;
}

/** The last person of the sentence ending by token `before`, of an allowed gender and not in `skip`. */
function lastPersonIn(ctx: ReadContext, sentence: number, before: number, excluded: Excluded, skip?: ReadonlySet<EntityDraft>): EntityDraft | undefined {
  let found: EntityDraft | undefined;
  for (const m of ctx.sentences[sentence]?.mentions ?? []) {
    if (m.last > before) continue;
    const e = ctx.resolution.entityOf(m);
    if (allowed(e, excluded) && !skip?.has(e)) found = e;
  }
  return found;
}
