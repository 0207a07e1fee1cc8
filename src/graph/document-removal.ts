// Taking one document out of the graph in place, instead of replaying the whole log without it.
// The graph must end exactly as a replay would leave it (same nodes, edges, records, and in the
// same order), and a replay is order-dependent: an entity joins the nodes that earlier documents
// made, under the names they gave. So a document comes out in place only when nothing it did can
// have shaped what later documents did; the plan below checks that and otherwise says why a
// rebuild is needed. What it checks, per entity node the document touches:
// - a node the document introduced goes with it, and may: only if no other document names it (else
//   they joined it by its id or name), no refused join counted it as a candidate (see
//   Resolver.markContested), and all of its relations are the document's alone;
// - a node of earlier documents only loses the document's mentions: the document must not have
//   given it a name or alias (later documents may have joined by it), nor have been the first to
//   join it under another id while later documents name it too (they joined through that id);
// - a relation loses the document's evidence; if none is left it goes, unless it is a role of a
//   person who stays (the roles a person holds decide which later names may join them), and a
//   relation the document stated first while others state it too would stand elsewhere in the
//   replay's order;
// - a relation only the document states goes, unless another relation joins the same two entities
//   (graphology lists a node's relations by neighbour, in the order the neighbours came);
// - no curation names any of these nodes (curations are replayed against what they found).
// The store refuses besides when a document's claims name entities it does not list, or repeat
// another document's claim ids (GraphStore.removeDocumentInPlace).
// The newest document has no later ones to have shaped: its renames are undone (the store keeps
// the names it replaced) and its roles may go; only curations can keep it from coming out in place.
import { type MultiDirectedGraph } from 'graphology';
import { type EntityAttrs, type RelationAttrs, type RelationEvidence } from './attributes.js';
import { type CurationOp } from './curation.js';
import { ROLE_PREDICATES, type Resolution } from './resolution.js';

/** What the plan reads of the store. */
export interface RemovalInput {
  readonly graph: MultiDirectedGraph<EntityAttrs, RelationAttrs>;
  readonly document: string;
  /** The nodes the document's entities joined or made. */
  readonly entities: readonly string[];
  /** True when the document gave a node of earlier documents a new name or alias. */
  readonly renamedOthers: boolean;
  /** True when the document is the last one applied. */
  readonly isNewest: boolean;
  /** The names the document replaced on nodes of earlier documents, when they are known. */
  readonly previousNames: ReadonlyMap<string, NodeNames> | undefined;
  /** The joins of the document's entities into nodes with other ids. */
  readonly resolutions: readonly Resolution[];
  /** Every curation of the log, applied or not. */
  readonly curations: readonly { readonly seq: number; readonly op: CurationOp }[];
  /** The node an entity id stands for now, or undefined. */
  resolve(id: string): string | undefined;
  /** True when the node was a candidate of a join refused as ambiguous. */
  wasContested(id: string): boolean;
}

/** The changes that take a document out in place. */
export interface RemovalPlan {
  /** Nodes only the document named: dropped with their relations. */
  readonly dropNodes: readonly string[];
  /** Nodes other documents name too: they lose the document's mentions. */
  readonly trimNodes: readonly string[];
  /** Relations between remaining nodes that only the document stated. */
  readonly dropEdges: readonly string[];
  /** Relations other documents state too: they lose the document's evidence. */
  readonly trimEdges: readonly string[];
  /** Joins made for the document's entities, to forget with their redirects. */
  readonly resolutions: readonly Resolution[];
  /** Names to put back on nodes the document renamed (the newest document only). */
  readonly restoreNames: ReadonlyMap<string, NodeNames>;
}

/** A node's name and aliases. */
export interface NodeNames {
  readonly name: string;
  readonly aliases: readonly string[];
}

/** Either the plan, or why the document cannot come out in place. */
export type RemovalDecision = { readonly kind: 'in-place'; readonly plan: RemovalPlan } | { readonly kind: 'rebuild'; readonly reason: string };

