// The drawing: a graphology graph rendered by sigma (WebGL). Nodes are coloured by Louvain community
// or by entity type and sized by PageRank; labels are placed by labels.ts so the most central ones
// always show and none overlap; edge labels (the predicates) show in full around the hovered or
// selected entity. Filters (types, predicates, article dates, confidence, a neighbourhood) hide
// nodes and edges without removing them, so clearing a filter brings them back at once.
//
// Terminology: an *edge* is what is drawn between two entities; it carries one or more *relations*
// (the API's objects), all those linking the same two entities, so their labels never pile up.
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { type EdgeDisplayData, type NodeDisplayData } from 'sigma/types';
import { TYPE_COLORS } from '../../src/graph/export/palette';
import { type EntitySummary, type RelationSummary } from './api';
import { type LabelBox, type LabelCandidate, drawFullEdgeLabel, placeLabels } from './labels';
import { LayoutRunner, cachedPositions, hashOf, savePositions, seedPositions } from './layout';

/** Attributes of a drawn entity; not `type`, which sigma reads as the name of a node program. */
export type NodeAttrs = {
  label: string;
  entityType: string;
  community: number;
  x: number;
  y: number;
  size: number;
  color: string;
  pagerank: number;
  /** Moved by the reader: the layout leaves it where it was put. */
  pinned: boolean;
};
/** Attributes of a drawn edge: the relations it stands for. */
export type EdgeAttrs = { label: string; size: number; color: string; relations: RelationSummary[] };

/** What the reader chose to see. Empty sets and empty strings mean "no filter". */
export interface Filters {
  readonly hiddenTypes: ReadonlySet<string>;
  readonly predicates: ReadonlySet<string>;
  /** Article publication dates, YYYY-MM-DD, inclusive. */
  readonly from: string;
  readonly to: string;
  readonly minConfidence: number;
}

export type ColorMode = 'type' | 'community';

export const NO_FILTERS: Filters = { hiddenTypes: new Set(), predicates: new Set(), from: '', to: '', minConfidence: 0 };

const EDGE_COLOR = '#c3c9d1';
const FADED = '#e8eaed';
const PATH_COLOR = '#d64545';
/** Camera ratio under which every edge label shows (1 is the whole graph in view). */
const EDGE_LABEL_ZOOM = 0.3;
/** Colours of the largest communities; smaller ones share grey. */
const COMMUNITY_COLORS = [
  '#4e79a7',
  '#f28e2b',
  '#59a14f',
  '#e15759',
  '#76b7b2',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#3a7ca5',
  '#8cd17d',
  '#d37295',
  '#499894',
  '#fabfd2',
  '#86bcb6',
  '#b6992d',
];

/** The graph view: add entities and relations, filter, select, find paths, react to the mouse. */
export class GraphView {
  readonly graph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  #sigma: Sigma<NodeAttrs, EdgeAttrs> | undefined;
  readonly #handlers: { onSelect(id: string | null): void; onExpand(id: string): void };
  readonly #layout = new LayoutRunner();
  readonly #relations = new Set<string>();
  #articleDates = new Map<string, string | null>();
  /** Articles each relation is stated in; asked for only once a date filter is set. */
  readonly #relationArticles = new Map<string, readonly string[]>();
  #filters: Filters = NO_FILTERS;
  #colorMode: ColorMode = 'community';
  /** Entities of the neighbourhood shown alone, or null for all. */
  #neighbourhood: ReadonlySet<string> | null = null;
  #hiddenNodes = new Set<string>();
  #hiddenEdges = new Set<string>();
  /** Label and width of each visible edge, from the relations that pass the filters. */
  #edgeLooks = new Map<string, { label: string; size: number }>();
  #pathNodes = new Set<string>();
  #pathEdges = new Set<string>();
  #hovered: string | null = null;
  #selected: string | null = null;
  #maxPagerank = 1e-9;
  #candidates: LabelCandidate[] = [];
  #labelBoxes: LabelBox[] = [];
  /** Parts of the canvas covered by other elements (the legend), where no label goes. */
  #reserved: readonly LabelBox[] = [];
  #dragged: string | null = null;
  #dragMoved = false;

