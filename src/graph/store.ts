// GraphStore: the only code that writes the knowledge graph. It wraps a typed graphology
// multi-graph (entities are nodes, relations are edges) and keeps statements, facts and documents
// in maps beside it. Writes are idempotent merges: the same article applied twice changes nothing,
// and a second article that names a known entity adds to that entity's node. Curators' corrections
// (merge two entities, rename one) are applied here too, checked first so a refused one changes nothing.
import { MultiDirectedGraph } from 'graphology';
import {
  ConflictError,
  type Evidence,
  type ExtractedEntity,
  type ExtractedMention,
  type ExtractedRelation,
  type Extraction,
  InvalidInputError,
  NotFoundError,
  SYMMETRIC_RELATIONS,
  stableHash,
  withArticle,
} from '../domain/index.js';
import {
  type DocumentRecord,
  type EntityAttrs,
  type FactRecord,
  type RelationAttrs,
  type StatementRecord,
} from './attributes.js';
import { type CurationOp, MAX_MERGED_ENTITIES, cleanEntityName } from './curation.js';
import { NameIndex } from './indices.js';
import { isMultiWord, surfaceKey } from './surface-key.js';

/** Read access to the graph. Queries get this view, never the graphology instance itself. */
export type GraphView = Pick<
  MultiDirectedGraph<EntityAttrs, RelationAttrs>,
  | 'order'
  | 'size'
  | 'hasNode'
  | 'hasEdge'
  | 'nodes'
  | 'getNodeAttributes'
  | 'getEdgeAttributes'
  | 'forEachNode'
  | 'forEachEdge'
  | 'edges'
  | 'inEdges'
  | 'outEdges'
  | 'source'
  | 'target'
  | 'degree'
>;

/** How many new things a document brought. */
export interface AddedCounts {
  readonly entities: number;
  readonly relations: number;
  readonly statements: number;
  readonly facts: number;
}

/** What applyExtraction did. */
export interface ApplyResult {
  readonly document: DocumentRecord;
  /** True when the document was already in the store, in which case nothing changed. */
  readonly alreadyPresent: boolean;
  readonly added: AddedCounts;
  /** Ids of the entity nodes this document created. */
  readonly newEntityIds: readonly string[];
  /** Extracted entity ids that joined an existing node under another id: extracted id -> node id. */
  readonly mergedInto: ReadonlyMap<string, string>;
}

const NOTHING_ADDED: AddedCounts = { entities: 0, relations: 0, statements: 0, facts: 0 };

/** The knowledge graph and the records kept beside it. */
export class GraphStore {
  readonly #graph = new MultiDirectedGraph<EntityAttrs, RelationAttrs>({ allowSelfLoops: false });
  readonly #names = new NameIndex(this.#graph);
  readonly #documents = new Map<string, DocumentRecord>();
  readonly #entitiesByDocument = new Map<string, readonly string[]>();
  readonly #statements = new Map<string, StatementRecord>();
  readonly #facts = new Map<string, FactRecord>();
  /** Entity ids that were merged into a node with another id: merged id -> node id. */
  readonly #redirects = new Map<string, string>();
  #version = 0;

  /** Read-only view of the graph. */
  get graph(): GraphView {
    return this.#graph;
  }

  /** Name and alias index of the entities. */
  get names(): NameIndex {
    return this.#names;
  }

  /** Grows by one on every change, so readers can cache by it. */
  get version(): number {
    return this.#version;
  }

  /** The node id an entity id stands for (following merges), or undefined when unknown. */
  resolveEntityId(id: string): string | undefined {
    const target = this.#redirects.get(id) ?? id;
    return this.#graph.hasNode(target) ? target : undefined;
  }

  /** The document with this id, or undefined. */
  getDocument(id: string): DocumentRecord | undefined {
    return this.#documents.get(id);
  }

  /** True when a document with this id has been applied. */
  hasDocument(id: string): boolean {
    return this.#documents.has(id);
  }

