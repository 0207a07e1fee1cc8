// The search box: asks `search` as the user types (debounced), lists the hits with their
// highlighted snippet, and hands the chosen entity over. Arrow keys and Enter work as expected.
import { type SearchHit, searchEntities } from './api';
import { typeChip } from './panel';

const DEBOUNCE_MS = 180;

/** Wires `input` and its result list `results` to search; `onChoose` gets the chosen entity id. */
export function attachSearch(input: HTMLInputElement, results: HTMLElement, onChoose: (id: string) => void): void {
  let timer: number | undefined;
  let hits: readonly SearchHit[] = [];
  let active = -1;
  let asked = 0;

  const close = (): void => {
    results.hidden = true;
    results.replaceChildren();
    active = -1;
  };
  const choose = (hit: SearchHit | undefined): void => {
    if (hit === undefined) return;
    input.value = hit.node.name;
    close();
    onChoose(hit.node.id);
  };
  const render = (): void => {
    results.replaceChildren();
    hits.forEach((hit, index) => {
      const item = document.createElement('li');
      item.className = index === active ? 'hit active' : 'hit';
      item.setAttribute('role', 'option');
      item.dataset.id = hit.node.id;
      const title = document.createElement('div');
      title.className = 'hit-title';
      const name = document.createElement('span');
      name.className = 'hit-name';
      name.textContent = hit.node.name;
      title.append(name, typeChip(hit.node.type));
      const snippet = document.createElement('div');
      snippet.className = 'hit-snippet';
      // Escaped by the server; only <mark> elements come through.
      snippet.innerHTML = hit.snippet.html;
      item.append(title, snippet);
      item.addEventListener('mousedown', (event) => {
        event.preventDefault();
        choose(hit);
      });
      results.append(item);
    });
    if (hits.length === 0) {
      const empty = document.createElement('li');
      empty.className = 'hit empty';
      empty.textContent = 'No entity matches.';
      results.append(empty);
    }
    results.hidden = false;
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const query = input.value.trim();
    if (query === '') {
      close();
      return;
    }
    timer = window.setTimeout(() => {
      const ticket = (asked += 1);
      searchEntities(query).then(
        (found) => {
          // An older answer arriving late must not replace a newer one.
          if (ticket !== asked) return;
          hits = found;
          active = found.length > 0 ? 0 : -1;
          render();
        },
        (error: unknown) => console.warn('search failed', error),
      );
    }, DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (results.hidden) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + hits.length) % Math.max(1, hits.length);
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(hits[active]);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => window.setTimeout(close, 100));
}
