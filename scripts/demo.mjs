#!/usr/bin/env node
// `npm run demo`: the service with a larger graph for newcomers. It serves from its own data
// directory (KG_DATA, default ./data-demo, so the default ./data of `npm start` is never touched),
// loads the seed article on first start as usual, then adds the project's free-licence articles
// (Wikinews texts under CC BY 2.5 in test/fixtures and test/wikinews; original CC0 articles in
// test/holdout*) through the ordinary GraphQL `ingestDocuments` mutation. Ingestion is idempotent
// (the same text is the same document), so later starts add nothing. Wikinews articles get their
// publication date from their gold file's source line, so the explorer's date filter has dates.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
/** Folders of bundled articles, with their licence (see each folder's README). */
const FOLDERS = ['test/fixtures', 'test/wikinews', 'test/holdout', 'test/holdout2', 'test/holdout3', 'test/holdout4', 'test/holdout5'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "Wikinews, 5 January 2010, CC BY 2.5" -> "2010-01-05"; null when the source line has no date. */
function dateOf(source) {
  const match = /(\d{1,2}) ([A-Za-z]+) (\d{4})/.exec(source ?? '');
  if (match === null) return null;
  const month = MONTHS.indexOf(match[2].toLowerCase());
  if (month < 0) return null;
  return `${match[3]}-${String(month + 1).padStart(2, '0')}-${match[1].padStart(2, '0')}`;
}

async function articles() {
  const found = [];
  for (const folder of FOLDERS) {
    const names = (await readdir(join(root, folder))).filter((n) => n.endsWith('.txt')).sort();
    for (const name of names) {
      const text = await readFile(join(root, folder, name), 'utf8');
      let source = null;
      try {
        source = JSON.parse(await readFile(join(root, folder, name.replace(/\.txt$/, '.gold.json')), 'utf8')).source ?? null;
      } catch {
        // No gold file: no date.
      }
      const publishedAt = dateOf(source);
      found.push({ text, title: text.split('\n')[0].trim().slice(0, 200), source: `${folder}/${name}`, ...(publishedAt === null ? {} : { publishedAt }) });
    }
  }
  return found;
}

process.env.KG_DATA ??= join(root, 'data-demo');
process.env.NODE_ENV ??= 'production';
const { startServer } = await import('../dist/src/server.js');
const port = Number(process.env.PORT ?? 4000);
const running = await startServer({ port, dataDir: process.env.KG_DATA, ...(process.env.HOST ? { host: process.env.HOST } : {}) });
const todo = await articles();
const post = async (query, variables) => {
  const response = await fetch(`${running.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`demo: ${body.errors[0].message}`);
  return body.data;
};
let added = 0;
// A few articles a request, so no request runs into the service's time limit.
for (let i = 0; i < todo.length; i += 5) {
  const data = await post('mutation Demo($inputs: [IngestDocumentInput!]!) { ingestDocuments(inputs: $inputs) { alreadyPresent } }', {
    inputs: todo.slice(i, i + 5),
  });
  added += data.ingestDocuments.filter((r) => !r.alreadyPresent).length;
}
const { stats } = await post('{ stats { documents entities relations } }');
process.stdout.write(
  `News KG demo ready at ${running.url}/explorer (GraphiQL at ${running.url}/) — ${stats.documents} documents (${added} added now), ${stats.entities} entities, ${stats.relations} relations; data in ${process.env.KG_DATA}\n`,
);
const shutdown = () =>
  running.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
