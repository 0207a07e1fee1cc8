// Entry of the explorer page: draws the most central part of the graph, then lets the reader
// search, filter, select, expand, find paths and export. The view's state lives in the URL, so a
// view can be shared. It talks only to this origin's /graphql.
// First: it sends the first view's requests (see first-view.ts).
import { OVERVIEW_SIZE, firstView } from './first-view';
import { type ArticleSummary, fetchEntity, fetchNeighbours, fetchPath, fetchRelationArticles } from './api';
import { exportGexf, exportPng } from './export-view';
import { countOf } from '../../src/domain/wording';
import { GraphView, colorOf } from './graph-view';
import { addCurationControls } from './curation-controls';
import { type PanelActions, renderEntity, renderMessage, renderPath } from './panel';
import { attachSearch } from './search-box';
import { type ViewState, stateUrl } from './url-state';
import './style.css';

/** ForceAtlas2 iterations for the first view, and after adding entities. */
const LAYOUT_ITERATIONS = 180;
const EXPAND_ITERATIONS = 40;
/** Above this many entities the first view is coloured by community, below by type. */
const COMMUNITY_COLOURS_FROM = 60;

function element<T extends HTMLElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (found === null) throw new Error(`Explorer page: no ${selector} element.`);
  return found;
}

const panel = element<HTMLElement>('#panel');
const status = element<HTMLElement>('#status');
const controls = {
  predicate: element<HTMLSelectElement>('#predicate'),
  from: element<HTMLInputElement>('#from'),
  to: element<HTMLInputElement>('#to'),
  min: element<HTMLInputElement>('#min'),
  minValue: element<HTMLOutputElement>('#min-value'),
  depth: element<HTMLSelectElement>('#depth'),
  color: element<HTMLSelectElement>('#color'),
  pathFrom: element<HTMLInputElement>('#path-from'),
  pathTo: element<HTMLInputElement>('#path-to'),
};
let state: ViewState = firstView.state;
let articles = new Map<string, ArticleSummary>();
let overviewTotal = 0;

const view = new GraphView(element<HTMLElement>('#graph'), {
  onSelect: (id) => void select(id),
  onExpand: (id) => void expand(id),
});

const actions: PanelActions = {
  select: (id) => void select(id),
  pathFrom: (id, name) => {
    controls.pathFrom.value = name;
    update({ pathFrom: id });
    void showPath();
  },
  pathTo: (id, name) => {
    controls.pathTo.value = name;
    update({ pathTo: id });
    void showPath();
  },
};

/** Changes the state, keeps the URL in step and applies what the drawing shows. */
function update(change: Partial<ViewState>): void {
  state = { ...state, ...change };
  history.replaceState(null, '', stateUrl(state, OVERVIEW_SIZE));
  view.setFilters(state);
  renderLegend();
  updateStatus();
  if (state.from !== '' || state.to !== '') void loadRelationArticles();
}

/** The date filter needs each drawn relation's articles; they are asked for the first time it is used. */
let loadingArticles = false;
async function loadRelationArticles(): Promise<void> {
  const missing = view.relationsWithoutArticles();
  if (missing.length === 0 || loadingArticles) return;
  loadingArticles = true;
  try {
    view.setRelationArticles(await fetchRelationArticles(missing));
  } finally {
    loadingArticles = false;
  }
  updateStatus();
  // Relations added while these were asked for.
  void loadRelationArticles();
}

