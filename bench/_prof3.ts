import { pino } from 'pino';
import { createApolloServer, createContext } from '../src/api/index.js';
import { GraphStore } from '../src/graph/index.js';
import { PersistentGraph, openMemoryStorage } from '../src/graph/persistence/index.js';
import { scaleCorpus } from './scale-corpus.js';
const logger = pino({ level: 'error' });
const store = new GraphStore();
const graph = new PersistentGraph(openMemoryStorage(), store);
let n = 0;
for (const e of scaleCorpus()) { store.applyExtraction(e); if (++n >= 10000) break; }
const apollo = createApolloServer({ logger, limits: { timeoutMs: 600_000 } });
await apollo.start();
const q = `query Lookup($id: ID!) { entity(id: $id) { id name type aliases documents { id } mentions { count } relations { id predicate role source { id } target { id } rule confidence } } }`;
const id = store.graph.nodes().filter((x) => x.startsWith('person:')).find((x) => store.graph.degree(x) === 3) ?? '';
const t = performance.now();
for (let i = 0; i < 200; i++) { const r = await apollo.executeOperation({ query: q, variables: { id } }, { contextValue: createContext(graph, logger) }); if (i === 0) console.log(JSON.stringify(r.body).slice(0, 200)); }
console.log('ms per op', ((performance.now() - t) / 200).toFixed(2));
await apollo.stop();