/** Plans taking `input.document` out of the graph in place, or says why a rebuild is needed. */
export function planDocumentRemoval(input: RemovalInput): RemovalDecision {
  const touched = new Set(input.entities);
  const curated = curatedNodes(input, touched);
  if (curated !== undefined) return rebuild(`curation ${curated} names one of its entities`);
  const restoreNames = namesToRestore(input);
  if (typeof restoreNames === 'string') return rebuild(restoreNames);
  const nodes = sortNodes(input, touched);
  if (typeof nodes === 'string') return rebuild(nodes);
  const edges = sortEdges(input, nodes.trimNodes);
  if (typeof edges === 'string') return rebuild(edges);
  const going = [...nodes.goingEdges, ...edges.dropEdges];
  const shaped = shapedLaterDocuments(input, new Set(nodes.dropNodes), edges.dropEdges, going);
  if (shaped !== undefined) return rebuild(shaped);
  return { kind: 'in-place', plan: { ...nodes, ...edges, resolutions: input.resolutions, restoreNames } };
}

/** The names to put back on nodes the document renamed, or why they cannot be. */
function namesToRestore(input: RemovalInput): ReadonlyMap<string, NodeNames> | string {
  if (!input.renamedOthers) return new Map();
  // Only the newest document's renames can be undone: no later document can have joined by them.
  if (!input.isNewest || input.previousNames === undefined) return 'it gave an entity of earlier documents a new name';
  // A later rename was checked against the names it gave, not against those put back.
  if (input.curations.some(({ op }) => op.kind === 'rename')) return 'a rename was checked against the names it gave';
  return input.previousNames;
}

/** The touched nodes that go with the document and those that stay, with the relations that go with the first; or why not. */
function sortNodes(input: RemovalInput, touched: ReadonlySet<string>): { dropNodes: string[]; trimNodes: string[]; goingEdges: string[] } | string {
  const { graph, document } = input;
  const dropNodes: string[] = [];
  const trimNodes: string[] = [];
  const goingEdges: string[] = [];
  for (const node of touched) {
    if (!graph.hasNode(node)) return `its entity "${node}" is not in the graph`;
    const documents = graph.getNodeAttributes(node).documents;
    if (documents[0] !== document) {
      if (!documents.includes(document)) return `entity "${node}" does not list it`;
      trimNodes.push(node);
      continue;
    }
    if (documents.length > 1) return `other documents joined "${node}", which it introduced`;
    if (input.wasContested(node)) return `"${node}", which it introduced, made a join of a later document ambiguous`;
    dropNodes.push(node);
    for (const edge of graph.edges(node)) {
      if (graph.getEdgeAttributes(edge).evidence.some((e) => e.document !== document)) {
        return `a relation of "${node}", which only it names, is stated elsewhere`;
      }
      goingEdges.push(edge);
    }
  }
  return { dropNodes, trimNodes, goingEdges };
}

/** The relations among staying nodes that go (only the document states them) and those that lose its evidence; or why not. */
function sortEdges(input: RemovalInput, trimNodes: readonly string[]): { dropEdges: string[]; trimEdges: string[] } | string {
  const { graph, document } = input;
  const dropEdges: string[] = [];
  const trimEdges: string[] = [];
  const staying = new Set(trimNodes);
  for (const source of trimNodes) {
    for (const edge of edgesAmong(graph, source, staying)) {
      const attrs = graph.getEdgeAttributes(edge);
      if (!attrs.evidence.some((e) => e.document === document)) continue;
      if (attrs.curation !== undefined) return `relation "${edge}" was curated`;
      if (attrs.evidence.every((e) => e.document === document)) dropEdges.push(edge);
      else if (attrs.evidence[0]?.document === document) return `relation "${edge}", which it stated first, is stated by later documents too`;
      // A sentence stated it twice at two confidences: only the first's evidence is kept.
      else if (highestConfidence(attrs.evidence) !== attrs.confidence) return `the confidence of relation "${edge}" is not that of its evidence`;
      else trimEdges.push(edge);
    }
  }
  return { dropEdges, trimEdges };
}

/**
 * Why what goes may have shaped a later document, or undefined: a relation whose pair others
 * relate too, a person's role, a join a later document went through (none can, for the newest).
 */
