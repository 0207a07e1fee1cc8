// GraphStore: the only code that writes the knowledge graph. It wraps a typed graphology
// multi-graph (entities are nodes, relations are edges) and keeps statements, facts and documents
// in maps beside it. Writes are idempotent merges: the same article applied twice changes nothing,
// and a second article that names a known entity adds to that entity's node. Curators' corrections
// (merge entities, rename or retype one, reject, restore, confirm or add a relation) are applied
// here too, checked first so a refused one changes nothing. A rejected relation leaves the graph for
// a side map, so no query or export sees it; evidence that later states it again joins it there.
import { MultiDirectedGraph } from 'graphology';
import {
  ConflictError,
  type EntityType,
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
  type RelationEvidence,
  type RelationRecord,
  type StatementRecord,
} from './attributes.js';
import {
  type AddRelationOp,
  CURATOR_RULE,
  type CurationMeta,
  type CurationOp,
  MAX_MERGED_ENTITIES,
  type RelationCuration,
  type RelationRef,
  cleanEntityName,
} from './curation.js';
import { type NodeNames, planDocumentRemoval, withoutDocumentEvidence, withoutDocumentMentions } from './document-removal.js';
import { FullTextIndex } from './full-text-index.js';
import { leanExtraction } from './lean-records.js';
import { LinkProjection } from './link-projection.js';
import { NameIndex } from './indices.js';
import { isFullerName } from './person-name.js';
import { type NameAuthority, type PersonEvidence, type Resolution, type ResolutionMatch, Resolver, evidenceOfExtracted } from './resolution.js';
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

/** How a store is set up. */
export interface GraphStoreOptions {
  /**
   * Knows canonical names (the extractor's gazetteer), so "Republic of Korea" in one article and
   * "South Korea" in another are one node. Without it, entities join only by id, name and person name.
   * A store rebuilt from storage must get the same authority, or it resolves differently.
   */
  readonly authority?: NameAuthority;
}

/** A relation a curator rejected: out of the graph, kept with the evidence that states it. */
interface RejectedRelation {
  readonly source: string;
  readonly target: string;
  /** The relation as it was (its own curation, such as a confirmation, included). */
  readonly attrs: RelationAttrs;
  readonly rejection: RelationCuration;
}

/** Meta of a curation applied outside the log (tests, direct calls). */
const UNLOGGED: CurationMeta = { seq: 0, at: new Date(0).toISOString(), by: null };

/** The knowledge graph and the records kept beside it. */
export class GraphStore {
  #graph = new MultiDirectedGraph<EntityAttrs, RelationAttrs>({ allowSelfLoops: false });
  #names = new NameIndex(this.#graph);
  #fullText = new FullTextIndex(this.#graph);
  #links = new LinkProjection(this.#graph);
  #documents = new Map<string, DocumentRecord>();
  #entitiesByDocument = new Map<string, readonly string[]>();
  #statements = new Map<string, StatementRecord>();
  #facts = new Map<string, FactRecord>();
  /** Entity ids that were merged into a node with another id: merged id -> node id. */
  #redirects = new Map<string, string>();
  /** Why each resolved entity id joined the node it did: resolved id -> record. */
  #resolutions = new Map<string, Resolution>();
  /** Node id -> ids of the resolutions that joined it (curators' merges move them along). */
  #resolutionsByNode = new Map<string, string[]>();
  #resolver: Resolver;
  readonly #options: GraphStoreOptions;
  /** Relations curators rejected, by relation key. */
  #rejected = new Map<string, RejectedRelation>();
  /**
   * Documents that gave a node of earlier documents a new name or alias: later documents may have
   * joined it by that name, so such a document is never taken out in place (see removeDocumentInPlace).
   */
  #renamingDocuments = new Set<string>();
  /**
   * The names the last document applied replaced, per node of earlier documents it renamed: what
   * taking that document out in place puts back (only the newest document can come out that way,
   * since no later one can have joined by the names it gave).
   */
  #lastRenames: { readonly document: string; readonly previous: Map<string, NodeNames> } | undefined;
  /** True once a document's claims named an entity it does not list (the extractor never does). */
  #foreignReferences = false;
  /** Ids of statements and facts a document repeated from another (the first is kept). */
  #repeatedClaimIds = new Set<string>();
  #version = 0;
  #documentsEpoch = 0;

  constructor(options: GraphStoreOptions = {}) {
    this.#options = options;
    this.#resolver = new Resolver(this.#graph, options.authority);
  }

