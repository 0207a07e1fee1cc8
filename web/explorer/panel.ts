// The side panel: what the articles say about the selected entity — its type, centrality, every
// relation with the sentence that states it, the article (title, date) the sentence is from, whom
// the sentence credits the claim to and the agency that carried it, its statements, and for an
// entity related to nothing the sentences that name it; or the steps of a path. Names of related
// entities are links that select them in turn. Text goes in as text nodes; only search snippets,
// escaped by the server, are HTML.
import { ENTITY_QUERY, type ArticleSummary, type ClaimEvidence, type EntityDetails, type EvidenceSentence, type PathStep } from './api';
import { countOf } from '../../src/domain/wording';
import { colorOf } from './graph-view';

/** What the panel can ask of the page. */
export interface PanelActions {
  select(id: string): void;
  pathFrom(id: string, name: string): void;
  pathTo(id: string, name: string): void;
}

/** The GraphiQL page with a query, its variables and operation in the editor. */
export function graphiqlLink(query: string, variables: Record<string, unknown>, operationName: string): string {
  const params = new URLSearchParams({ query, variables: JSON.stringify(variables, null, 2), operationName });
  return `/graphiql?${params.toString()}`;
}

/** Fills `panel` with the details of `entity`. */
export function renderEntity(panel: HTMLElement, entity: EntityDetails, articles: ReadonlyMap<string, ArticleSummary>, actions: PanelActions): void {
  panel.replaceChildren(closeButton(panel));
  const header = el('header', 'entity-header');
  header.append(el('h2', 'entity-name', entity.name), typeChip(entity.type));
  if (entity.aliases.length > 0) header.append(el('p', 'aliases', `Also: ${entity.aliases.join(', ')}`));
  header.append(
    el(
      'p',
      'metrics',
      `${countOf(entity.centrality.degree, 'relation')} · ${countOf(entity.mentions.count, 'mention')} · PageRank #${entity.centrality.rank} (${entity.centrality.pagerank.toFixed(3)}) · betweenness ${entity.centrality.betweenness.toFixed(2)} · community ${entity.community.index}`,
    ),
  );
  const tools = el('p', 'entity-tools');
  const from = el('button', 'path-from', 'Path from here');
  from.type = 'button';
  from.addEventListener('click', () => actions.pathFrom(entity.id, entity.name));
  const to = el('button', 'path-to', 'Path to here');
  to.type = 'button';
  to.addEventListener('click', () => actions.pathTo(entity.id, entity.name));
  const graphiql = el('a', 'open-graphiql', 'Open in GraphiQL ↗');
  graphiql.href = graphiqlLink(ENTITY_QUERY, { id: entity.id }, 'Entity');
  graphiql.target = '_blank';
  graphiql.rel = 'noopener';
  tools.append(from, to, graphiql);
  header.append(tools);
  panel.append(header);

  const relations = el('section', 'relations');
  relations.append(el('h3', '', `Relations (${entity.relations.length})`));
  const list = el('ul', 'relation-list');
  for (const relation of entity.relations) {
    const outgoing = relation.source.id === entity.id;
    const other = outgoing ? relation.target : relation.source;
    const item = el('li', 'relation');
    item.dataset.relation = relation.id;
    // Read as a sentence: subject, predicate, object; the selected entity is plain, the other a link.
    const line = el('div', 'relation-line');
    const predicate = el('span', 'predicate', relation.role === null ? relation.predicate : `${relation.predicate} · ${relation.role}`);
    const link = entityLink(other, actions);
    const self = el('span', 'self', entity.name);
    if (outgoing) line.append(self, predicate, link);
    else line.append(link, predicate, self);
    line.append(el('span', 'confidence', relation.confidence.toFixed(2)));
    item.append(line);
    for (const evidence of relation.evidence) item.append(evidenceQuote(evidence, articles));
    list.append(item);
  }
  if (entity.relations.length === 0) list.append(el('li', 'empty', 'No relations.'));
  relations.append(list);
  panel.append(relations);
  if (entity.relations.length === 0 && entity.mentions.sentences.length > 0) panel.append(mentionSection(entity.mentions, articles));

  if (entity.statements.length > 0) {
    const statements = el('section', 'statements');
    statements.append(el('h3', '', `Statements (${entity.statements.length})`));
    for (const statement of entity.statements) {
      const quote = el('blockquote', 'statement', `“${statement.text}”`);
      if (statement.reportedBy !== null) quote.append(el('cite', '', ` — via ${statement.reportedBy.name}`));
      statements.append(quote, source(statement.evidence.document, articles));
    }
    panel.append(statements);
  }
}

