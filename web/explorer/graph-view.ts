// The drawing: a graphology graph rendered by sigma (WebGL) and laid out by ForceAtlas2 in the
// browser. Nodes are coloured by entity type and sized by PageRank; only the larger nodes carry
// labels until one zooms in, and edge labels (the predicate) show only around the hovered or
// selected entity, or once zoomed in, so the picture stays readable rather than a hairball.
import { MultiDirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import { type EdgeDisplayData, type NodeDisplayData } from 'sigma/types';
import { TYPE_COLORS } from '../../src/graph/export/palette';
import { type EntitySummary, type RelationSummary } from './api';

/** Attributes of a drawn entity; not `type`, which sigma reads as the name of a node program. */
type NodeAttrs = { label: string; entityType: string; x: number; y: number; size: number; color: string; pagerank: number };
/** Attributes of a drawn relation. */
type EdgeAttrs = { label: string; size: number; color: string };

const EDGE_COLOR = '#c3c9d1';
/** Up to this many entities, every entity is labelled. */
const SMALL_GRAPH = 40;
const FADED = '#e8eaed';
/** Camera ratio under which every edge label shows (1 is the whole graph in view). */
const EDGE_LABEL_ZOOM = 0.45;

/** The graph view: add entities and relations, select one, react to clicks. */
export class GraphView {
  readonly graph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  readonly sigma: Sigma<NodeAttrs, EdgeAttrs>;
  /** Ids of the relations drawn, some of them sharing an edge. */
  readonly #relations = new Set<string>();
  #hovered: string | null = null;
  #selected: string | null = null;
  #maxPagerank = 1e-9;

  /** Number of relations drawn (relations between the same two entities share an edge). */
  get relationCount(): number {
    return this.#relations.size;
  }

  constructor(container: HTMLElement, onSelect: (id: string) => void) {
    this.sigma = new Sigma(this.graph, container, {
      defaultEdgeType: 'arrow',
      renderEdgeLabels: true,
      labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      labelSize: 13,
      labelWeight: '600',
      labelColor: { color: '#1f2933' },
      edgeLabelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      edgeLabelSize: 11,
      edgeLabelColor: { color: '#52606d' },
      // Only nodes drawn at least this large get a label, unless forced.
      labelRenderedSizeThreshold: 9,
      labelDensity: 0.7,
      zIndex: true,
      stagePadding: 90,
      nodeReducer: (node, data) => this.#reduceNode(node, data),
      edgeReducer: (edge, data) => this.#reduceEdge(edge, data),
    });
    this.sigma.on('clickNode', ({ node }) => onSelect(node));
    this.sigma.on('enterNode', ({ node }) => {
      this.#hovered = node;
      container.style.cursor = 'pointer';
      this.sigma.refresh({ skipIndexation: true });
    });
    this.sigma.on('leaveNode', () => {
      this.#hovered = null;
      container.style.cursor = '';
      this.sigma.refresh({ skipIndexation: true });
    });
    this.sigma.getCamera().on('updated', () => this.sigma.refresh({ skipIndexation: true }));
  }

  /** Adds entities (placed near `near` when given, else on a circle by community) and relations among known entities. */
  add(entities: readonly EntitySummary[], relations: readonly RelationSummary[], near?: string): string[] {
    const added: string[] = [];
    const anchor = near !== undefined && this.graph.hasNode(near) ? this.graph.getNodeAttributes(near) : undefined;
    for (const entity of entities) {
      this.#maxPagerank = Math.max(this.#maxPagerank, entity.centrality.pagerank);
      if (this.graph.hasNode(entity.id)) continue;
      const angle = anchor !== undefined ? (2 * Math.PI * added.length) / Math.max(1, entities.length) : communityAngle(entity);
      const radius = anchor !== undefined ? 1 + (added.length % 3) * 0.3 : 10 + (entity.centrality.rank % 7);
      this.graph.addNode(entity.id, {
        label: entity.name,
        entityType: entity.type,
        x: (anchor?.x ?? 0) + radius * Math.cos(angle),
        y: (anchor?.y ?? 0) + radius * Math.sin(angle),
        size: 0,
        color: colorOf(entity.type),
        pagerank: entity.centrality.pagerank,
      });
      added.push(entity.id);
    }
    for (const relation of relations) {
      const { id, source, target } = relation;
      if (this.#relations.has(id) || !this.graph.hasNode(source.id) || !this.graph.hasNode(target.id)) continue;
      this.#relations.add(id);
      const label = relation.role === null ? relation.predicate : `${relation.predicate} (${relation.role})`;
      // Relations between the same two entities share one drawn edge, so their labels do not overlap.
      const existing = this.graph.edges(source.id, target.id)[0] ?? this.graph.edges(target.id, source.id)[0];
      if (existing !== undefined) {
        this.graph.updateEdgeAttribute(existing, 'label', (previous) => `${previous ?? ''} · ${label}`);
        continue;
      }
      this.graph.addDirectedEdgeWithKey(id, source.id, target.id, { label, size: 1 + 2 * relation.confidence, color: EDGE_COLOR });
    }
    this.#resize();
    // A small graph is readable with every label; a larger one labels its larger nodes only.
    this.sigma.setSetting('labelRenderedSizeThreshold', this.graph.order <= SMALL_GRAPH ? 0 : 9);
    return added;
  }

  /** Runs ForceAtlas2 for a fixed number of iterations, so the same graph always gets the same picture. */
  layout(iterations = 600): void {
    if (this.graph.order === 0) return;
    const settings = forceAtlas2.inferSettings(this.graph);
    // Strong gravity keeps small components near the centre instead of drifting to the edges;
    // dissuading hubs pushes their leaves outwards, which leaves room for labels.
    forceAtlas2.assign(this.graph, {
      iterations,
      settings: { ...settings, strongGravityMode: true, gravity: 0.5, scalingRatio: 4, outboundAttractionDistribution: true },
    });
  }

  /** Highlights an entity and its neighbours, and moves the camera to it. */
  select(id: string | null): void {
    this.#selected = id;
    this.sigma.refresh({ skipIndexation: true });
    if (id === null || !this.graph.hasNode(id)) return;
    const display = this.sigma.getNodeDisplayData(id);
    if (display !== undefined) void this.sigma.getCamera().animate({ x: display.x, y: display.y, ratio: Math.min(this.sigma.getCamera().ratio, 0.9) }, { duration: 400 });
  }

  /** Where an entity is drawn, in pixels from the container's top left; for tests and tooltips. */
  screenPosition(id: string): { x: number; y: number } | null {
    const display = this.sigma.getNodeDisplayData(id);
    return display === undefined ? null : this.sigma.framedGraphToViewport(display);
  }

  /** Sizes from PageRank relative to the largest: 5 to 24 pixels, on a square-root scale. */
  #resize(): void {
    this.graph.forEachNode((id, attrs) => {
      this.graph.setNodeAttribute(id, 'size', 5 + 19 * Math.sqrt(attrs.pagerank / this.#maxPagerank));
    });
  }

  #focus(): string | null {
    return this.#hovered ?? this.#selected;
  }

  #reduceNode(node: string, data: NodeAttrs): Partial<NodeDisplayData> {
    const focus = this.#focus();
    if (focus === null) return data;
    if (node === focus) return { ...data, forceLabel: true, highlighted: true, zIndex: 2 };
    if (this.graph.areNeighbors(node, focus)) return { ...data, forceLabel: true, zIndex: 1 };
    return { ...data, color: FADED, label: node === this.#selected ? data.label : '', zIndex: 0 };
  }

  #reduceEdge(edge: string, data: EdgeAttrs): Partial<EdgeDisplayData> {
    const focus = this.#focus();
    const zoomedIn = this.sigma.getCamera().ratio < EDGE_LABEL_ZOOM;
    if (focus === null) return { ...data, label: zoomedIn ? data.label : '' };
    const touches = this.graph.source(edge) === focus || this.graph.target(edge) === focus;
    if (touches) return { ...data, color: '#7b8794', forceLabel: true, zIndex: 1 };
    return { ...data, color: FADED, label: zoomedIn ? data.label : '', zIndex: 0 };
  }
}

/** Colour of an entity type, grey for a type the palette does not know. */
export function colorOf(type: string): string {
  return (TYPE_COLORS as Readonly<Record<string, string>>)[type] ?? '#9aa5b1';
}

/** A starting angle from the community, so ForceAtlas2 starts from groups rather than a random cloud. */
function communityAngle(entity: EntitySummary): number {
  const base = (entity.community.index * 2.399963) % (2 * Math.PI);
  return base + (entity.centrality.rank % 5) * 0.15;
}