  /** Every document, in ingestion order. */
  documents(): Iterable<DocumentRecord> {
    return this.#documents.values();
  }

  /** Ids of the entity nodes a document mentions. */
  entitiesOfDocument(id: string): readonly string[] {
    return this.#entitiesByDocument.get(id) ?? [];
  }

  /** Every statement, in ingestion order. */
  statements(): Iterable<StatementRecord> {
    return this.#statements.values();
  }

  /** Every fact, in ingestion order. */
  facts(): Iterable<FactRecord> {
    return this.#facts.values();
  }

  /**
   * Merges one document's extraction into the graph. Idempotent: a document already applied
   * changes nothing. Entities join existing nodes by id, or by name (see #matchExisting); the
   * document's relations, statements and facts then point at the nodes they joined.
   */
  applyExtraction(extraction: Extraction): ApplyResult {
    const { document } = extraction;
    const known = this.#documents.get(document.id);
    if (known !== undefined) {
      return { document: known, alreadyPresent: true, added: NOTHING_ADDED, newEntityIds: [], mergedInto: new Map() };
    }
    // Plan every entity's node before writing any, so entities of this document only ever join
    // nodes of earlier documents (the extractor already decided which of its own are distinct).
    const nodeOf = new Map(extraction.entities.map((e) => [e.id, this.#matchExisting(e) ?? e.id]));

    const newEntityIds: string[] = [];
    for (const entity of extraction.entities) {
      const id = nodeOf.get(entity.id) ?? entity.id;
      const previous = this.#graph.hasNode(id) ? this.#graph.getNodeAttributes(id) : undefined;
      if (previous === undefined) newEntityIds.push(id);
      this.#graph.mergeNode(id, mergeEntity(previous, entity, document.id));
    }
    const mergedInto = new Map([...nodeOf].filter(([from, to]) => from !== to));
    for (const [from, to] of mergedInto) this.#redirects.set(from, to);
    const resolve = (id: string | null): string | null =>
      id === null ? null : (this.resolveEntityId(nodeOf.get(id) ?? id) ?? null);

    let relations = 0;
    for (const relation of extraction.relations) {
      if (this.#mergeRelation(relation, resolve)) relations += 1;
    }
    let statements = 0;
    for (const s of extraction.statements) {
      if (this.#statements.has(s.id)) continue;
      this.#statements.set(s.id, { ...s, speaker: resolve(s.speaker), reportedBy: resolve(s.reportedBy) });
      statements += 1;
    }
    let facts = 0;
    for (const f of extraction.facts) {
      if (this.#facts.has(f.id)) continue;
      this.#facts.set(f.id, { ...f, subject: resolve(f.subject) });
      facts += 1;
    }
    this.#documents.set(document.id, document);
    this.#entitiesByDocument.set(document.id, [...new Set(nodeOf.values())]);
    this.#version += 1;
    return {
      document,
      alreadyPresent: false,
      added: { entities: newEntityIds.length, relations, statements, facts },
      newEntityIds,
      mergedInto,
    };
  }

  /**
   * The existing node an extracted entity should join, if any: the node with its id (or the node
   * that id was merged into), else the one node of the same type with a multi-word name whose
   * name or alias equals the entity's name, or whose name equals one of the entity's aliases.
   * Alias-to-alias matches are not enough: "Velora Police" and "Tarsk Police" may both be "Police".
   * A surface shared by several candidates is ambiguous and merges nothing.
   */
  #matchExisting(entity: ExtractedEntity): string | undefined {
    const byId = this.resolveEntityId(entity.id);
    if (byId !== undefined) return byId;
    const candidates = new Set<string>();
    const consider = (id: string, mustMatchName: string | undefined): void => {
      const attrs = this.#graph.getNodeAttributes(id);
      if (attrs.type !== entity.type || !isMultiWord(attrs.name)) return;
      if (mustMatchName !== undefined && surfaceKey(attrs.name) !== surfaceKey(mustMatchName)) return;
      candidates.add(id);
    };
    for (const id of this.#names.lookup(entity.name)) consider(id, undefined);
    for (const alias of entity.aliases) {
      for (const id of this.#names.lookup(alias)) consider(id, alias);
    }
    return candidates.size === 1 ? [...candidates][0] : undefined;
  }

  /** Adds a relation's edge, or its evidence to the edge already there; true when the edge is new. */
  #mergeRelation(relation: ExtractedRelation, resolve: (id: string) => string | null): boolean {
    const source = resolve(relation.subject);
    const target = resolve(relation.object);
    // An endpoint the extraction did not deliver, or two entities merged into one: no edge.
    if (source === null || target === null) return false;
    return this.#mergeEdge(source, target, {
      predicate: relation.predicate,
      role: relation.role ?? null,
      rule: relation.rule,
      confidence: relation.confidence,
      evidence: [relation.evidence],
    });
  }

  /**
   * Adds the edge `source -predicate-> target`, or gathers `incoming`'s evidence into the edge with
   * the same key; true when the edge is new. A loop (both ends one entity) is not added.
   */
  #mergeEdge(from: string, to: string, incoming: RelationAttrs): boolean {
    if (from === to) return false;
    const [source, target] = SYMMETRIC_RELATIONS.has(incoming.predicate) && from > to ? [to, from] : [from, to];
    const key = relationKey(source, incoming.predicate, target, incoming.role);
    const previous = this.#graph.hasEdge(key) ? this.#graph.getEdgeAttributes(key) : undefined;
    const attrs: RelationAttrs = {
      predicate: incoming.predicate,
      role: incoming.role,
      rule: previous?.rule ?? incoming.rule,
      confidence: Math.max(previous?.confidence ?? 0, incoming.confidence),
      evidence: appendOwned(previous?.evidence ?? [], incoming.evidence, evidenceKey, (e) => e.document),
    };
    this.#graph.mergeEdgeWithKey(key, source, target, attrs);
    return previous === undefined;
  }

  /**
   * Applies a curator's correction; see mergeEntities and renameEntity. Returns the id of the
   * entity node the operation leaves. Throws, with the store unchanged, when it cannot apply now.
   */
  applyCuration(op: CurationOp): string {
    switch (op.kind) {
      case 'merge':
        return this.mergeEntities(op.keep, op.merge);
      case 'rename':
        return this.renameEntity(op.id, op.name);
      default: {
        const unreachable: never = op;
        throw new Error(`applyCuration: unknown operation ${JSON.stringify(unreachable)}.`);
      }
    }
  }

  /** Throws what applyCuration would throw for `op`, and changes nothing. */
  checkCuration(op: CurationOp): void {
    switch (op.kind) {
      case 'merge':
        this.#planMerge(op.keep, op.merge);
        return;
      case 'rename':
        this.#planRename(op.id, op.name);
        return;
      default: {
        const unreachable: never = op;
        throw new Error(`checkCuration: unknown operation ${JSON.stringify(unreachable)}.`);
      }
    }
  }

  /**
   * Folds the entities `merge` into `keep`: keep's node gathers their names (as aliases), mentions,
   * documents and relations; statements and facts about them point at keep; their ids lead to keep
   * from now on. Relations between the merged entities vanish (an entity does not relate to itself).
   * Throws NotFoundError for an unknown id, InvalidInputError for an empty or oversized list,
   * ConflictError for an entity that already is keep or has another type. Returns keep's node id.
   */
  mergeEntities(keep: string, merge: readonly string[]): string {
    const plan = this.#planMerge(keep, merge);
    for (const gone of plan.merged) this.#fold(gone, plan.keep);
    this.#version += 1;
    return plan.keep;
  }

  /**
   * Gives an entity a new canonical name; the old name becomes an alias. Its id does not change.
   * Throws NotFoundError for an unknown id, InvalidInputError for an unusable name, ConflictError
   * when another entity of the same type already has that name (merge them instead). Returns the
   * entity's node id.
   */
  renameEntity(id: string, name: string): string {
    const plan = this.#planRename(id, name);
    if (plan.name === undefined) return plan.node;
    const attrs = this.#graph.getNodeAttributes(plan.node);
    const newName = plan.name;
    this.#graph.replaceNodeAttributes(plan.node, {
      ...attrs,
      name: newName,
      aliases: [...new Set([...attrs.aliases, attrs.name])].filter((alias) => alias !== newName),
    });
    this.#version += 1;
    return plan.node;
  }

  /** Empties the store, as before the first document (the graph is then rebuilt from storage). */
  reset(): void {
    this.#graph.clear();
    this.#documents.clear();
    this.#entitiesByDocument.clear();
    this.#statements.clear();
    this.#facts.clear();
    this.#redirects.clear();
    this.#version += 1;
  }

  /** The node to keep and the distinct nodes to fold into it; throws when the merge cannot be done. */
  #planMerge(keep: string, merge: readonly string[]): { keep: string; merged: readonly string[] } {
    if (merge.length === 0) throw new InvalidInputError('mergeEntities: "merge" must name at least one entity.');
    if (merge.length > MAX_MERGED_ENTITIES) {
      throw new InvalidInputError(`mergeEntities: "merge" may name at most ${MAX_MERGED_ENTITIES} entities, got ${merge.length}.`);
    }
    const node = this.resolveEntityId(keep);
    if (node === undefined) throw new NotFoundError(`mergeEntities: no entity "${keep}".`);
    const type = this.#graph.getNodeAttributes(node).type;
    const merged = new Set<string>();
    for (const id of merge) {
      const other = this.resolveEntityId(id);
      if (other === undefined) throw new NotFoundError(`mergeEntities: no entity "${id}".`);
      if (other === node) throw new ConflictError(`mergeEntities: "${id}" already is entity "${node}"; an entity cannot be merged into itself.`);
      const otherType = this.#graph.getNodeAttributes(other).type;
      if (otherType !== type) {
        throw new ConflictError(`mergeEntities: "${id}" is ${withArticle(otherType.toLowerCase())} and "${node}" ${withArticle(type.toLowerCase())}; only entities of one type can be merged.`);
      }
      merged.add(other);
    }
    return { keep: node, merged: [...merged] };
  }

