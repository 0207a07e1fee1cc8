// PART_OF rules: bodies named after their parent ("TTO Defence Council"), chambers of a legislature,
// a body's body ("the UN's World Food Programme") and branches ("X, a prison ministry of the Y Church").
import { PLACE_TYPES } from '../../domain/entity-type.js';
import { type AnalysedSentence } from '../03-mentions.js';
import { type EntityDraft } from '../04-entities.js';
import { type ReadContext } from '../context.js';
import { CHAMBER_NOUNS } from '../model/triggers.js';
import { referentEndingAt, referentAfterArticle, resolvedMentions } from '../sentence-tools.js';
import { describedHead } from './descriptions.js';
import { bodyAt } from './readers.js';
import { phraseAt } from '../tokens.js';
import { defineFamily, pattern } from './rule.js';
import { governmentBodies } from './titles.js';

/** Nouns that make a body a part of another: "a research arm of", "a prison ministry of". */
const BRANCH_NOUNS = new Set([
  'arm',
  'wing',
  'branch',
  'unit',
  'subsidiary',
  'division',
  'affiliate',
  'chapter',
  'section',
  'body',
  'organ',
  'offshoot',
  'ministry',
]);

const isBodyLike = (e: EntityDraft): boolean => e.type !== 'PERSON' && !PLACE_TYPES.has(e.type);

/** Capitalised-word initials of a name ("Tarsk Trade Organisation" -> "TTO"), or '' for one word. */
function initials(name: string): string {
  const words = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length < 2 ? '' : words.map((w) => w[0]).join('');
}

/** Bodies by surface form and by initials, with their order in the document's entity list. */
function bodyIndex(ctx: ReadContext): { bySurface: Map<string, EntityDraft[]>; byInitials: Map<string, EntityDraft[]>; order: Map<EntityDraft, number> } {
  const bySurface = new Map<string, EntityDraft[]>();
  const byInitials = new Map<string, EntityDraft[]>();
  const order = new Map<EntityDraft, number>();
  const push = (map: Map<string, EntityDraft[]>, key: string, e: EntityDraft): void => {
    const list = map.get(key) ?? [];
    if (!list.includes(e)) list.push(e);
    map.set(key, list);
  };
  ctx.resolution.entities.forEach((e, n) => {
    if (!isBodyLike(e)) return;
    order.set(e, n);
    for (const surface of e.surfaces) push(bySurface, surface, e);
    const letters = initials(e.name);
    if (letters) push(byInitials, letters, e);
  });
  return { bySurface, byInitials, order };
}

/** "TTO Defence Council", "African Union Commission": the parent's name or initials open the body's name. */
const parentInName = pattern({
  predicate: 'PART_OF',
  triggers: 'document-start',
  confidence: 0.8,
  read({ ctx }) {
    const { bySurface, byInitials, order } = bodyIndex(ctx);
    const out = [];
    for (const body of order.keys()) {
      const candidates = new Set<EntityDraft>();
      for (const surface of body.surfaces) {
        const words = surface.split(' ');
        if (words.length < 2) continue;
        const first = words[0] as string;
        for (const e of [...(byInitials.get(first) ?? []), ...(bySurface.get(first) ?? [])]) candidates.add(e);
        // A multi-word parent name that opens this name.
        for (let n = 2; n < words.length; n++) for (const e of bySurface.get(words.slice(0, n).join(' ')) ?? []) candidates.add(e);
      }
      candidates.delete(body);
      const parent = [...candidates].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))[0];
      const mention = body.mentions[0];
      if (parent && mention) out.push({ subject: body, object: parent, sentence: ctx.sentences[mention.sentence] as AnalysedSentence });
    }
    return out;
  },
});

const chambersCache = new WeakMap<ReadContext, EntityDraft[]>();
const CHAMBER_NAME = /\b(senate|house|chamber|assembly|council)\b/i;

/** "The Senate, the upper house of Parliament", "both houses of the Legislative Assembly". */
const chamberOf = pattern({
  predicate: 'PART_OF',
  triggers: [...CHAMBER_NOUNS],
  confidence: 0.75,
  read({ ctx }, s, i) {
    if (s.tokens[i + 1]?.lower !== 'of') return [];
    const whole = referentAfterArticle(ctx, s, i + 2);
    if (!whole || whole.entity.type !== 'GOVERNMENT_BODY') return [];
    let chambers: EntityDraft[];
    if (s.tokens[i]?.lower.endsWith('s')) {
      const all = chambersCache.get(ctx) ?? governmentBodies(ctx).filter((e) => CHAMBER_NAME.test(e.name));
      chambersCache.set(ctx, all);
      chambers = all.filter((e) => e !== whole.entity && e.name !== whole.entity.name);
    } else {
      const before = resolvedMentions(ctx, s, true).find((x) => x.mention.last <= i && x.entity.type === 'GOVERNMENT_BODY');
      chambers = before ? [before.entity] : [];
    }
    return chambers.map((chamber) => ({ subject: chamber, object: whole.entity }));
  },
});

