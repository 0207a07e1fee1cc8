// Extraction speed: words per second of the full extractor over a news corpus of at least 100,000
// words, against compromise's bare parse of the same texts in the same run (the reference: the
// extractor parses only what it needs, and the goal is at least 100% of that speed). Prints both
// figures and the ratio.
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { extract } from '../src/ingest/index.js';
import { newsCorpus } from './corpus.js';
import { packageRoot } from '../src/service/package-root.js';

// The package root, whether this runs from bench/ (tsx) or from dist/bench/ (npm run bench:...).
const root = packageRoot();
const { texts, words } = newsCorpus(root, 100_000);

function wordsPerSecond(label: string, run: (text: string) => unknown): number {
  for (const text of texts.slice(0, 20)) run(text); // warm-up: JIT and lazily built tables
  const start = performance.now();
  for (const text of texts) run(text);
  const seconds = (performance.now() - start) / 1000;
  const rate = words / seconds;
  console.log(`${label.padEnd(28)} ${Math.round(rate).toLocaleString('en').padStart(9)} words/s  (${seconds.toFixed(2)} s)`);
  return rate;
}

console.log(`corpus: ${texts.length} articles, ${words.toLocaleString('en')} words`);
const bareParse = wordsPerSecond('compromise bare parse', (text) => nlp(text));
const ours = wordsPerSecond('extract() full pipeline', (text) => extract({ text }));
console.log(`ratio: ${((ours / bareParse) * 100).toFixed(0)}% of compromise's bare parse (goal: at least 100%)`);