  /** A new, empty store set up as this one (the same name authority), to rebuild into. */
  emptyLike(): GraphStore {
    return new GraphStore(this.#options);
  }

  /**
   * Takes over everything `other` holds, in one synchronous step: readers see this store's old
   * contents until then and `other`'s after, never a graph half built. `other` must not be used
   * afterwards. A rebuild fills a store beside the live one (a slice at a time, so the process
   * keeps answering) and then hands it over with this.
   */
  adopt(other: GraphStore): void {
    this.#graph = other.#graph;
    this.#names = other.#names;
    this.#fullText = other.#fullText;
    this.#links = other.#links;
    this.#documents = other.#documents;
    this.#entitiesByDocument = other.#entitiesByDocument;
    this.#statements = other.#statements;
    this.#facts = other.#facts;
    this.#redirects = other.#redirects;
    this.#resolutions = other.#resolutions;
    this.#resolutionsByNode = other.#resolutionsByNode;
    this.#resolver = other.#resolver;
    this.#rejected = other.#rejected;
    this.#renamingDocuments = other.#renamingDocuments;
    this.#lastRenames = other.#lastRenames;
    this.#foreignReferences = other.#foreignReferences;
    this.#repeatedClaimIds = other.#repeatedClaimIds;
    // Caches by version (centrality, projections) must not take the new contents for the old.
    this.#version = Math.max(this.#version, other.#version) + 1;
    this.#documentsEpoch += 1;
  }

  /** Read-only view of the graph. */
  get graph(): GraphView {
    return this.#graph;
  }

  /** Name and alias index of the entities. */
  get names(): NameIndex {
    return this.#names;
  }

  /** Full-text index of the entities' names, aliases and sentences (built on first use). */
  get fullText(): FullTextIndex {
    return this.#fullText;
  }

  /** The graph as one link per pair of entities, kept up to date (built on first use). */
  get links(): LinkProjection {
    return this.#links;
  }

  /** Grows by one on every change, so readers can cache by it. */
  get version(): number {
    return this.#version;
  }

  /** How many documents the store holds. */
  get documentCount(): number {
    return this.#documents.size;
  }

  /**
   * Grows by one whenever the documents stop being those before with new ones after them (a reset,
   * a hand-over): while it stays, documents() only ever grows at its end, so readers may extend
   * what they derived from it instead of deriving it again.
   */
  get documentsEpoch(): number {
    return this.#documentsEpoch;
  }

  /** The node id an entity id stands for (following merges), or undefined when unknown. */
  resolveEntityId(id: string): string | undefined {
    const target = this.#redirects.get(id) ?? id;
    return this.#graph.hasNode(target) ? target : undefined;
  }

  /**
   * Why the entity id `id` is part of another node (see applyExtraction), or undefined when it was
   * never resolved into one. Curators' merges are not resolutions: the curation log records them.
   */
  resolutionOf(id: string): Resolution | undefined {
    return this.#resolutions.get(id);
  }

  /** Every resolution, in the order they were made. */
  resolutions(): Iterable<Resolution> {
    return this.#resolutions.values();
  }

  /** The resolutions that joined forms of other articles into node `id`, in the order they were made. */
  resolutionsInto(id: string): readonly Resolution[] {
    return (this.#resolutionsByNode.get(id) ?? []).flatMap((from) => this.#resolutions.get(from) ?? []);
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
   * Relations curators rejected, in the order they were rejected, each with the rejection as its
   * `curation`. Rejections of relations no document states any more (kept so that they stay out
   * if one does again) are not listed.
   */
  *rejectedRelations(): Generator<RelationRecord> {
    for (const [key, rejected] of this.#rejected) {
      if (rejected.attrs.evidence.length > 0) yield rejectedRecord(key, rejected);
    }
  }

  /** The rejected relation with this key, or undefined. */
  getRejectedRelation(key: string): RelationRecord | undefined {
    const rejected = this.#rejected.get(key);
    return rejected === undefined ? undefined : rejectedRecord(key, rejected);
  }

  /** How a curation operation names the relation `id` (in the graph or rejected), or undefined when there is none. */
  relationRef(id: string): RelationRef | undefined {
    if (this.#graph.hasEdge(id)) {
      const { predicate, role, polarity } = this.#graph.getEdgeAttributes(id);
      return { relation: id, source: this.#graph.source(id), target: this.#graph.target(id), predicate, role, ...(polarity ? { polarity } : {}) };
    }
    const rejected = this.#rejected.get(id);
    if (rejected === undefined) return undefined;
    const { predicate, role, polarity } = rejected.attrs;
    return { relation: id, source: rejected.source, target: rejected.target, predicate, role, ...(polarity ? { polarity } : {}) };
  }

  /**
   * Merges one document's extraction into the graph. Idempotent: a document already applied
   * changes nothing. Entities join existing nodes by id, or by name, canonical name or person name
   * (see #planNodes); the document's relations, statements and facts then point at the nodes they
   * joined. The result depends only on the documents applied before, in their order, so a rebuild
   * from the stored log gives the same graph.
   */
  applyExtraction(extraction: Extraction): ApplyResult {
    appendKeys = new Map();
    try {
      return this.#applyExtraction(extraction);
    } finally {
      appendKeys = undefined;
    }
  }

  #applyExtraction(arriving: Extraction): ApplyResult {
    const known = this.#documents.get(arriving.document.id);
    if (known !== undefined) {
      return { document: known, alreadyPresent: true, added: NOTHING_ADDED, newEntityIds: [], mergedInto: new Map() };
    }
    const extraction = leanExtraction(arriving);
    const { document } = extraction;
    const { nodeOf, matches } = this.#planNodes(extraction);
    if (!this.#foreignReferences && refersOutside(extraction)) this.#foreignReferences = true;

    const newEntityIds: string[] = [];
    const renamed = new Map<string, NodeNames>();
    for (const entity of extraction.entities) {
      const id = nodeOf.get(entity.id) ?? entity.id;
      const previous = this.#graph.hasNode(id) ? this.#graph.getNodeAttributes(id) : undefined;
      if (previous === undefined) newEntityIds.push(id);
      const merged = mergeEntity(previous, entity, document.id);
      // A person first named by an initial takes the full name when one joins it; the id stays.
      const fuller = previous !== undefined && matches.get(entity.id)?.reason === 'PERSON_NAME' && isFullerName(entity.name, previous.name);
      const existedBefore = previous !== undefined && previous.documents[0] !== document.id;
      if (existedBefore && (fuller || merged.aliases !== previous.aliases)) {
        this.#renamingDocuments.add(document.id);
        if (!renamed.has(id)) renamed.set(id, { name: previous.name, aliases: previous.aliases });
      }
      this.#graph.mergeNode(id, fuller ? withName(merged, entity.name) : merged);
    }
    const mergedInto = new Map([...nodeOf].filter(([from, to]) => from !== to));
    for (const [from, to] of mergedInto) {
      this.#redirects.set(from, to);
      const match = matches.get(from);
      if (match !== undefined && !this.#resolutions.has(from)) {
        this.#resolutions.set(from, { id: from, name: match.name, into: to, reason: match.reason, document: document.id, detail: match.detail });
        const joined = this.#resolutionsByNode.get(to);
        if (joined === undefined) this.#resolutionsByNode.set(to, [from]);
        else joined.push(from);
      }
    }
    const resolve = (id: string | null): string | null => (id === null ? null : (this.resolveEntityId(nodeOf.get(id) ?? id) ?? null));

    let relations = 0;
    for (const relation of extraction.relations) {
      if (this.#mergeRelation(relation, resolve)) relations += 1;
    }
    let statements = 0;
    for (const s of extraction.statements) {
      if (this.#statements.has(s.id)) {
        this.#repeatedClaimIds.add(s.id);
        continue;
      }
      const { id, text, evidence, when } = s;
      const speaker = resolve(s.speaker);
      const reportedBy = resolve(s.reportedBy);
      this.#statements.set(id, when === undefined ? { id, speaker, text, reportedBy, evidence } : { id, speaker, text, reportedBy, evidence, when });
      statements += 1;
    }
    let facts = 0;
    for (const f of extraction.facts) {
      if (this.#facts.has(f.id)) {
        this.#repeatedClaimIds.add(f.id);
        continue;
      }
      const { id, kind, count, evidence, when } = f;
      const subject = resolve(f.subject);
      this.#facts.set(id, when === undefined ? { id, kind, count, subject, evidence } : { id, kind, count, subject, evidence, when });
      facts += 1;
    }
    this.#documents.set(document.id, document);
    this.#entitiesByDocument.set(document.id, [...new Set(nodeOf.values())]);
    this.#lastRenames = { document: document.id, previous: renamed };
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
   * Takes a document out of the graph in place, with everything only it supported, leaving the
   * graph exactly as a replay of the log without it would; `curations` are those of the log. Does
   * nothing and returns why when that cannot be done in place (see document-removal.ts): the caller
   * then rebuilds from the log. Returns undefined when done, or when there was no such document.
   */
  removeDocumentInPlace(id: string, curations: readonly { readonly seq: number; readonly op: CurationOp }[]): string | undefined {
    if (!this.#documents.has(id)) return undefined;
    // Claims that point outside their own document, or whose ids another document repeated, are
    // not traced by the plan: only a replay treats them as it did.
    if (this.#foreignReferences) return 'a document refers to entities it does not list';
    const statements = [...this.#statements].filter(([, s]) => s.evidence.document === id).map(([key]) => key);
    const facts = [...this.#facts].filter(([, f]) => f.evidence.document === id).map(([key]) => key);
    if ([...statements, ...facts].some((key) => this.#repeatedClaimIds.has(key))) return 'another document repeated the id of one of its claims';
    const resolutions = [...this.#resolutions.values()].filter((r) => r.document === id);
    const decision = planDocumentRemoval({
      graph: this.#graph,
      document: id,
      entities: this.entitiesOfDocument(id),
      renamedOthers: this.#renamingDocuments.has(id),
      isNewest: this.#newestDocument() === id,
      previousNames: this.#lastRenames?.document === id ? this.#lastRenames.previous : undefined,
      resolutions,
      curations,
      resolve: (entity) => this.resolveEntityId(entity),
      wasContested: (node) => this.#resolver.wasContested(node),
    });
    if (decision.kind === 'rebuild') return decision.reason;
    const { plan } = decision;
    // Worked out before anything changes, so nothing below can stop half way.
    const trimmedEdges = plan.trimEdges.map((edge) => [edge, withoutDocumentEvidence(this.#graph.getEdgeAttributes(edge), id)] as const);
    for (const node of plan.dropNodes) this.#graph.dropNode(node);
    for (const edge of plan.dropEdges) this.#graph.dropEdge(edge);
    for (const [edge, attrs] of trimmedEdges) this.#graph.replaceEdgeAttributes(edge, attrs);
    for (const node of plan.trimNodes) {
      const trimmed = withoutDocumentMentions(this.#graph.getNodeAttributes(node), id);
      const names = plan.restoreNames.get(node);
      this.#graph.replaceNodeAttributes(node, names === undefined ? trimmed : { ...trimmed, name: names.name, aliases: names.aliases });
    }
    for (const resolution of plan.resolutions) {
      this.#resolutions.delete(resolution.id);
      this.#redirects.delete(resolution.id);
      const joined = this.#resolutionsByNode.get(resolution.into);
      const left = joined?.filter((from) => from !== resolution.id) ?? [];
      if (left.length > 0) this.#resolutionsByNode.set(resolution.into, left);
      else this.#resolutionsByNode.delete(resolution.into);
    }
    for (const key of statements) this.#statements.delete(key);
    for (const key of facts) this.#facts.delete(key);
    this.#documents.delete(id);
    this.#entitiesByDocument.delete(id);
    this.#renamingDocuments.delete(id);
    if (this.#lastRenames?.document === id) this.#lastRenames = undefined;
    this.#version += 1;
    this.#documentsEpoch += 1;
    return undefined;
  }

  /** Id of the document applied last, or undefined when there is none. */
  #newestDocument(): string | undefined {
    let newest: string | undefined;
    for (const id of this.#documents.keys()) newest = id;
    return newest;
  }

  /**
   * The node each entity of a document goes to, planned before any is written, and why those that
   * join a node with another id join it. Entities of this document join nodes of earlier documents
   * only (the extractor already decided which of its own are distinct), except that two of its
   * entities with one canonical name (a gazetteer's) are one. Persons are planned last, so the
   * evidence about them points at the nodes their countries and bodies resolved to.
   */
  #planNodes(extraction: Extraction): { nodeOf: Map<string, string>; matches: Map<string, ResolutionMatch> } {
    const nodeOf = new Map<string, string>();
    const matches = new Map<string, ResolutionMatch>();
    /** Canonical key -> node planned for it by an earlier entity of this document. */
    const planned = new Map<string, { readonly node: string; readonly name: string }>();
    const typeOf = new Map(extraction.entities.map((e) => [e.id, e.type]));
    const relationsBySubject = new Map<string, ExtractedRelation[]>();
    for (const r of extraction.relations) {
      const list = relationsBySubject.get(r.subject);
      if (list === undefined) relationsBySubject.set(r.subject, [r]);
      else list.push(r);
    }
    const ordered = [...extraction.entities.filter((e) => e.type !== 'PERSON'), ...extraction.entities.filter((e) => e.type === 'PERSON')];
    for (const entity of ordered) {
      const canonical = this.#resolver.canonicalKey(entity.type, entity.name);
      const byId = this.resolveEntityId(entity.id);
      if (byId !== undefined) {
        nodeOf.set(entity.id, byId);
        if (canonical !== undefined && !planned.has(canonical)) planned.set(canonical, { node: byId, name: entity.name });
        continue;
      }
      const evidence = (): PersonEvidence =>
        evidenceOfExtracted(
          entity.id,
          relationsBySubject.get(entity.id) ?? [],
          (id) => nodeOf.get(id) ?? id,
          (id) => typeOf.get(id),
        );
      const match =
        this.#matchByName(entity) ??
        this.#resolver.byCanonicalName(entity) ??
        (entity.type === 'PERSON' ? this.#resolver.byPersonName(entity, evidence()) : undefined);
      const sibling = canonical === undefined ? undefined : planned.get(canonical);
      const node = match?.node ?? sibling?.node ?? entity.id;
      if (match !== undefined) matches.set(entity.id, match);
      else if (sibling !== undefined) {
        const detail = `"${entity.name}" and "${sibling.name}" are names of one gazetteer entry in the same article.`;
        matches.set(entity.id, { name: entity.name, node: sibling.node, reason: 'GAZETTEER_NAME', detail });
      }
      if (canonical !== undefined && !planned.has(canonical)) planned.set(canonical, { node, name: entity.name });
      nodeOf.set(entity.id, node);
    }
    return { nodeOf, matches };
  }

  /**
   * The one existing node of the same type with a multi-word name whose name or alias equals the
   * entity's name, or whose name equals one of the entity's aliases.
   * Alias-to-alias matches are not enough: "Velora Police" and "Tarsk Police" may both be "Police".
   * A surface shared by several candidates is ambiguous and merges nothing.
   */
  #matchByName(entity: ExtractedEntity): ResolutionMatch | undefined {
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
    if (candidates.size > 1) this.#resolver.markContested(candidates);
    const [node] = candidates;
    if (candidates.size !== 1 || node === undefined) return undefined;
    const name = this.#graph.getNodeAttributes(node).name;
    return { name: entity.name, node, reason: 'SAME_NAME', detail: `"${entity.name}" is a name of "${name}" already in the graph.` };
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
      evidence: [relationEvidence(relation)],
      ...(relation.polarity === 'DENIED' ? { polarity: 'DENIED' as const } : {}),
    });
  }

  /**
   * Adds the edge `source -predicate-> target`, or gathers `incoming`'s evidence into the edge with
   * the same key; true when the edge is new. A loop (both ends one entity) is not added.
   */
  #mergeEdge(from: string, to: string, incoming: RelationAttrs): boolean {
    if (from === to) return false;
    const [source, target] = orient(incoming.predicate, from, to);
    const key = relationKey(source, incoming.predicate, target, incoming.role, incoming.polarity);
    // A rejected relation stays out of the graph, whatever states it again.
    const rejected = this.#rejected.get(key);
    if (rejected !== undefined) {
      this.#rejected.set(key, { ...rejected, attrs: combineRelations(rejected.attrs, incoming) });
      return false;
    }
    const previous = this.#graph.hasEdge(key) ? this.#graph.getEdgeAttributes(key) : undefined;
    this.#graph.mergeEdgeWithKey(key, source, target, combineRelations(previous, incoming));
    return previous === undefined;
  }

  /**
   * Applies a curator's correction; see mergeEntities, renameEntity, setEntityType and the relation
   * curations below. `meta` says which curation of the log it is, for the marks relations carry.
   * Returns the id of the entity or relation the operation leaves. Throws, with the store
   * unchanged, when it cannot apply now. An undo changes nothing here: the log is replayed without
   * the curation it reverts (see PersistentGraph).
   */
  applyCuration(op: CurationOp, meta: CurationMeta = UNLOGGED): string {
    switch (op.kind) {
      case 'merge':
        return this.mergeEntities(op.keep, op.merge, op.type);
      case 'rename':
        return this.renameEntity(op.id, op.name);
      case 'set-type':
        return this.setEntityType(op.id, op.type);
      case 'reject':
        return this.#reject(op, op.reason, meta);
      case 'restore':
        return this.#restore(op);
      case 'confirm':
        return this.#confirm(op, op.reason, meta);
      case 'add-relation':
        return this.#addRelation(op, meta);
      case 'undo':
        return String(op.seq);
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
        this.#planMerge(op.keep, op.merge, op.type);
        return;
      case 'rename':
        this.#planRename(op.id, op.name);
        return;
      case 'set-type':
        this.#planSetType(op.id, op.type);
        return;
      case 'reject':
      case 'restore':
      case 'confirm':
        this.#planRelationCuration(op.kind, op);
        return;
      case 'add-relation':
        this.#planAddRelation(op);
        return;
      case 'undo':
        return;
      default: {
        const unreachable: never = op;
        throw new Error(`checkCuration: unknown operation ${JSON.stringify(unreachable)}.`);
      }
    }
  }

  /**
   * Gives an entity another type; its id, names and relations stay. Throws NotFoundError for an
   * unknown id, ConflictError when it already has that type. Returns the entity's node id.
   */
  setEntityType(id: string, type: EntityType): string {
    const node = this.#planSetType(id, type);
    this.#graph.replaceNodeAttributes(node, { ...this.#graph.getNodeAttributes(node), type });
    this.#version += 1;
    return node;
  }

  /**
   * Folds the entities `merge` into `keep`: keep's node gathers their names (as aliases), mentions,
   * documents and relations; statements and facts about them point at keep; their ids lead to keep
   * from now on. Relations between the merged entities vanish (an entity does not relate to itself).
   * Throws NotFoundError for an unknown id, InvalidInputError for an empty or oversized list,
   * ConflictError for an entity that already is keep, or has another type when `type` is not
   * given. With `type`, entities of any types merge and the kept one gets that type. Returns
   * keep's node id.
   */
  mergeEntities(keep: string, merge: readonly string[], type?: EntityType): string {
    const plan = this.#planMerge(keep, merge, type);
    for (const gone of plan.merged) this.#fold(gone, plan.keep);
    if (type !== undefined && this.#graph.getNodeAttributes(plan.keep).type !== type) {
      this.#graph.replaceNodeAttributes(plan.keep, { ...this.#graph.getNodeAttributes(plan.keep), type });
    }
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
    this.#graph.replaceNodeAttributes(plan.node, withName(attrs, plan.name));
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
    this.#resolutions.clear();
    this.#resolutionsByNode.clear();
    this.#rejected.clear();
    this.#renamingDocuments.clear();
    this.#lastRenames = undefined;
    this.#foreignReferences = false;
    this.#repeatedClaimIds.clear();
    this.#version += 1;
    this.#documentsEpoch += 1;
  }

  /** The node to keep and the distinct nodes to fold into it; throws when the merge cannot be done. */
  #planMerge(keep: string, merge: readonly string[], keepType?: EntityType): { keep: string; merged: readonly string[] } {
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
      if (otherType !== type && keepType === undefined) {
        throw new ConflictError(
          `mergeEntities: "${id}" is ${withArticle(otherType.toLowerCase())} and "${node}" ${withArticle(type.toLowerCase())}; name the type to keep to merge entities of different types.`,
        );
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

  #planSetType(id: string, type: EntityType): string {
    const node = this.resolveEntityId(id);
    if (node === undefined) throw new NotFoundError(`setEntityType: no entity "${id}".`);
    if (this.#graph.getNodeAttributes(node).type === type) throw new ConflictError(`setEntityType: entity "${node}" already is a ${type}.`);
    return node;
  }

  /** The key a relation reference stands for now: its endpoints followed through merges. */
  #keyOf(ref: RelationRef): { key: string; source: string; target: string } | undefined {
    const from = this.#redirectedId(ref.source);
    const to = this.#redirectedId(ref.target);
    if (from === to) return undefined;
    const [source, target] = orient(ref.predicate, from, to);
    return { key: relationKey(source, ref.predicate, target, ref.role, ref.polarity), source, target };
  }

  /** Where an entity id leads, even when no node has it (any more). */
  #redirectedId(id: string): string {
    return this.#redirects.get(id) ?? id;
  }

  /** Checks that a relation curation can apply now; returns the relation's key. */
  #planRelationCuration(kind: 'reject' | 'restore' | 'confirm', ref: RelationRef): string {
    const where = `${kind}Relation`;
    const found = this.#keyOf(ref);
    const key = found?.key;
    const live = key !== undefined && this.#graph.hasEdge(key);
    const rejected = key !== undefined && this.#rejected.has(key);
    if (!live && !rejected) throw new NotFoundError(`${where}: no relation "${ref.relation}".`);
    if (kind === 'reject' && rejected) throw new ConflictError(`${where}: relation "${ref.relation}" is already rejected.`);
    if (kind === 'restore' && live) throw new ConflictError(`${where}: relation "${ref.relation}" is not rejected.`);
    if (kind === 'confirm' && rejected) throw new ConflictError(`${where}: relation "${ref.relation}" is rejected; restore it first.`);
    if (kind === 'confirm' && key !== undefined && this.#graph.getEdgeAttributes(key).curation?.status === 'CONFIRMED') {
      throw new ConflictError(`${where}: relation "${ref.relation}" is already confirmed.`);
    }
    return key ?? ref.relation;
  }

  /**
   * Takes a relation out of the graph into the rejected map. Replayed on a graph where nothing
   * states the relation (a newer extractor dropped it), it still records the rejection, so the
   * relation stays out if a later article or extractor states it again.
   */
  #reject(ref: RelationRef, reason: string, meta: CurationMeta): string {
    const found = this.#keyOf(ref);
    if (found === undefined) throw new NotFoundError(`rejectRelation: no relation "${ref.relation}".`);
    if (this.#rejected.has(found.key)) throw new ConflictError(`rejectRelation: relation "${ref.relation}" is already rejected.`);
    const rejection: RelationCuration = { status: 'REJECTED', reason, ...meta };
    if (this.#graph.hasEdge(found.key)) {
      const attrs = this.#graph.getEdgeAttributes(found.key);
      const source = this.#graph.source(found.key);
      const target = this.#graph.target(found.key);
      this.#graph.dropEdge(found.key);
      this.#rejected.set(found.key, { source, target, attrs, rejection });
    } else {
      const attrs: RelationAttrs = {
        predicate: ref.predicate,
        role: ref.role,
        rule: CURATOR_RULE,
        confidence: 0,
        evidence: [],
        ...(ref.polarity ? { polarity: ref.polarity } : {}),
      };
      this.#rejected.set(found.key, { source: found.source, target: found.target, attrs, rejection });
    }
    this.#version += 1;
    return found.key;
  }

  /** Puts a rejected relation back into the graph, with the evidence gathered meanwhile. */
  #restore(ref: RelationRef): string {
    const key = this.#planRelationCuration('restore', ref);
    const rejected = this.#rejected.get(key);
    if (rejected === undefined) throw new ConflictError(`restoreRelation: relation "${ref.relation}" is not rejected.`);
    this.#rejected.delete(key);
    // A rejection that no document supports (any more) leaves nothing to put back.
    const ends = this.#graph.hasNode(rejected.source) && this.#graph.hasNode(rejected.target);
    if (ends && rejected.attrs.evidence.length > 0) this.#graph.addEdgeWithKey(key, rejected.source, rejected.target, rejected.attrs);
    this.#version += 1;
    return key;
  }

  /** Marks a relation verified by a person: confidence 1. */
  #confirm(ref: RelationRef, reason: string | null, meta: CurationMeta): string {
    const key = this.#planRelationCuration('confirm', ref);
    const attrs = this.#graph.getEdgeAttributes(key);
    this.#graph.replaceEdgeAttributes(key, { ...attrs, confidence: 1, curation: { status: 'CONFIRMED', reason, ...meta } });
    this.#version += 1;
    return key;
  }

  /** The endpoints, key and evidence of a relation a person adds; throws when it cannot be added. */
  #planAddRelation(op: AddRelationOp): { source: string; target: string; key: string; evidence: RelationEvidence[] } {
    const from = this.resolveEntityId(op.subject);
    if (from === undefined) throw new NotFoundError(`addRelation: no entity "${op.subject}".`);
    const to = this.resolveEntityId(op.object);
    if (to === undefined) throw new NotFoundError(`addRelation: no entity "${op.object}".`);
    if (from === to) throw new InvalidInputError(`addRelation: "${op.subject}" and "${op.object}" are one entity; a relation needs two.`);
    const [source, target] = orient(op.predicate, from, to);
    const key = relationKey(source, op.predicate, target, op.role);
    if (this.#graph.hasEdge(key)) throw new ConflictError(`addRelation: relation "${key}" already exists; confirm it instead.`);
    if (this.#rejected.has(key)) throw new ConflictError(`addRelation: relation "${key}" was rejected; restore it instead.`);
    const evidence: RelationEvidence[] = [];
    if (op.evidence !== null) {
      const document = this.#documents.get(op.evidence.document);
      if (document === undefined) throw new NotFoundError(`addRelation: no document "${op.evidence.document}".`);
      const sentence = document.sentences[op.evidence.sentence];
      if (sentence === undefined) {
        throw new InvalidInputError(`addRelation: document "${document.id}" has no sentence ${op.evidence.sentence} (it has ${document.sentences.length}).`);
      }
      evidence.push({
        document: document.id,
        sentence: sentence.index,
        start: sentence.start,
        end: sentence.end,
        text: sentence.text,
        rule: CURATOR_RULE,
        confidence: 1,
      });
    }
    return { source, target, key, evidence };
  }

  /** Adds a relation a person states, at confidence 1, marked ADDED. */
  #addRelation(op: AddRelationOp, meta: CurationMeta): string {
    const plan = this.#planAddRelation(op);
    this.#graph.addEdgeWithKey(plan.key, plan.source, plan.target, {
      predicate: op.predicate,
      role: op.role,
      rule: CURATOR_RULE,
      confidence: 1,
      evidence: plan.evidence,
      curation: { status: 'ADDED', reason: op.reason, ...meta },
    });
    this.#version += 1;
    return plan.key;
  }

  /** Moves everything of node `gone` to node `keep`, then drops `gone`. */
  #fold(gone: string, keep: string): void {
    const graph = this.#graph;
    // Rejected relations of `gone` move first, so the edges that join them below stay out too.
    for (const [key, rejected] of [...this.#rejected]) {
      if (rejected.source !== gone && rejected.target !== gone) continue;
      this.#rejected.delete(key);
      const from = rejected.source === gone ? keep : rejected.source;
      const to = rejected.target === gone ? keep : rejected.target;
      if (from === to) continue;
      const [source, target] = orient(rejected.attrs.predicate, from, to);
      const moved = relationKey(source, rejected.attrs.predicate, target, rejected.attrs.role, rejected.attrs.polarity);
      const there = this.#rejected.get(moved);
      let attrs = combineRelations(there?.attrs, rejected.attrs);
      if (graph.hasEdge(moved)) {
        attrs = combineRelations(attrs, graph.getEdgeAttributes(moved));
        graph.dropEdge(moved);
      }
      this.#rejected.set(moved, { source, target, attrs, rejection: there?.rejection ?? rejected.rejection });
    }
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
    const joined = this.#resolutionsByNode.get(gone);
    if (joined !== undefined) {
      this.#resolutionsByNode.set(keep, [...(this.#resolutionsByNode.get(keep) ?? []), ...joined]);
      this.#resolutionsByNode.delete(gone);
    }
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

/**
 * Key of the edge for a claim: one edge per subject, predicate, object and role, whatever the
 * document; a denied claim has its own key, so it never merges into the asserted one.
 */
export function relationKey(source: string, predicate: string, target: string, role: string | null, polarity?: 'DENIED'): string {
  return polarity === 'DENIED'
    ? `rel:${stableHash(source, predicate, target, role ?? '', 'DENIED')}`
    : `rel:${stableHash(source, predicate, target, role ?? '')}`;
}

/** The endpoints of a relation in stored order: a symmetric relation's in id order. */
function orient(predicate: RelationAttrs['predicate'], from: string, to: string): [string, string] {
  return SYMMETRIC_RELATIONS.has(predicate) && from > to ? [to, from] : [from, to];
}

/**
 * The relation `previous` (absent for a new edge) once `incoming` adds to it: the first rule, the
 * highest confidence, the evidence of both, and the curation mark already there.
 */
function combineRelations(previous: RelationAttrs | undefined, incoming: RelationAttrs): RelationAttrs {
  const curation = previous?.curation ?? incoming.curation;
  return {
    predicate: incoming.predicate,
    role: incoming.role,
    ...(incoming.polarity === 'DENIED' ? { polarity: incoming.polarity } : {}),
    rule: previous?.rule ?? incoming.rule,
    confidence: Math.max(previous?.confidence ?? 0, incoming.confidence),
    evidence: appendOwned(previous?.evidence ?? [], incoming.evidence, evidenceKey, (e) => e.document),
    ...(curation === undefined ? {} : { curation }),
  };
}

/** A rejected relation as a record: the rejection is its curation. */
function rejectedRecord(key: string, rejected: RejectedRelation): RelationRecord {
  return { id: key, source: rejected.source, target: rejected.target, ...rejected.attrs, curation: rejected.rejection };
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
    documents: appendOwned(
      previous?.documents ?? [],
      [documentId],
      (d) => d,
      (d) => d,
    ),
  };
}

/**
 * A relation's evidence with its rule and confidence, written out field by field: a spread copy of
 * a parsed extraction's evidence takes about 340 bytes more than the original (V8 gives it a slow
 * shape), this about 40 (measured on 10,000 generated documents: 18.0 against 18.3 KiB each).
 */
function relationEvidence(relation: ExtractedRelation): RelationEvidence {
  const { document, sentence, start, end, text, attributedTo, reportedBy } = relation.evidence;
  const evidence = { document, sentence, start, end, text, rule: relation.rule, confidence: relation.confidence };
  if (attributedTo === undefined && reportedBy === undefined) return evidence;
  return {
    ...evidence,
    ...(attributedTo === undefined ? {} : { attributedTo }),
    ...(reportedBy === undefined ? {} : { reportedBy }),
  };
}

/** True when a claim of the extraction names an entity id the extraction does not list. */
function refersOutside(extraction: Extraction): boolean {
  const listed = new Set(extraction.entities.map((e) => e.id));
  const outside = (id: string | null | undefined): boolean => id !== null && id !== undefined && !listed.has(id);
  const evidenceOutside = (e: Evidence): boolean => outside(e.attributedTo) || outside(e.reportedBy);
  return (
    extraction.relations.some((r) => outside(r.subject) || outside(r.object) || evidenceOutside(r.evidence)) ||
    extraction.statements.some((st) => outside(st.speaker) || outside(st.reportedBy) || evidenceOutside(st.evidence)) ||
    extraction.facts.some((f) => outside(f.subject) || evidenceOutside(f.evidence))
  );
}

/** `attrs` with another canonical name; the old one becomes an alias. */
function withName(attrs: EntityAttrs, name: string): EntityAttrs {
  return { ...attrs, name, aliases: [...new Set([...attrs.aliases, attrs.name])].filter((alias) => alias !== name) };
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
  // While one document is applied, the keys of its items in each array are kept (appendKeys), so
  // stating one relation in thousands of sentences does not walk back over the others each time.
  const cacheable = documents.size === 1 && appendKeys !== undefined;
  let seen = cacheable ? appendKeys?.get(items) : undefined;
  if (seen === undefined) {
    seen = new Set<string>();
    for (let i = items.length - 1; i >= 0; i -= 1) {
      const item = items[i];
      if (item === undefined || !documents.has(documentOf(item))) break;
      seen.add(keyOf(item));
    }
  }
  const added: T[] = [];
  for (const item of more) {
    const key = keyOf(item);
    if (seen.has(key)) continue;
    seen.add(key);
    added.push(item);
  }
  if (added.length === 0) return items;
  // A small list is copied at its exact length: an array grown by push keeps room for 16 more
  // items, and most entities and relations have one or two (that room was a tenth of the heap).
  // A long one is the store's own (see above) and grows in place, so a hub is not copied per document.
  let owned: T[];
  if (items.length + added.length <= SMALL_LIST) owned = items.concat(added);
  else {
    owned = items as T[];
    for (const item of added) owned.push(item);
  }
  if (cacheable) appendKeys?.set(owned, seen);
  return owned;
}

/** Longest list appendOwned copies instead of growing in place. */
const SMALL_LIST = 16;

/** Keys of the applied document's items per array of the store, while a document is applied (see appendOwned). */
let appendKeys: Map<readonly unknown[], Set<string>> | undefined;

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