/** "the UN's World Food Programme": a body's body is part of it. */
const bodyPossessive = pattern({
  predicate: 'PART_OF',
  triggers: 'mention',
  confidence: 0.7,
  read({ ctx }, s, at) {
    const body = bodyAt(ctx, s, at)?.entity;
    if (!body) return [];
    // "the Union's youth wing, the Young Dockers": the possessor may stand before an appositive comma.
    const the = s.tokens[at - 1]?.lower === 'the' ? 1 : 0;
    const from = s.tokens[at - 1 - the]?.text === ',' ? at - 1 - the : at;
    let j = from - 1;
    while (j > 0 && s.tokens[j]?.word && !s.tokens[j]?.cap && j > from - 4) j--;
    if (s.tokens[j]?.text !== "'s") return [];
    const owner = referentEndingAt(ctx, s, j - 1);
    return owner && owner.entity.type !== 'PERSON' && !PLACE_TYPES.has(owner.entity.type) ? [{ subject: body, object: owner.entity }] : [];
  },
});

/** `body` as part of the other body named from token `k` on (past a "the"), if one is. */
function partOfBodyAt(ctx: ReadContext, s: AnalysedSentence, k: number, body: EntityDraft): { subject: EntityDraft; object: EntityDraft }[] {
  const parent = referentAfterArticle(ctx, s, k);
  return parent && parent.entity !== body && isBodyLike(parent.entity) ? [{ subject: body, object: parent.entity }] : [];
}

/** "Hope House, a prison ministry of the Lorian Church": a body that is a branch of another. */
const appositiveBranch = pattern({
  predicate: 'PART_OF',
  triggers: 'mention',
  confidence: 0.7,
  read({ ctx }, s, at) {
    const m = bodyAt(ctx, s, at);
    const body = m?.entity;
    if (!m || !body) return [];
    if (s.tokens[m.last]?.text !== ',' || !['a', 'an', 'the'].includes(s.tokens[m.last + 1]?.lower ?? '')) return [];
    let k = m.last + 2;
    while (k < s.tokens.length && k < m.last + 6 && s.tokens[k]?.word && !s.tokens[k]?.cap && s.tokens[k]?.lower !== 'of') k++;
    const noun = s.tokens[k - 1]?.lower ?? '';
    if (s.tokens[k]?.lower !== 'of' || k <= m.last + 2 || !(BRANCH_NOUNS.has(noun) || describedHead(noun))) return [];
    return partOfBodyAt(ctx, s, k + 1, body);
  },
});

/** Words between a body and the one it is part of: "is part of", "is a part of", "is owned by", "belongs to". */
const PART_LINKS: readonly (readonly string[])[] = [
  ['is', 'part', 'of'],
  ['is', 'a', 'part', 'of'],
  ['was', 'part', 'of'],
  ['is', 'owned', 'by'],
  ['was', 'owned', 'by'],
  ['is', 'controlled', 'by'],
  ['belongs', 'to'],
  ['is', 'a', 'subsidiary', 'of'],
  ['is', 'a', 'unit', 'of'],
  ['is', 'a', 'branch', 'of'],
  [',', 'part', 'of'],
  [',', 'owned', 'by'],
];

/** "The Tarsk Police is part of the Interior Ministry", "Velquist Air is owned by Velquist Holdings". */
const copularPart = pattern({
  predicate: 'PART_OF',
  triggers: 'mention',
  confidence: 0.75,
  read({ ctx }, s, at) {
    const m = bodyAt(ctx, s, at);
    const body = m?.entity;
    if (!m || !body) return [];
    const link = phraseAt(s.tokens, m.last, PART_LINKS);
    if (!link) return [];
    const k = m.last + link.length;
    return partOfBodyAt(ctx, s, k, body);
  },
});

export const PARENT_IN_NAME = defineFamily('parent-in-name', 'PART_OF', [parentInName]);
export const CHAMBER_OF = defineFamily('chamber-of', 'PART_OF', [chamberOf]);
/** A body's body: "the UN's World Food Programme", "X, a branch of the Y". */
export const BODY_OF_BODY = defineFamily('body-of-body', 'PART_OF', [bodyPossessive, appositiveBranch, copularPart]);

export const PART_OF_RULES = [PARENT_IN_NAME, CHAMBER_OF, BODY_OF_BODY] as const;
