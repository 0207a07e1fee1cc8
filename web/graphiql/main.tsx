// Entry of the GraphiQL page: renders GraphiQL full-screen against this origin's /graphql.
// Monaco's web workers come from graphiql's Vite setup module, which must run before the editor
// is created; without it queries still run but completion and validation silently stop working.
//
// Links: `?query=`, `?variables=` and `?operationName=` load into the editor (the explorer's "open
// in GraphiQL" uses them), and the URL follows the editor as one types or switches tabs, so the
// address bar can always be copied to share what is on screen.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EXAMPLE_TABS } from './examples';

// Same origin as the page, so the page works behind any host or port the server is given.
const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.origin).href });

// The first tab when the browser has no saved tabs for this page yet (GraphiQL keeps edits in
// localStorage), so a visitor's own work is never overwritten; the README's examples follow it.
const DEFAULT_QUERY = `# Welcome to the news knowledge graph.
# Press the run button (or Ctrl-Enter) to list the
# people found in the articles; the book icon on the
# left opens the schema documentation. The other tabs
# hold the README's example queries.
query People {
  stats { documents entities relations }
  entities(type: PERSON, first: 10) {
    totalCount
    edges {
      node {
        id
        name
        type
        aliases
        relations { predicate role target { name type } }
      }
    }
  }
}
`;

/** What the address bar says: the editor's query, variables and operation. */
const fromUrl = new URLSearchParams(window.location.search);
const linked = {
  query: fromUrl.get('query') ?? undefined,
  variables: fromUrl.get('variables') ?? undefined,
  operationName: fromUrl.get('operationName') ?? undefined,
};
const current = { query: linked.query ?? '', variables: linked.variables ?? '', operationName: linked.operationName ?? '' };
let pending: number | undefined;

/** Writes the editor's state into the URL (replacing the history entry), a moment after the last keystroke. */
function keepUrlInStep(change: Partial<typeof current>): void {
  Object.assign(current, change);
  window.clearTimeout(pending);
  pending = window.setTimeout(() => {
    const params = new URLSearchParams();
    if (current.query.trim() !== '') params.set('query', current.query);
    if (current.variables.trim() !== '') params.set('variables', current.variables);
    if (current.operationName !== '') params.set('operationName', current.operationName);
    const search = params.toString();
    window.history.replaceState(null, '', `${window.location.pathname}${search === '' ? '' : `?${search}`}`);
  }, 250);
}

const container = document.getElementById('graphiql');
if (container === null) throw new Error('GraphiQL page: the #graphiql element is missing.');

// A linked query opens in the first tab of a fresh browser, and in a tab of its own (or the tab
// that already holds it) when GraphiQL has saved tabs.
const firstTab = linked.query === undefined ? { query: DEFAULT_QUERY } : { query: linked.query, variables: linked.variables ?? null };

createRoot(container).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      defaultQuery={DEFAULT_QUERY}
      defaultTabs={[firstTab, ...EXAMPLE_TABS]}
      {...(linked.query === undefined ? {} : { initialQuery: linked.query })}
      {...(linked.variables === undefined ? {} : { initialVariables: linked.variables })}
      {...(linked.operationName === undefined ? {} : { operationName: linked.operationName })}
      onEditQuery={(query) => keepUrlInStep({ query })}
      onEditVariables={(variables) => keepUrlInStep({ variables })}
      onEditOperationName={(operationName) => keepUrlInStep({ operationName })}
      onTabChange={({ tabs, activeTabIndex }) => {
        const tab = tabs[activeTabIndex];
        if (tab !== undefined) keepUrlInStep({ query: tab.query ?? '', variables: tab.variables ?? '', operationName: tab.operationName ?? '' });
      }}
    >
      <GraphiQL.Logo>
        News knowledge graph{' '}
        <a href="/explorer" className="kg-explorer-link" title="Draw the graph, search entities and read their evidence">
          Explorer ↗
        </a>
      </GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