  /** Number of relations drawn (relations between the same two entities share an edge). */
  get relationCount(): number {
    return this.#relations.size;
  }

  get selected(): string | null {
    return this.#selected;
  }

  /** The view of an empty graph; nothing is drawn until `draw`. */
  constructor(
    readonly container: HTMLElement,
    handlers: { onSelect(id: string | null): void; onExpand(id: string): void },
  ) {
    this.#handlers = handlers;
  }

  /** The renderer; there is none before `draw`. */
  get sigma(): Sigma<NodeAttrs, EdgeAttrs> {
    if (this.#sigma === undefined) throw new Error('The graph view has not been drawn yet.');
    return this.#sigma;
  }

  /**
   * Makes the renderer and draws the graph as it is. Made after the first entities are added, sigma
   * indexes them once instead of once per added node and edge, and its WebGL canvases are not read
   * back empty by the page's first paint (a third of a second with software rendering).
   */
  draw(): void {
    if (this.#sigma !== undefined) {
      this.#sigma.refresh();
      return;
    }
    const { container } = this;
    const handlers = this.#handlers;
    this.#sigma = new Sigma(this.graph, container, {
      defaultEdgeType: 'arrow',
      // Turned on by the beforeRender handler below when a label can show; off for the first frame.
      renderEdgeLabels: false,
      // Every visible labelled node is a candidate; labels.ts decides which fit (see #drawLabels).
      labelRenderedSizeThreshold: 0,
      defaultDrawNodeLabel: (_context, data) => {
        // sigma types the node key loosely; it is always the graph's string key.
        const key: unknown = (data as { key?: unknown }).key;
        if (data.label === null || data.label === undefined || data.label === '' || typeof key !== 'string') return;
        this.#candidates.push({ key, label: data.label, x: data.x, y: data.y, size: data.size, priority: this.#priority(key) });
      },
      defaultDrawEdgeLabel: (context, data, source, target) => drawFullEdgeLabel(context, data, source, target),
      zIndex: true,
      stagePadding: 40,
      minEdgeThickness: 0.6,
      nodeReducer: (node, data) => this.#reduceNode(node, data),
      edgeReducer: (edge, data) => this.#reduceEdge(edge, data),
    });
    this.sigma.on('beforeRender', () => {
      this.#candidates = [];
      // sigma walks every edge between labelled nodes for its edge labels, even when each label is
      // empty (some 170 ms a frame at 3,000 edges in headless Chromium); it is told to skip them
      // when #reduceEdge can give none: nothing in focus, no path, zoomed out.
      const possible = this.#focus() !== null || this.#pathEdges.size > 0 || this.#zoomedIn();
      if (this.sigma.getSetting('renderEdgeLabels') !== possible) this.sigma.setSetting('renderEdgeLabels', possible);
    });
    this.sigma.on('afterRender', () => this.#drawLabels());
    // sigma's constructor drew the first frame before this handler was there: its candidates wait.
    this.#drawLabels();
    this.sigma.on('clickNode', ({ node }) => {
      if (this.#dragMoved) return;
      handlers.onSelect(node);
    });
    this.sigma.on('clickStage', () => handlers.onSelect(null));
    this.sigma.on('doubleClickNode', (event) => {
      // A double click on a node grows the graph instead of zooming.
      event.preventSigmaDefault();
      handlers.onExpand(event.node);
    });
    this.sigma.on('enterNode', ({ node }) => {
      this.#hovered = node;
      container.classList.add('over-node');
      this.sigma.refresh({ skipIndexation: true });
    });
    this.sigma.on('leaveNode', () => {
      this.#hovered = null;
      container.classList.remove('over-node');
      this.sigma.refresh({ skipIndexation: true });
    });
    this.#attachDrag();
  }

  /** Titles and dates of the articles, for the date filter. */
  setArticles(articles: Iterable<{ id: string; publishedAt: string | null }>): void {
    this.#articleDates = new Map([...articles].map((a) => [a.id, a.publishedAt]));
    this.#applyFilters();
  }

  /** Relations drawn whose articles are not known yet. */
  relationsWithoutArticles(): string[] {
    return [...this.#relations].filter((id) => !this.#relationArticles.has(id));
  }

  /** Records the articles of relations (for the date filter). */
  setRelationArticles(found: ReadonlyMap<string, readonly string[]>): void {
    for (const [id, documents] of found) this.#relationArticles.set(id, documents);
    this.#applyFilters();
  }

  /** Adds entities (placed near `near` when given) and relations among known entities; returns the ids added. */
  add(entities: readonly EntitySummary[], relations: readonly RelationSummary[], near?: string): string[] {
    const added: string[] = [];
    const anchor = near !== undefined && this.graph.hasNode(near) ? this.graph.getNodeAttributes(near) : undefined;
    for (const entity of entities) {
      this.#maxPagerank = Math.max(this.#maxPagerank, entity.centrality.pagerank);
      if (this.graph.hasNode(entity.id)) continue;
      const angle = (2 * Math.PI * added.length) / Math.max(1, entities.length);
      const radius = 1 + (added.length % 3) * 0.5;
      this.graph.addNode(entity.id, {
        label: entity.name,
        entityType: entity.type,
        community: entity.community.index,
        x: (anchor?.x ?? 0) + radius * Math.cos(angle),
        y: (anchor?.y ?? 0) + radius * Math.sin(angle),
        size: 0,
        color: '',
        pagerank: entity.centrality.pagerank,
        pinned: false,
      });
      added.push(entity.id);
    }
    // Relations linking the same two entities share one edge; those of this batch are gathered
    // first, so each new edge is added once with all of them (one graph event, no list copies).
    const fresh = new Map<string, { source: string; target: string; relations: RelationSummary[] }>();
    for (const relation of relations) {
      const { id, source, target } = relation;
      if (this.#relations.has(id) || !this.graph.hasNode(source.id) || !this.graph.hasNode(target.id)) continue;
      this.#relations.add(id);
      const existing = this.#edgeBetween(source.id, target.id);
      if (existing !== undefined) {
        this.graph.updateEdgeAttribute(existing, 'relations', (list) => [...(list ?? []), relation]);
        continue;
      }
      const pair = source.id < target.id ? `${source.id}\u0000${target.id}` : `${target.id}\u0000${source.id}`;
      const gathered = fresh.get(pair);
      if (gathered === undefined) fresh.set(pair, { source: source.id, target: target.id, relations: [relation] });
      else gathered.relations.push(relation);
    }
    for (const { source, target, relations: among } of fresh.values()) {
      const first = among[0];
      if (first !== undefined) this.graph.addDirectedEdgeWithKey(first.id, source, target, { label: '', size: 1, color: EDGE_COLOR, relations: among });
    }
    this.#restyle();
    this.#applyFilters();
    return added;
  }

  /** The edge drawn between two entities, in either direction, if any. */
  #edgeBetween(a: string, b: string): string | undefined {
    if (this.graph.hasEdge(a, b)) return this.graph.edges(a, b)[0];
    if (this.graph.hasEdge(b, a)) return this.graph.edges(b, a)[0];
    return undefined;
  }

  /**
   * Gives every node a position: the saved layout of this very graph when there is one (returns
   * true), else each community grouped around its own point (returns false; call `settle`).
   */
  placeFromCache(): boolean {
    const saved = cachedPositions(this.#graphKey());
    if (saved !== null && this.graph.everyNode((node) => saved[node] !== undefined)) {
      this.graph.updateEachNodeAttributes((node, a) => {
        const [x, y] = saved[node] ?? [a.x, a.y];
        return { ...a, x, y };
      });
      return true;
    }
    seedPositions(this.graph);
    return false;
  }

  /** Runs ForceAtlas2 in the worker, redrawing as it goes; saves the result when it finished. */
  async settle(iterations: number, save: boolean): Promise<void> {
    if (this.graph.order === 0) return;
    const key = this.#graphKey();
    const finished = await this.#layout.run(this.graph, iterations, () => this.sigma.refresh());
    if (finished && save) savePositions(key, this.graph);
  }

  setFilters(filters: Filters): void {
    this.#filters = filters;
    this.#applyFilters();
  }

  setColorMode(mode: ColorMode): void {
    this.#colorMode = mode;
    this.#restyle();
  }

  /** Shows only these entities (and the relations among them), or everything again with null. */
  setNeighbourhood(ids: ReadonlySet<string> | null): void {
    this.#neighbourhood = ids;
    this.#applyFilters();
  }

  /** Highlights a path: its entities in order and the relation ids of its steps. */
  setPath(entities: readonly string[], relationIds: readonly string[]): void {
    this.#pathNodes = new Set(entities);
    this.#pathEdges = new Set();
    const wanted = new Set(relationIds);
    this.graph.forEachEdge((edge, attrs) => {
      if (attrs.relations.some((r) => wanted.has(r.id))) this.#pathEdges.add(edge);
    });
    this.sigma.refresh({ skipIndexation: true });
  }

  /** Highlights an entity and its neighbours (null: nothing), and brings it into view. */
  select(id: string | null): void {
    this.#selected = id !== null && this.graph.hasNode(id) ? id : null;
    // Before the first drawing (a link followed while the page loads) the selection waits for it.
    if (this.#sigma === undefined) return;
    this.sigma.refresh({ skipIndexation: true });
    if (this.#selected === null) return;
    const display = this.sigma.getNodeDisplayData(this.#selected);
    const camera = this.sigma.getCamera();
    if (display !== undefined) void camera.animate({ x: display.x, y: display.y, ratio: Math.min(camera.ratio, 0.8) }, { duration: 300 });
  }

  /** Whether an entity is drawn (known and not hidden by a filter). */
  isVisible(id: string): boolean {
    return this.graph.hasNode(id) && !this.#hiddenNodes.has(id);
  }

  /** Entity types present in the drawing. */
  types(): string[] {
    return [...new Set(this.graph.mapNodes((_, a) => a.entityType))].sort();
  }

  /** Predicates of the relations drawn. */
  predicates(): string[] {
    const found = new Set<string>();
    this.graph.forEachEdge((_, a) => a.relations.forEach((r) => found.add(r.predicate)));
    return [...found].sort();
  }

  /** Where an entity is drawn, in pixels from the container's top left; for tests and tooltips. */
  screenPosition(id: string): { x: number; y: number } | null {
    const display = this.sigma.getNodeDisplayData(id);
    return display === undefined ? null : this.sigma.framedGraphToViewport(display);
  }

  /** Marks parts of the drawing as covered (by the legend), in pixels from its top left. */
  setReserved(boxes: readonly { x: number; y: number; width: number; height: number }[]): void {
    this.#reserved = boxes.map((b) => ({ ...b, id: '', label: '' }));
  }

  /** The node labels of the last frame, as drawn; for tests. */
  labelBoxes(): readonly LabelBox[] {
    return this.#labelBoxes;
  }

  /** The relations an edge stands for that pass the filters (none when the edge is hidden). */
  visibleRelations(edge: string): RelationSummary[] {
    if (this.#hiddenEdges.has(edge)) return [];
    return this.graph.getEdgeAttribute(edge, 'relations').filter((r) => this.#relationPasses(r));
  }

  /** Counts of what is drawn, after filters. */
  visibleCounts(): { entities: number; relations: number } {
    let relations = 0;
    this.graph.forEachEdge((edge, a) => {
      if (!this.#hiddenEdges.has(edge)) relations += a.relations.filter((r) => this.#relationPasses(r)).length;
    });
    return { entities: this.graph.order - this.#hiddenNodes.size, relations };
  }

  /**
   * Colours from the type or the community; sizes from PageRank relative to the largest, on a
   * square-root scale, from 3 px up to 22 px on a small graph and 12 px on a graph of 1,000, so
   * large graphs do not turn into overlapping discs.
   */
  #restyle(): void {
    const largest = Math.max(8, Math.min(22, 22 - 5 * Math.log10(Math.max(1, this.graph.order / 10))));
    this.graph.updateEachNodeAttributes((_, a) => ({
      ...a,
      size: 3 + (largest - 3) * Math.sqrt(a.pagerank / this.#maxPagerank),
      color: this.#colorMode === 'type' ? colorOf(a.entityType) : communityColor(a.community),
    }));
  }

  #relationPasses(r: RelationSummary): boolean {
    const f = this.#filters;
    if (f.predicates.size > 0 && !f.predicates.has(r.predicate)) return false;
    if (r.confidence < f.minConfidence) return false;
    if (f.from === '' && f.to === '') return true;
    // Articles without a date fall outside every range, as in the API.
    return (this.#relationArticles.get(r.id) ?? []).some((document) => {
      const date = this.#articleDates.get(document)?.slice(0, 10);
      return date !== undefined && date !== null && (f.from === '' || date >= f.from) && (f.to === '' || date <= f.to);
    });
  }

  /** Recomputes what the filters hide; an entity whose every relation is filtered out goes too, unless selected. */
  #applyFilters(): void {
    const f = this.#filters;
    const relationFilter = f.predicates.size > 0 || f.minConfidence > 0 || f.from !== '' || f.to !== '';
    this.#hiddenNodes = new Set();
    this.#hiddenEdges = new Set();
    this.#edgeLooks = new Map();
    this.graph.forEachNode((node, a) => {
      if (f.hiddenTypes.has(a.entityType) || (this.#neighbourhood !== null && !this.#neighbourhood.has(node))) this.#hiddenNodes.add(node);
    });
    const linked = new Set<string>();
    this.graph.forEachEdge((edge, a, source, target) => {
      const passing = this.#hiddenNodes.has(source) || this.#hiddenNodes.has(target) ? [] : a.relations.filter((r) => this.#relationPasses(r));
      if (passing.length === 0) {
        this.#hiddenEdges.add(edge);
        return;
      }
      linked.add(source);
      linked.add(target);
      // One graph event per edge, not one per attribute. (A single updateEachEdgeAttributes would
      // be cheaper still, but sigma's handler of it throws on edges added in the same frame.)
      this.graph.mergeEdgeAttributes(edge, { label: edgeLabel(passing), size: 0.6 + 2 * Math.max(...a.relations.map((r) => r.confidence)) });
    });
    if (relationFilter) {
      this.graph.forEachNode((node) => {
        if (!linked.has(node) && node !== this.#selected) this.#hiddenNodes.add(node);
      });
    }
    // Coalesced into the next frame, so a burst of changes costs one re-index.
    this.#sigma?.scheduleRefresh();
  }

  #focus(): string | null {
    return this.#hovered ?? this.#selected;
  }

  /** Close enough that every edge shows its label. */
  #zoomedIn(): boolean {
    // While sigma's constructor draws the first frame, the camera is at its start (ratio 1).
    return (this.#sigma?.getCamera().ratio ?? 1) < EDGE_LABEL_ZOOM;
  }

  /** Higher draws its label first: selection, path, hovered, neighbours of the focus, then PageRank. */
  #priority(node: string): number {
    const pagerank = this.graph.getNodeAttribute(node, 'pagerank') / this.#maxPagerank;
    if (node === this.#selected) return 5;
    if (this.#pathNodes.has(node)) return 4 + pagerank / 2;
    if (node === this.#hovered) return 3.9;
    const focus = this.#focus();
    if (focus !== null && this.graph.areNeighbors(node, focus)) return 2 + pagerank;
    return pagerank;
  }

  #drawLabels(): void {
    const canvas = this.sigma.getCanvases().labels;
    const context = canvas?.getContext('2d');
    if (canvas === undefined || context === null || context === undefined) return;
    const { width, height } = this.sigma.getDimensions();
    this.#labelBoxes = placeLabels(context, this.#candidates, width, height, this.#reserved);
  }

  #reduceNode(node: string, data: NodeAttrs): Partial<NodeDisplayData> {
    if (this.#hiddenNodes.has(node)) return { ...data, hidden: true };
    const focus = this.#focus();
    const onPath = this.#pathNodes.has(node);
    const base = { ...data, forceLabel: true };
    if (onPath) return { ...base, highlighted: true, zIndex: 3 };
    if (focus === null) return this.#pathNodes.size > 0 ? { ...base, color: FADED, label: '', zIndex: 0 } : base;
    if (node === focus || node === this.#selected) return { ...base, highlighted: true, zIndex: 2 };
    if (this.graph.areNeighbors(node, focus)) return { ...base, zIndex: 1 };
    return { ...base, color: FADED, label: '', zIndex: 0 };
  }

  #reduceEdge(edge: string, attrs: EdgeAttrs): Partial<EdgeDisplayData> {
    if (this.#hiddenEdges.has(edge)) return { ...attrs, hidden: true };
    const data = { ...attrs, ...this.#edgeLooks.get(edge) };
    if (this.#pathEdges.has(edge)) return { ...data, color: PATH_COLOR, size: data.size + 2, forceLabel: true, zIndex: 2 };
    const focus = this.#focus();
    const zoomedIn = this.#zoomedIn();
    if (focus === null)
      return { ...data, label: zoomedIn && this.#pathNodes.size === 0 ? data.label : '', color: this.#pathNodes.size > 0 ? FADED : data.color };
    const touches = this.graph.source(edge) === focus || this.graph.target(edge) === focus;
    if (touches) return { ...data, color: '#7b8794', forceLabel: true, zIndex: 1 };
    return { ...data, color: FADED, label: zoomedIn ? data.label : '', zIndex: 0 };
  }

  /** Drag a node to move it; it stays there (pinned) when the layout runs again. */
  #attachDrag(): void {
    const captor = this.sigma.getMouseCaptor();
    this.sigma.on('downNode', ({ node }) => {
      this.#dragged = node;
      this.#dragMoved = false;
      // Keep the frame as it is while dragging, or the whole picture would rescale under the pointer.
      if (this.sigma.getCustomBBox() === null) this.sigma.setCustomBBox(this.sigma.getBBox());
    });
    captor.on('mousemovebody', (event) => {
      if (this.#dragged === null) return;
      const at = this.sigma.viewportToGraph(event);
      this.graph.mergeNodeAttributes(this.#dragged, { x: at.x, y: at.y, pinned: true });
      this.#dragMoved = true;
      event.preventSigmaDefault();
      event.original.preventDefault();
      event.original.stopPropagation();
    });
    const drop = (): void => {
      this.#dragged = null;
      // The click that ends a drag must not select; it comes right after mouseup.
      window.setTimeout(() => {
        this.#dragMoved = false;
      }, 0);
    };
    captor.on('mouseup', drop);
    captor.on('mouseleave', drop);
  }

  #graphKey(): string {
    return hashOf([...this.graph.nodes().sort(), '|', ...[...this.#relations].sort()]);
  }
}

function edgeLabel(relations: readonly RelationSummary[]): string {
  return [...new Set(relations.map((r) => (r.role === null ? r.predicate : `${r.predicate} (${r.role})`)))].join(' · ');
}

/** Colour of an entity type, grey for a type the palette does not know. */
export function colorOf(type: string): string {
  return (TYPE_COLORS as Readonly<Record<string, string>>)[type] ?? '#9aa5b1';
}

/** Colour of a community (0 is the largest); the many small ones share grey. */
export function communityColor(index: number): string {
  return COMMUNITY_COLORS[index] ?? '#aab4be';
}