/** Fills `panel` with the steps of a path, each with its evidence sentence and article. */
export function renderPath(
  panel: HTMLElement,
  from: string,
  to: string,
  steps: readonly PathStep[] | null,
  articles: ReadonlyMap<string, ArticleSummary>,
  actions: PanelActions,
): void {
  panel.replaceChildren(closeButton(panel));
  const section = el('section', 'path');
  section.append(el('h2', 'path-title', `Path from ${from} to ${to}`));
  if (steps === null) {
    section.append(el('p', 'panel-message', 'No path of at most 8 steps links them.'));
    panel.append(section);
    return;
  }
  section.append(el('p', 'metrics', `${steps.length} step${steps.length === 1 ? '' : 's'}; relations are followed in either direction.`));
  const list = el('ol', 'path-steps');
  for (const step of steps) {
    const item = el('li', 'path-step');
    const line = el('div', 'relation-line');
    const arrow = step.direction === 'FORWARD' ? `${step.relation.predicate} →` : `← ${step.relation.predicate}`;
    line.append(entityLink({ ...step.from, type: '' }, actions), el('span', 'predicate', arrow), entityLink({ ...step.to, type: '' }, actions));
    item.append(line);
    if (step.evidence !== null) item.append(evidenceQuote(step.evidence, articles));
    list.append(item);
  }
  section.append(list);
  panel.append(section);
}

/** A short message in the panel (loading, nothing found, an error). */
export function renderMessage(panel: HTMLElement, message: string): void {
  panel.replaceChildren(closeButton(panel), el('p', 'panel-message', message));
}

/** A coloured chip naming an entity type. */
export function typeChip(type: string): HTMLElement {
  const chip = el('span', 'type-chip', type.replace(/_/g, ' ').toLowerCase());
  chip.style.setProperty('--type-color', colorOf(type));
  return chip;
}

function entityLink(entity: { id: string; name: string; type: string }, actions: PanelActions): HTMLAnchorElement {
  const link = el('a', 'entity-link', entity.name);
  link.href = `#${encodeURIComponent(entity.id)}`;
  if (entity.type !== '') link.style.setProperty('--type-color', colorOf(entity.type));
  link.addEventListener('click', (event) => {
    event.preventDefault();
    actions.select(entity.id);
  });
  return link;
}

/** A claim's sentence, its article, and who says so: "according to X", "via Agency". */
function evidenceQuote(evidence: ClaimEvidence, articles: ReadonlyMap<string, ArticleSummary>): HTMLElement {
  const quote = el('blockquote', 'evidence', evidence.text);
  const cite = source(evidence.document, articles);
  if (evidence.attributedTo !== null) cite.append(' · ', el('span', 'attributed-to', `according to ${evidence.attributedTo.name}`));
  if (evidence.reportedBy !== null) cite.append(' · ', el('span', 'reported-by', `via ${evidence.reportedBy.name}`));
  quote.append(cite);
  return quote;
}

/** The first sentences that name an entity, one per sentence, with their articles. */
function mentionSection(mentions: EntityDetails['mentions'], articles: ReadonlyMap<string, ArticleSummary>): HTMLElement {
  const section = el('section', 'mentions');
  section.append(el('h3', '', `Mentions (${mentions.count})`));
  if (mentions.count > mentions.sentences.length) section.append(el('p', 'metrics', `The sentences of the first ${mentions.sentences.length}:`));
  for (const sentence of uniqueSentences(mentions.sentences)) {
    const quote = el('blockquote', 'mention', sentence.text);
    quote.append(source(sentence.document, articles));
    section.append(quote);
  }
  return section;
}

/** A sentence naming the entity twice is one sentence to read. */
function uniqueSentences(sentences: readonly EvidenceSentence[]): EvidenceSentence[] {
  const seen = new Set<string>();
  return sentences.filter((s) => {
    const key = `${s.document}\u0000${s.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "Title · 2022-01-06" of the article a sentence is from. */
function source(documentId: string, articles: ReadonlyMap<string, ArticleSummary>): HTMLElement {
  const article = articles.get(documentId);
  const cite = el('cite', 'source');
  cite.append(el('span', 'source-title', article?.title ?? documentId), ' · ', el('span', 'source-date', article?.publishedAt?.slice(0, 10) ?? 'undated'));
  return cite;
}

/** On narrow windows the panel floats over the graph; this closes it. */
function closeButton(panel: HTMLElement): HTMLElement {
  const button = el('button', 'panel-close', '×');
  button.type = 'button';
  button.setAttribute('aria-label', 'Close the panel');
  button.addEventListener('click', () => panel.classList.remove('open'));
  return button;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className !== '') element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}
