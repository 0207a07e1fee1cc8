// The body of an extraction worker thread: one article in, its extraction out. Runs in the pool of
// extraction-pool.ts, so a long or hostile article never holds the service's event loop.
import { type MessagePort } from 'node:worker_threads';
import { type DocumentInput, type Extraction } from '../domain/index.js';
import { extract } from '../ingest/index.js';

// Load the lexicon and gazetteer when the thread starts, not inside the first article's time limit.
extract({ text: 'Warm up.' });

/** One article, and a port on which the thread says when it starts on it (the time limit starts then). */
export interface ExtractionTask {
  readonly input: DocumentInput;
  readonly started: MessagePort;
}

/** Piscina calls the default export with each task. */
export default function extractInWorker(task: ExtractionTask): Extraction {
  task.started.postMessage('started');
  task.started.close();
  return extract(task.input);
}
