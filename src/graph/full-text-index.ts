// The inverted index behind search: folded word -> the entities whose name, aliases or mentioning
// sentences use it, with how many of their texts do. Words sit in MiniSearch's radix tree
// (SearchableMap), so the words a query word starts, or is one or two typos away from, are one
// walk of the tree, not a scan of every entity.
//
// Kept current from the graph's own events, like the name index, but lazily: an event only notes
// the entity as changed; the next search first re-indexes the entities changed since (added,
// renamed, merged, given new mentions, removed), at a cost proportional to the change. Nothing
// lags for a reader: every search sees the graph as it is. The index is built on the first search,
// so a process that never searches never pays for it.
import { type MultiDirectedGraph } from 'graphology';
import SearchableMap from 'minisearch/SearchableMap';
import { type ExtractedMention, foldAccents } from '../domain/index.js';
import { type EntityAttrs, type RelationAttrs } from './attributes.js';

/** Where a text an entity is found by comes from, from the most to the least telling. */
export const SEARCH_FIELDS = ['NAME', 'ALIAS', 'SENTENCE'] as const;
/** Where a text an entity is found by comes from. */
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** One word of a text: its folded form and its span in the original text. */
export interface Token {
  readonly folded: string;
  readonly start: number;
  readonly end: number;
}

/** How an indexed word matched a query word. */
export type WordMatch = 'EXACT' | 'PREFIX' | 'TYPO';

/** The words of a text with their spans in it. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu)) {
    const folded = foldAccents(match[0]);
    if (folded !== '') tokens.push({ folded, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/**
 * The distinct folded words of a text, as tokenize() finds them, without their spans: the text is
 * folded once, not word by word, since the index reads every sentence of every entity.
 */
export function wordsOf(text: string): Set<string> {
  return new Set(foldAccents(text).match(/[\p{L}\p{N}][\p{L}\p{N}]*/gu));
}

/**
 * Edits a query word may be away from an indexed word and still match it: none for words under 4
 * letters (too many short words are one letter apart), one up to 7 letters, two from 8.
 */
export function typosAllowed(word: string): number {
  if (word.length < 4) return 0;
  return word.length < 8 ? 1 : 2;
}

/** Per entity: what the index holds of it, to take it out again. */
interface Indexed {
  readonly name: string;
  readonly aliases: readonly string[];
  /** The mention array indexed and how many of its items were (the store grows it in place). */
  readonly mentions: readonly ExtractedMention[];
  readonly mentionCount: number;
}

/**
 * One field's words: word -> entity -> number of that entity's texts of the field using the word,
 * in a hash map for updates, and the same entries in MiniSearch's radix tree for prefix and fuzzy
 * lookups (a tree lookup costs several times a hash lookup, and updates far outnumber new words).
 */
interface Postings {
  readonly byWord: Map<string, Map<string, number>>;
  readonly tree: SearchableMap<Map<string, number>>;
}

function emptyPostings(): Postings {
  return { byWord: new Map(), tree: new SearchableMap() };
}

/** The full-text index of a graph's entities; see the banner. */
export class FullTextIndex {
  readonly #graph: MultiDirectedGraph<EntityAttrs, RelationAttrs>;
  readonly #fields: Readonly<Record<SearchField, Postings>> = { NAME: emptyPostings(), ALIAS: emptyPostings(), SENTENCE: emptyPostings() };
  readonly #indexed = new Map<string, Indexed>();
  /** Entities changed since the last flush; null until the first search builds the index. */
  #changed: Set<string> | null = null;

  /** Follows `graph` from now on; indexes it on the first search. */
  constructor(graph: MultiDirectedGraph<EntityAttrs, RelationAttrs>) {
    this.#graph = graph;
    const note = ({ key }: { key: string }): void => {
      this.#changed?.add(key);
    };
    graph.on('nodeAdded', note);
    graph.on('nodeAttributesUpdated', note);
    graph.on('nodeDropped', note);
    graph.on('cleared', () => {
      this.#changed = null;
      this.#indexed.clear();
      for (const field of SEARCH_FIELDS) {
        this.#fields[field].byWord.clear();
        this.#fields[field].tree.clear();
      }
    });
  }

  /**
   * The entities with a word that `word` (folded) matches in each field, and how: equal, started by
   * `word`, or within typosAllowed(word) edits of it.
   */
  match(word: string): Map<string, Map<SearchField, WordMatch>> {
    this.#flush();
    const found = new Map<string, Map<SearchField, WordMatch>>();
    const add = (field: SearchField, entities: ReadonlyMap<string, number>, how: WordMatch): void => {
      for (const entity of entities.keys()) {
        let fields = found.get(entity);
        if (fields === undefined) found.set(entity, (fields = new Map<SearchField, WordMatch>()));
        const known = fields.get(field);
        if (known === undefined || rank(how) < rank(known)) fields.set(field, how);
      }
    };
    for (const field of SEARCH_FIELDS) {
      const postings = this.#fields[field].tree;
      for (const [term, entities] of postings.atPrefix(word)) add(field, entities, term === word ? 'EXACT' : 'PREFIX');
      const typos = typosAllowed(word);
      if (typos > 0) for (const [, [entities]] of postings.fuzzyGet(word, typos)) add(field, entities, 'TYPO');
    }
    return found;
  }

