// Curation from the side panel: each relation of the selected entity gets a Confirm and a Reject
// button (reject asks for a reason first), which call the confirmRelation and rejectRelation
// mutations, then let the page reload the entity. Shown only when the service allows writes: a
// page may say it does not with <meta name="kg-writes" content="off">, and a refused write
// (no key, wrong key) hides the buttons and says why.
import { graphql } from './api';

const CONFIRM = `mutation Confirm($id: ID!) { confirmRelation(id: $id) { relation { id confidence } } }`;
const REJECT = `mutation Reject($id: ID!, $reason: String!) { rejectRelation(id: $id, reason: $reason) { relation { id rejected } } }`;

/** True unless the page says the service takes no writes. */
function writesAllowed(): boolean {
  return document.querySelector<HTMLMetaElement>('meta[name="kg-writes"]')?.content !== 'off';
}

/**
 * Adds the buttons to every relation of `panel` (items carrying `data-relation`); `onChanged` is
 * called after a curation succeeded, to show the graph as it is now.
 */
export function addCurationControls(panel: HTMLElement, onChanged: () => void): void {
  if (!writesAllowed()) return;
  for (const item of panel.querySelectorAll<HTMLElement>('li.relation[data-relation]')) {
    const id = item.dataset.relation;
    if (id === undefined) continue;
    const controls = document.createElement('div');
    controls.className = 'curation-controls';
    const message = document.createElement('span');
    message.className = 'curation-message';
    const run = async (query: string, variables: Record<string, unknown>): Promise<void> => {
      message.textContent = 'Saving…';
      try {
        await graphql(query, variables);
        onChanged();
      } catch (error) {
        message.textContent = error instanceof Error ? error.message : String(error);
      }
    };
    const confirm = button('Confirm', 'confirm-relation', () => void run(CONFIRM, { id }));
    const reject = button('Reject', 'reject-relation', () => {
      form.hidden = !form.hidden;
      if (!form.hidden) reason.focus();
    });
    const form = document.createElement('form');
    form.className = 'reject-form';
    form.hidden = true;
    const reason = document.createElement('input');
    reason.name = 'reason';
    reason.required = true;
    reason.placeholder = 'Why is it wrong?';
    reason.setAttribute('aria-label', 'Reason for rejecting the relation');
    const submit = document.createElement('button');
    submit.type = 'submit';
    submit.textContent = 'Reject relation';
    form.append(reason, submit);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void run(REJECT, { id, reason: reason.value });
    });
    controls.append(confirm, reject, message);
    item.append(controls, form);
  }
}

function button(text: string, className: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = className;
  element.textContent = text;
  element.addEventListener('click', onClick);
  return element;
}
