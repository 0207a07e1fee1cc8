// Entry of the explorer page: draws the most central part of the graph, then lets the reader
// search an entity or click one to read what the articles say about it and grow its neighbourhood.
// It talks only to this origin's /graphql.
import { countOf } from '../../src/domain/wording';
import { fetchEntity, fetchOverview } from './api';
import { GraphView, colorOf } from './graph-view';
import { renderEntity, renderMessage } from './panel';
import { attachSearch } from './search-box';
import './style.css';

/** How many of the most central entities the first view shows. */
const OVERVIEW_SIZE = 150;

function element<T extends HTMLElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (found === null) throw new Error(`Explorer page: no ${selector} element.`);
  return found;
}

const panel = element<HTMLElement>('#panel');
const status = element<HTMLElement>('#status');
const view = new GraphView(element<HTMLElement>('#graph'), (id) => void select(id));

/** Shows an entity in the panel, adds its neighbourhood to the drawing and highlights it. */
async function select(id: string): Promise<void> {
  renderMessage(panel, 'Loading…');
  try {
    const entity = await fetchEntity(id);
    if (entity === null) {
      renderMessage(panel, `No entity ${id}.`);
      return;
    }
    const added = view.add([entity, ...entity.neighbors.edges.map((e) => e.node)], entity.neighbors.relations, entity.id);
    if (added.length > 0) view.layout(60);
    view.select(entity.id);
    renderEntity(panel, entity, (other) => void select(other));
    document.body.dataset.selected = entity.id;
    history.replaceState(null, '', `#${encodeURIComponent(entity.id)}`);
    updateStatus();
  } catch (error) {
    renderMessage(panel, `Could not load the entity: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function updateStatus(): void {
  status.textContent = `${countOf(view.graph.order, 'entity')} · ${countOf(view.relationCount, 'relation')} shown`;
}

function renderLegend(types: Iterable<string>): void {
  const legend = element<HTMLElement>('#legend');
  legend.replaceChildren();
  for (const type of [...new Set(types)].sort()) {
    const item = document.createElement('li');
    item.style.setProperty('--type-color', colorOf(type));
    item.textContent = type.replace(/_/g, ' ').toLowerCase();
    legend.append(item);
  }
}

async function start(): Promise<void> {
  attachSearch(element<HTMLInputElement>('#search'), element<HTMLElement>('#results'), (id) => void select(id));
  const overview = await fetchOverview(OVERVIEW_SIZE);
  view.add(overview.nodes, overview.relations);
  view.layout();
  renderLegend(overview.nodes.map((n) => n.type));
  updateStatus();
  if (overview.total > overview.nodes.length) status.textContent += ` (the ${overview.nodes.length} most central of ${overview.total})`;
  document.body.dataset.ready = 'true';
  const fromHash = decodeURIComponent(window.location.hash.slice(1));
  if (fromHash !== '') await select(fromHash);
}

// For tests and the curious: the drawing, to find where an entity is on screen.
(window as unknown as { explorer: GraphView }).explorer = view;

start().catch((error: unknown) => {
  renderMessage(panel, `Could not load the graph: ${error instanceof Error ? error.message : String(error)}`);
});