  /** The node to rename and its cleaned new name (undefined when it already has it); throws when it cannot be renamed. */
  #planRename(id: string, name: string): { node: string; name: string | undefined } {
    const node = this.resolveEntityId(id);
    if (node === undefined) throw new NotFoundError(`renameEntity: no entity "${id}".`);
    const cleaned = cleanEntityName(name, 'renameEntity');
    const attrs = this.#graph.getNodeAttributes(node);
    if (attrs.name === cleaned) return { node, name: undefined };
    const key = surfaceKey(cleaned);
    for (const other of this.#names.lookup(cleaned)) {
      const otherAttrs = this.#graph.getNodeAttributes(other);
      if (other !== node && otherAttrs.type === attrs.type && surfaceKey(otherAttrs.name) === key) {
        throw new ConflictError(`renameEntity: entity "${other}" is already called "${otherAttrs.name}"; merge the two instead.`);
      }
    }
    return { node, name: cleaned };
  }

  /** Moves everything of node `gone` to node `keep`, then drops `gone`. */
  #fold(gone: string, keep: string): void {
    const graph = this.#graph;
    for (const edge of graph.edges(gone)) {
      const attrs = graph.getEdgeAttributes(edge);
      const source = graph.source(edge);
      const target = graph.target(edge);
      graph.dropEdge(edge);
      this.#mergeEdge(source === gone ? keep : source, target === gone ? keep : target, attrs);
    }
    const kept = graph.getNodeAttributes(keep);
    const folded = graph.getNodeAttributes(gone);
    const documents = new Set([...kept.documents, ...folded.documents]);
    graph.replaceNodeAttributes(keep, {
      name: kept.name,
      type: kept.type,
      aliases: [...new Set([...kept.aliases, folded.name, ...folded.aliases])].filter((alias) => alias !== kept.name),
      mentions: appendNew(kept.mentions, folded.mentions, mentionKey),
      // Ingestion order, as for entities that were never merged.
      documents: [...this.#documents.keys()].filter((id) => documents.has(id)),
    });
    graph.dropNode(gone);

    this.#redirects.set(gone, keep);
    for (const [from, to] of this.#redirects) if (to === gone) this.#redirects.set(from, keep);
    const move = (id: string | null): string | null => (id === gone ? keep : id);
    for (const [id, s] of this.#statements) {
      if (s.speaker === gone || s.reportedBy === gone) this.#statements.set(id, { ...s, speaker: move(s.speaker), reportedBy: move(s.reportedBy) });
    }
    for (const [id, f] of this.#facts) {
      if (f.subject === gone) this.#facts.set(id, { ...f, subject: keep });
    }
    for (const document of folded.documents) {
      const entities = this.#entitiesByDocument.get(document);
      if (entities !== undefined) this.#entitiesByDocument.set(document, [...new Set(entities.map((e) => (e === gone ? keep : e)))]);
    }
  }
}

