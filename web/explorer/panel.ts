// The side panel: what the articles say about the selected entity — its type, centrality, every
// relation with the sentence that states it, and its statements. Names of related entities are
// links that select them in turn. Text goes in as text nodes; only search snippets, escaped by the
// server, are HTML.
import { countOf } from '../../src/domain/wording';
import { type EntityDetails } from './api';
import { colorOf } from './graph-view';

/** Fills `panel` with the details of `entity`; `onSelect` is called with the id of a clicked name. */
export function renderEntity(panel: HTMLElement, entity: EntityDetails, onSelect: (id: string) => void): void {
  panel.replaceChildren();
  const header = el('header', 'entity-header');
  header.append(el('h2', 'entity-name', entity.name), typeChip(entity.type));
  if (entity.aliases.length > 0) header.append(el('p', 'aliases', `Also: ${entity.aliases.join(', ')}`));
  header.append(
    el(
      'p',
      'metrics',
      `${countOf(entity.centrality.degree, 'relation')} · ${countOf(entity.mentions.count, 'mention')} · PageRank #${entity.centrality.rank} (${entity.centrality.pagerank.toFixed(3)}) · betweenness ${entity.centrality.betweenness.toFixed(2)}`,
    ),
  );
  panel.append(header);

  const relations = el('section', 'relations');
  relations.append(el('h3', '', `Relations (${entity.relations.length})`));
  const list = el('ul', 'relation-list');
  for (const relation of entity.relations) {
    const outgoing = relation.source.id === entity.id;
    const other = outgoing ? relation.target : relation.source;
    const item = el('li', 'relation');
    // Read as a sentence: subject, predicate, object; the selected entity is plain, the other a link.
    const line = el('div', 'relation-line');
    const predicate = el('span', 'predicate', relation.role === null ? relation.predicate : `${relation.predicate} · ${relation.role}`);
    const link = el('a', 'entity-link', other.name);
    link.href = `#${encodeURIComponent(other.id)}`;
    link.style.setProperty('--type-color', colorOf(other.type));
    link.addEventListener('click', (event) => {
      event.preventDefault();
      onSelect(other.id);
    });
    const self = el('span', 'self', entity.name);
    if (outgoing) line.append(self, predicate, link);
    else line.append(link, predicate, self);
    item.append(line);
    const [evidence] = relation.evidence;
    if (evidence !== undefined) item.append(el('blockquote', 'evidence', evidence.text));
    list.append(item);
  }
  if (entity.relations.length === 0) list.append(el('li', 'empty', 'No relations.'));
  relations.append(list);
  panel.append(relations);

  if (entity.statements.length > 0) {
    const statements = el('section', 'statements');
    statements.append(el('h3', '', `Statements (${entity.statements.length})`));
    for (const statement of entity.statements) {
      const quote = el('blockquote', 'statement', `“${statement.text}”`);
      if (statement.reportedBy !== null) quote.append(el('cite', '', ` — via ${statement.reportedBy.name}`));
      statements.append(quote);
    }
    panel.append(statements);
  }
}

/** A short message in the panel (loading, nothing found, an error). */
export function renderMessage(panel: HTMLElement, message: string): void {
  panel.replaceChildren(el('p', 'panel-message', message));
}

/** A coloured chip naming an entity type. */
export function typeChip(type: string): HTMLElement {
  const chip = el('span', 'type-chip', type.replace(/_/g, ' ').toLowerCase());
  chip.style.setProperty('--type-color', colorOf(type));
  return chip;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className !== '') element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}
