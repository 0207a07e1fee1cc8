// How large the lists of the graph are: totals, and the mean and largest size of each per-record
// list (an entity's documents, a document's entities, a relation's evidence...). The API's result
// budget reads them to size lists that take no `first` honestly. They read the whole graph (about
// 30 ms at 100,000 relations), so under a stream of writes they may be up to 20 times that old:
// the budget is an estimate, and the execution guard still measures every answer as it grows.
import { type ReadonlyStore } from '../readonly-store.js';
import { perVersionEstimate } from './version-cache.js';

/** The sizes of one kind of per-record list over the whole graph. */
export interface ListSize {
  /** Mean size per record (0 when there are no records). */
  readonly mean: number;
  /**
   * Mean size per record weighted by size (the sum of squares over the sum): the mean a list sees
   * when its records are reached through other lists, where large records turn up more often (a
   * hub entity is among the entities of every document that names it).
   */
  readonly weighted: number;
  /** Largest size of any record. */
  readonly max: number;
}

/** Totals and per-record list sizes of the graph, computed once per graph version. */
export interface GraphSizes {
  readonly documents: number;
  readonly entities: number;
  readonly relations: number;
  readonly statements: number;
  readonly facts: number;
  readonly documentsPerEntity: ListSize;
  readonly entitiesPerDocument: ListSize;
  readonly relationsPerEntity: ListSize;
  readonly statementsPerSpeaker: ListSize;
  readonly mentionsPerEntity: ListSize;
  readonly aliasesPerEntity: ListSize;
  readonly evidencePerRelation: ListSize;
  readonly sentencesPerDocument: ListSize;
  /** Characters of a document's text. */
  readonly textChars: ListSize;
  /** Characters of a sentence (mean over all sentences; the longest document bounds the max). */
  readonly sentenceChars: ListSize;
}

/** Exact on small graphs (under 5 ms to compute); on large ones recomputed for at most 5% of the time. */
const REUSE = { cheapMs: 5, costShare: 0.05 } as const;

/** Running mean and maximum. */
class Tally {
  private sum = 0;
  private squares = 0;
  private count = 0;
  private largest = 0;
  add(value: number): void {
    this.sum += value;
    this.squares += value * value;
    this.count += 1;
    if (value > this.largest) this.largest = value;
  }
  get size(): ListSize {
    return { mean: this.count === 0 ? 0 : this.sum / this.count, weighted: this.sum === 0 ? 0 : this.squares / this.sum, max: this.largest };
  }
  get total(): number {
    return this.sum;
  }
}

/** The sizes of the graph's lists, per graph version, or a little older on a large graph under writes. */
export const graphSizes = perVersionEstimate((store: ReadonlyStore): GraphSizes => {
  const documentsPerEntity = new Tally();
  const mentionsPerEntity = new Tally();
  const aliasesPerEntity = new Tally();
  store.graph.forEachNode((_id, attrs) => {
    documentsPerEntity.add(attrs.documents.length);
    mentionsPerEntity.add(attrs.mentions.length);
    aliasesPerEntity.add(attrs.aliases.length);
  });
  const relationsPerEntity = new Tally();
  store.graph.forEachNode((id) => relationsPerEntity.add(store.graph.degree(id)));
  const evidencePerRelation = new Tally();
  store.graph.forEachEdge((_id, attrs) => evidencePerRelation.add(attrs.evidence.length));
  const entitiesPerDocument = new Tally();
  const sentencesPerDocument = new Tally();
  const textChars = new Tally();
  for (const document of store.documents()) {
    entitiesPerDocument.add(store.entitiesOfDocument(document.id).length);
    sentencesPerDocument.add(document.sentences.length);
    textChars.add(document.text.length);
  }
  const bySpeaker = new Map<string, number>();
  let statements = 0;
  for (const statement of store.statements()) {
    statements += 1;
    if (statement.speaker !== null) bySpeaker.set(statement.speaker, (bySpeaker.get(statement.speaker) ?? 0) + 1);
  }
  const statementsPerSpeaker = new Tally();
  for (const count of bySpeaker.values()) statementsPerSpeaker.add(count);
  const sentences = sentencesPerDocument.total;
  return {
    documents: store.documentCount,
    entities: store.graph.order,
    relations: store.graph.size,
    statements,
    facts: countOf(store.facts()),
    documentsPerEntity: documentsPerEntity.size,
    entitiesPerDocument: entitiesPerDocument.size,
    relationsPerEntity: relationsPerEntity.size,
    statementsPerSpeaker: statementsPerSpeaker.size,
    mentionsPerEntity: mentionsPerEntity.size,
    aliasesPerEntity: aliasesPerEntity.size,
    evidencePerRelation: evidencePerRelation.size,
    sentencesPerDocument: sentencesPerDocument.size,
    textChars: textChars.size,
    sentenceChars: {
      mean: sentences === 0 ? 0 : textChars.total / sentences,
      weighted: sentences === 0 ? 0 : textChars.total / sentences,
      max: textChars.size.max,
    },
  };
}, REUSE);

function countOf(items: Iterable<unknown>): number {
  let count = 0;
  for (const _item of items) count += 1;
  return count;
}
