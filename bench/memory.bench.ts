// Memory per node and per edge, from process.memoryUsage() before and after (with a forced GC):
// graphology alone with bare attributes, then the GraphStore as ingestion fills it (a node with one
// mention, an edge with one piece of evidence). Each measure runs first in a fresh process, so
// nothing left by another skews it. Run: node --expose-gc --import tsx bench/memory.bench.ts [nodes]
import { MultiDirectedGraph } from 'graphology';
import { type Extraction, documentId } from '../src/domain/index.js';
import { GraphStore } from '../src/graph/index.js';

const nodes = Number(process.argv[2] ?? 100_000);
const edgesPerNode = 2;

function heapBytes(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error('memory.bench: run node with --expose-gc.');
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** Sentence spans of sentences joined by single spaces, all in one paragraph. */
function spansOf(sentences: readonly string[]): { index: number; paragraph: number; start: number; end: number; text: string }[] {
  let offset = 0;
  return sentences.map((s, index) => {
    const span = { index, paragraph: 0, start: offset, end: offset + s.length, text: s };
    offset += s.length + 1;
    return span;
  });
}

/** A document naming `people` new people (one sentence each) and nothing else. */
function peopleDocument(first: number, people: number): Extraction {
  const sentences = Array.from({ length: people }, (_, i) => `Person Number ${first + i} spoke to reporters on Monday.`);
  const text = sentences.join(' ');
  const id = documentId(text);
  const spans = spansOf(sentences);
  return {
    document: { id, title: `People ${first}`, source: null, publishedAt: null, text, sentences: spans },
    entities: spans.map((span, i) => ({
      id: `person:person-number-${first + i}`,
      name: `Person Number ${first + i}`,
      type: 'PERSON',
      aliases: [],
      mentions: [
        { text: `Person Number ${first + i}`, evidence: { document: id, sentence: span.index, start: span.start, end: span.start + 13, text: span.text } },
      ],
    })),
    relations: [],
    statements: [],
    facts: [],
  };
}

/** A document stating `count` MET_WITH relations between known people, one sentence each. */
function meetingsDocument(first: number, count: number, people: number): Extraction {
  const pairs = Array.from({ length: count }, (_, i) => {
    const a = (first + i) % people;
    const b = (a * 7_919 + 1 + Math.floor((first + i) / people)) % people;
    return [a, b === a ? (a + 1) % people : b] as const;
  });
  const sentences = pairs.map(([a, b]) => `Person Number ${a} met Person Number ${b} in meeting ${first}.`);
  const text = sentences.join(' ');
  const id = documentId(text);
  const spans = spansOf(sentences);
  return {
    document: { id, title: `Meetings ${first}`, source: null, publishedAt: null, text, sentences: spans },
    entities: [],
    relations: pairs.map(([a, b], i) => ({
      id: `${id}:rel:${i}`,
      subject: `person:person-number-${a}`,
      predicate: 'MET_WITH',
      object: `person:person-number-${b}`,
      rule: 'bench',
      confidence: 0.8,
      evidence: { document: id, sentence: i, start: spans[i]?.start ?? 0, end: spans[i]?.end ?? 0, text: spans[i]?.text ?? '' },
    })),
    statements: [],
    facts: [],
  };
}

const mode = process.argv[3] ?? 'all';
if (mode === 'all') {
  // Each measure in its own process.
  const { execFileSync } = await import('node:child_process');
  for (const part of ['graphology', 'store']) {
    process.stdout.write(execFileSync(process.execPath, [...process.execArgv, process.argv[1] ?? '', String(nodes), part], { encoding: 'utf8' }));
  }
} else if (mode === 'graphology') {
  const before = heapBytes();
  const graph = new MultiDirectedGraph<{ t: number }, { t: number }>();
  for (let i = 0; i < nodes; i += 1) graph.addNode(`person:person-number-${i}`, { t: i });
  const withNodes = heapBytes();
  for (let i = 0; i < nodes * edgesPerNode; i += 1) {
    graph.addEdgeWithKey(`rel:${i.toString(16).padStart(16, '0')}`, `person:person-number-${i % nodes}`, `person:person-number-${(i * 7_919 + 1) % nodes}`, {
      t: i,
    });
  }
  const after = heapBytes();
  console.log(
    `graphology alone (keyed nodes and edges, one small attribute object each): ${((withNodes - before) / nodes).toFixed(0)} bytes per node, ` +
      `${((after - withNodes) / graph.size).toFixed(0)} bytes per edge (${graph.order} nodes, ${graph.size} edges)`,
  );
} else {
  const store = new GraphStore();
  const before = heapBytes();
  for (let i = 0; i < nodes; i += 20) store.applyExtraction(peopleDocument(i, 20));
  const withNodes = heapBytes();
  for (let i = 0; i < nodes * edgesPerNode; i += 20) store.applyExtraction(meetingsDocument(i, 20, nodes));
  const after = heapBytes();
  console.log(
    `GraphStore (ingested; documents, sentences and name index included): ${((withNodes - before) / store.graph.order).toFixed(0)} bytes per entity with one mention, ` +
      `${((after - withNodes) / store.graph.size).toFixed(0)} bytes per relation with one piece of evidence (${store.graph.order} nodes, ${store.graph.size} edges)`,
  );
}