/** Key of the edge for a claim: one edge per subject, predicate, object and role, whatever the document. */
export function relationKey(source: string, predicate: string, target: string, role: string | null): string {
  return `rel:${stableHash(source, predicate, target, role ?? '')}`;
}

/** An entity node's attributes after a document adds `entity` to it. */
function mergeEntity(previous: EntityAttrs | undefined, entity: ExtractedEntity, documentId: string): EntityAttrs {
  const name = previous?.name ?? entity.name;
  const known = previous?.aliases ?? [];
  const additions = [entity.name, ...entity.aliases].filter((a) => a !== name && !known.includes(a));
  // The same list when nothing is new, so the name index sees that the names did not change.
  const aliases = previous !== undefined && additions.length === 0 ? previous.aliases : [...new Set([...known, ...additions])];
  return {
    name,
    type: previous?.type ?? entity.type,
    aliases,
    mentions: appendOwned(previous?.mentions ?? [], entity.mentions, mentionKey, (m) => m.evidence.document),
    documents: appendOwned(previous?.documents ?? [], [documentId], (d) => d, (d) => d),
  };
}

function evidenceKey(e: Evidence): string {
  return `${e.document}|${e.sentence}|${e.start}|${e.end}`;
}

function mentionKey(m: ExtractedMention): string {
  return evidenceKey(m.evidence);
}

