// Entry of the GraphiQL page: renders GraphiQL full-screen against this origin's /graphql.
// Monaco's web workers come from graphiql's Vite setup module, which must run before the editor
// is created; without it queries still run but completion and validation silently stop working.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// Same origin as the page, so the page works behind any host or port the server is given.
const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.origin).href });

// Shown only when the browser has no saved query for this page yet (GraphiQL keeps edits in
// localStorage), so a visitor's own work is never overwritten.
const DEFAULT_QUERY = `# Welcome to the news knowledge graph.
# Press the run button (or Ctrl-Enter) to list the
# people found in the articles; the book icon on the
# left opens the schema documentation.
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

const container = document.getElementById('graphiql');
if (container === null) throw new Error('GraphiQL page: the #graphiql element is missing.');

createRoot(container).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY}>
      <GraphiQL.Logo>
        News knowledge graph{' '}
        <a href="/explorer" className="kg-explorer-link" title="Draw the graph, search entities and read their evidence">
          Explorer ↗
        </a>
      </GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