  /** The indexed words that `word` matches in the given texts' tokens: those it starts or is a typo of. */
  static matches(token: string, word: string): WordMatch | undefined {
    if (token === word) return 'EXACT';
    if (token.startsWith(word)) return 'PREFIX';
    const typos = typosAllowed(word);
    return typos > 0 && withinEdits(token, word, typos) ? 'TYPO' : undefined;
  }

  #flush(): void {
    if (this.#changed === null) {
      this.#changed = new Set();
      this.#graph.forEachNode((id, attrs) => this.#index(id, attrs));
      return;
    }
    for (const id of this.#changed) {
      if (this.#graph.hasNode(id)) this.#index(id, this.#graph.getNodeAttributes(id));
      else this.#unindex(id);
    }
    this.#changed.clear();
  }

  #index(id: string, attrs: EntityAttrs): void {
    const known = this.#indexed.get(id);
    if (known !== undefined && (known.name !== attrs.name || known.aliases !== attrs.aliases)) {
      this.#names(id, known, -1);
    }
    if (known === undefined || known.name !== attrs.name || known.aliases !== attrs.aliases) this.#names(id, attrs, +1);
    let from = 0;
    if (known !== undefined && known.mentions === attrs.mentions) from = known.mentionCount;
    else if (known !== undefined) this.#sentences(id, known.mentions, 0, known.mentionCount, -1);
    this.#sentences(id, attrs.mentions, from, attrs.mentions.length, +1);
    this.#indexed.set(id, { name: attrs.name, aliases: attrs.aliases, mentions: attrs.mentions, mentionCount: attrs.mentions.length });
  }

  #unindex(id: string): void {
    const known = this.#indexed.get(id);
    if (known === undefined) return;
    this.#names(id, known, -1);
    this.#sentences(id, known.mentions, 0, known.mentionCount, -1);
    this.#indexed.delete(id);
  }

  #names(id: string, names: Pick<Indexed, 'name' | 'aliases'>, delta: 1 | -1): void {
    this.#count('NAME', id, names.name, delta);
    for (const alias of names.aliases) this.#count('ALIAS', id, alias, delta);
  }

  /**
   * Counts (or uncounts) the sentences of `mentions[from, to)`, each sentence once. The store adds
   * a document's mentions together at the end of the array, so a sentence of these mentions can
   * only have been counted already among the trailing mentions of the same documents before `from`.
   */
  #sentences(id: string, mentions: readonly ExtractedMention[], from: number, to: number, delta: 1 | -1): void {
    if (from >= to) return;
    const seen = new Set<string>();
    const documents = new Set<string>();
    for (let i = from; i < to; i += 1) documents.add(mentions[i]?.evidence.document ?? '');
    for (let i = from - 1; i >= 0; i -= 1) {
      const evidence = mentions[i]?.evidence;
      if (evidence === undefined || !documents.has(evidence.document)) break;
      seen.add(`${evidence.document}|${evidence.sentence}`);
    }
    for (let i = from; i < to; i += 1) {
      const evidence = mentions[i]?.evidence;
      if (evidence === undefined) continue;
      const key = `${evidence.document}|${evidence.sentence}`;
      if (seen.has(key)) continue;
      seen.add(key);
      this.#count('SENTENCE', id, evidence.text, delta);
    }
  }

  /** Adds `delta` to the count of entity `id` for each distinct word of `text` in `field`. */
  #count(field: SearchField, id: string, text: string, delta: 1 | -1): void {
    const { byWord, tree } = this.#fields[field];
    for (const word of wordsOf(text)) {
      const entities = byWord.get(word);
      if (delta > 0) {
        if (entities !== undefined) entities.set(id, (entities.get(id) ?? 0) + 1);
        else {
          const created = new Map([[id, 1]]);
          byWord.set(word, created);
          tree.set(word, created);
        }
        continue;
      }
      if (entities === undefined) continue;
      const left = (entities.get(id) ?? 0) - 1;
      if (left > 0) entities.set(id, left);
      else entities.delete(id);
      if (entities.size === 0) {
        byWord.delete(word);
        tree.delete(word);
      }
    }
  }
}

function rank(how: WordMatch): number {
  return how === 'EXACT' ? 0 : how === 'PREFIX' ? 1 : 2;
}

/** True when `a` and `b` are at most `max` insertions, deletions or substitutions apart. */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return false;
    previous = current;
  }
  return (previous[b.length] ?? max + 1) <= max;
}