/**
 * `items`, grown in place by those of `more` whose key is not yet there. Used on the arrays of the
 * graph's records, which this module creates (never an extraction's own), so adding a document
 * costs only its own items: an entity named in thousands of documents is not copied each time.
 * Keys include the document and a document's items are added together, at the end, so only the
 * trailing items of `more`'s documents can repeat one of `more`: the comparison stops before them.
 */
function appendOwned<T>(items: readonly T[], more: readonly T[], keyOf: (item: T) => string, documentOf: (item: T) => string): readonly T[] {
  if (more.length === 0) return items;
  const documents = new Set(more.map(documentOf));
  const seen = new Set<string>();
  for (let i = items.length - 1; i >= 0; i -= 1) {
    const item = items[i];
    if (item === undefined || !documents.has(documentOf(item))) break;
    seen.add(keyOf(item));
  }
  // The store's own array (see above): growing it in place is the point.
  const owned = items as T[];
  for (const item of more) {
    const key = keyOf(item);
    if (seen.has(key)) continue;
    seen.add(key);
    owned.push(item);
  }
  return owned;
}

/** `items` followed by those of `more` whose key is not yet there, as a new array. */
function appendNew<T>(items: readonly T[], more: readonly T[], keyOf: (item: T) => string): readonly T[] {
  const seen = new Set(items.map(keyOf));
  const added = more.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return added.length === 0 ? items : [...items, ...added];
}