function shapedLaterDocuments(
  input: RemovalInput,
  dropped: ReadonlySet<string>,
  dropEdges: readonly string[],
  goingEdges: readonly string[],
): string | undefined {
  const { graph, document } = input;
  // graphology lists a node's relations by neighbour, in the order the neighbours first came: a
  // pair the document related first and others relate too would move in that order.
  for (const edge of input.isNewest ? [] : dropEdges) {
    const [source, target] = graph.extremities(edge);
    // edges(a, b) of a directed graph lists the relations of both directions.
    if (graph.edges(source, target).length > 1) {
      return `another relation joins the entities of relation "${edge}", which only it states`;
    }
  }
  for (const edge of input.isNewest ? [] : goingEdges) {
    const source = graph.source(edge);
    if (!dropped.has(source) && graph.getNodeAttributes(source).type === 'PERSON' && ROLE_PREDICATES.has(graph.getEdgeAttributes(edge).predicate)) {
      return `person "${source}" would lose a role only it states`;
    }
  }
  for (const resolution of input.resolutions) {
    const into = input.resolve(resolution.into);
    if (into === undefined || dropped.has(into)) continue;
    if (graph.getNodeAttributes(into).documents.at(-1) !== document) return `later documents name "${into}", which it joined as "${resolution.id}"`;
  }
  return undefined;
}

/**
 * The relations from `source` to the other nodes of `nodes`: by the source's relations or by pairs,
 * whichever is fewer, so neither a hub nor a document naming thousands of known entities costs
 * more than the smaller of the two.
 */
function edgesAmong(graph: MultiDirectedGraph<EntityAttrs, RelationAttrs>, source: string, nodes: ReadonlySet<string>): string[] {
  if (graph.outDegree(source) <= nodes.size) return graph.outEdges(source).filter((edge) => nodes.has(graph.target(edge)));
  const edges: string[] = [];
  for (const target of nodes) if (target !== source) edges.push(...graph.outEdges(source, target));
  return edges;
}

/** A relation's attributes once `document`'s evidence is out (some other evidence must remain). */
export function withoutDocumentEvidence(attrs: RelationAttrs, document: string): RelationAttrs {
  const evidence = attrs.evidence.filter((e) => e.document !== document);
  const first = evidence[0];
  if (first === undefined) throw new Error(`withoutDocumentEvidence: only document "${document}" states the relation.`);
  return { ...attrs, rule: first.rule, confidence: highestConfidence(evidence), evidence };
}

/** The highest confidence among `evidence` (a loop: a spread of 125,000 arguments throws). */
function highestConfidence(evidence: readonly RelationEvidence[]): number {
  let highest = 0;
  for (const e of evidence) highest = Math.max(highest, e.confidence);
  return highest;
}

/** An entity's attributes once `document`'s mentions are out. */
export function withoutDocumentMentions(attrs: EntityAttrs, document: string): EntityAttrs {
  return {
    ...attrs,
    mentions: attrs.mentions.filter((m) => m.evidence.document !== document),
    documents: attrs.documents.filter((d) => d !== document),
  };
}

/** The number of the first curation that names a touched node or the document, or undefined. */
function curatedNodes(input: RemovalInput, touched: ReadonlySet<string>): number | undefined {
  const names = (id: string): boolean => touched.has(id) || touched.has(input.resolve(id) ?? id);
  for (const { seq, op } of input.curations) {
    const { entities, document } = curationReferences(op);
    if (document === input.document || entities.some(names)) return seq;
  }
  return undefined;
}

/** The entity ids and the document a curation operation names. */
function curationReferences(op: CurationOp): { entities: readonly string[]; document: string | null } {
  switch (op.kind) {
    case 'merge':
      return { entities: [op.keep, ...op.merge], document: null };
    case 'rename':
    case 'set-type':
      return { entities: [op.id], document: null };
    case 'reject':
    case 'restore':
    case 'confirm':
      return { entities: [op.source, op.target], document: null };
    case 'add-relation':
      return { entities: [op.subject, op.object], document: op.evidence?.document ?? null };
    case 'undo':
      return { entities: [], document: null };
    default: {
      const unreachable: never = op;
      throw new Error(`curationReferences: unknown operation ${JSON.stringify(unreachable)}.`);
    }
  }
}

function rebuild(reason: string): RemovalDecision {
  return { kind: 'rebuild', reason };
}