/** Shows an entity in the panel and highlights it; null deselects. */
async function select(id: string | null): Promise<void> {
  if (id === null) {
    view.select(null);
    delete document.body.dataset.selected;
    panel.classList.remove('open');
    update({ selected: '' });
    if (state.depth > 0) view.setNeighbourhood(null);
    renderMessage(panel, 'Nothing selected.');
    return;
  }
  renderMessage(panel, 'Loading…');
  try {
    const entity = await fetchEntity(id);
    if (entity === null) {
      renderMessage(panel, `No entity ${id}.`);
      return;
    }
    if (!view.graph.hasNode(entity.id)) {
      // Picked from search or a link: bring it in with its direct neighbours.
      const around = await fetchNeighbours(entity.id, 1, 50);
      if (around !== null) addAndSettle(around.nodes, around.relations, view.selected ?? undefined);
    }
    view.select(entity.id);
    renderEntity(panel, entity, articles, actions);
    panel.classList.add('open');
    addCurationControls(panel, () => void select(entity.id));
    document.body.dataset.selected = entity.id;
    update({ selected: entity.id });
    await applyDepth();
  } catch (error) {
    renderMessage(panel, `Could not load the entity: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Double click: adds the entity's neighbours from the API, so a large graph can be walked from one entity. */
async function expand(id: string): Promise<void> {
  const around = await fetchNeighbours(id, 1, 100);
  if (around === null) return;
  const added = addAndSettle(around.nodes, around.relations, id);
  status.textContent = `${added} entities added around ${view.graph.getNodeAttribute(id, 'label')}.`;
  window.setTimeout(updateStatus, 2500);
}

function addAndSettle(nodes: Parameters<GraphView['add']>[0], relations: Parameters<GraphView['add']>[1], near?: string): number {
  const added = view.add(nodes, relations, near);
  if (added.length > 0) void view.settle(EXPAND_ITERATIONS, false);
  renderLegend();
  fillPredicates();
  return added.length;
}

/** With a depth and a selection, shows only the entities within that many hops (fetched from the API). */
async function applyDepth(): Promise<void> {
  if (state.depth === 0 || state.selected === '') {
    view.setNeighbourhood(null);
    updateStatus();
    return;
  }
  const around = await fetchNeighbours(state.selected, state.depth, 100);
  if (around === null) return;
  addAndSettle(around.nodes, around.relations, state.selected);
  view.setNeighbourhood(new Set(around.nodes.map((n) => n.id)));
  updateStatus();
}

/** Finds, draws and lists the path between the two entities of the path tool. */
async function showPath(): Promise<void> {
  if (state.pathFrom === '' || state.pathTo === '') return;
  renderMessage(panel, 'Looking for a path…');
  panel.classList.add('open');
  try {
    const path = await fetchPath(state.pathFrom, state.pathTo);
    if (path !== null) {
      addAndSettle(path.nodes, path.relations);
      view.setPath(
        path.nodes.map((n) => n.id),
        path.relations.map((r) => r.id),
      );
    } else view.setPath([], []);
    const name = (id: string, input: HTMLInputElement): string => (input.value !== '' ? input.value : id);
    renderPath(panel, name(state.pathFrom, controls.pathFrom), name(state.pathTo, controls.pathTo), path?.steps ?? null, articles, actions);
    document.body.dataset.path = path === null ? 'none' : String(path.steps.length);
  } catch (error) {
    renderMessage(panel, `Could not find a path: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function updateStatus(): void {
  const { entities, relations } = view.visibleCounts();
  status.textContent = `${countOf(entities, 'entity')} · ${countOf(relations, 'relation')} shown`;
  if (overviewTotal > view.graph.order) status.textContent += ` (of ${countOf(overviewTotal, 'entity')})`;
}

/** The legend: one button per entity type present; a click hides or shows that type. */
function renderLegend(): void {
  const legend = element<HTMLElement>('#legend');

  legend.replaceChildren();
  for (const type of view.types()) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.type = type;
    button.style.setProperty('--type-color', colorOf(type));
    button.textContent = type.replace(/_/g, ' ').toLowerCase();
    const hidden = state.hiddenTypes.has(type);
    button.setAttribute('aria-pressed', String(!hidden));
    button.title = hidden ? 'Show this type' : 'Hide this type';
    button.addEventListener('click', () => {
      const next = new Set(state.hiddenTypes);
      if (next.has(type)) next.delete(type);
      else next.add(type);
      update({ hiddenTypes: next });
    });
    item.append(button);
    legend.append(item);
  }
}

function fillPredicates(): void {
  const current = [...state.predicates][0] ?? '';
  const options = ['', ...new Set([...view.predicates(), ...state.predicates])];
  controls.predicate.replaceChildren(
    ...options.map((p) => {
      const option = document.createElement('option');
      option.value = p;
      option.textContent = p === '' ? 'all' : p;
      return option;
    }),
  );
  controls.predicate.value = current;
}

function wireControls(): void {
  controls.from.value = state.from;
  controls.to.value = state.to;
  controls.min.value = String(state.minConfidence);
  controls.minValue.value = state.minConfidence.toFixed(2);
  controls.depth.value = String(state.depth);
  controls.predicate.addEventListener('change', () => update({ predicates: new Set(controls.predicate.value === '' ? [] : [controls.predicate.value]) }));
  controls.from.addEventListener('change', () => update({ from: controls.from.value }));
  controls.to.addEventListener('change', () => update({ to: controls.to.value }));
  controls.min.addEventListener('input', () => {
    controls.minValue.value = Number(controls.min.value).toFixed(2);
    update({ minConfidence: Number(controls.min.value) });
  });
  controls.depth.addEventListener('change', () => {
    update({ depth: Number(controls.depth.value) });
    void applyDepth();
  });
  controls.color.addEventListener('change', () => {
    const color = controls.color.value === 'type' ? 'type' : 'community';
    view.setColorMode(color);
    update({ color });
  });
  element<HTMLFormElement>('#filters').addEventListener('submit', (event) => event.preventDefault());
  attachSearch(controls.pathFrom, element<HTMLElement>('#path-from-results'), (id) => {
    update({ pathFrom: id });
    void showPath();
  });
  attachSearch(controls.pathTo, element<HTMLElement>('#path-to-results'), (id) => {
    update({ pathTo: id });
    void showPath();
  });
  element<HTMLButtonElement>('#path-clear').addEventListener('click', () => {
    controls.pathFrom.value = '';
    controls.pathTo.value = '';
    view.setPath([], []);
    delete document.body.dataset.path;
    update({ pathFrom: '', pathTo: '' });
  });
  element<HTMLButtonElement>('#export-png').addEventListener('click', () => void exportPng(view.sigma));
  element<HTMLButtonElement>('#export-gexf').addEventListener('click', () => exportGexf(view));
  element<HTMLButtonElement>('#panel-toggle').addEventListener('click', () => panel.classList.toggle('open'));
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const target = event.target as HTMLElement | null;
    // In a search box, Esc first closes its list; a second Esc (or one elsewhere) deselects.
    if (target instanceof HTMLInputElement && target.type === 'search' && target.value !== '') return;
    void select(null);
  });
}

async function start(): Promise<void> {
  const [overview, articleList] = await firstView.data;
  const fetched = performance.now();
  articles = new Map(articleList.map((a) => [a.id, a]));
  view.setArticles(articleList);
  overviewTotal = overview.total;
  // Colours and filters are set while the graph is empty, so the entities are styled and filtered
  // once, as they are added.
  const color = state.color !== '' ? state.color : overview.nodes.length > COMMUNITY_COLOURS_FROM ? 'community' : 'type';
  controls.color.value = color;
  view.setColorMode(color);
  view.setFilters(state);
  view.add(overview.nodes, overview.relations);
  const cached = view.placeFromCache();
  view.draw();
  // Wired once there is a drawing to act on.
  attachSearch(element<HTMLInputElement>('#search'), element<HTMLElement>('#results'), (id) => void select(id));
  wireControls();
  // The first picture is drawn; the time is for the curious (and the browser test prints it).
  document.body.dataset.fetchMs = String(Math.round(fetched - firstView.askedAt));
  document.body.dataset.drawMs = String(Math.round(performance.now() - fetched));
  document.body.dataset.firstDraw = String(Math.round(performance.now()));
  renderLegend();
  fillPredicates();
  updateStatus();
  document.body.dataset.ready = 'true';
  const settled = cached ? Promise.resolve() : view.settle(view.graph.order <= 40 ? 400 : LAYOUT_ITERATIONS, true);
  void settled.then(() => {
    document.body.dataset.layout = cached ? 'cached' : 'settled';
  });
  if (state.pathFrom !== '' && state.pathTo !== '') await showPath();
  if (state.selected !== '') await select(state.selected);
}

// A link to another entity of this page (`/explorer#country:x`) selects it.
window.addEventListener('hashchange', () => {
  const id = decodeURIComponent(window.location.hash.slice(1));
  if (id !== '' && id !== state.selected) void select(id);
});

// For tests and the curious: the drawing, to find where an entity is and which labels are drawn.
(window as unknown as { explorer: GraphView }).explorer = view;

start().catch((error: unknown) => {
  const message = `Could not load the graph: ${error instanceof Error ? error.message : String(error)}`;
  renderMessage(panel, message);
  panel.classList.add('open');
  status.textContent = message;
  // What a test waits for besides data-ready, so a refused request fails it at once, with the reason.
  document.body.dataset.error = message;
});
