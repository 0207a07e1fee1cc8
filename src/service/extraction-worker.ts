// The body of an extraction worker thread: one article in, its extraction out. Runs in the pool of
// extractor.ts, so a long or hostile article never holds the service's event loop.
import { type MessagePort, parentPort, threadId } from 'node:worker_threads';
import { type DocumentInput, type Extraction } from '../domain/index.js';
import { extract } from '../ingest/index.js';
import { WORKER_LOADED } from './worker-messages.js';

// Load the lexicon and gazetteer when the thread starts, not inside the first article's time limit.
extract({ text: 'Warm up.' });
// Then say so, but only once the require() that is loading this module has returned (a microtask runs
// after it): until then, terminating the thread aborts the whole process (see extractor.ts).
queueMicrotask(() => parentPort?.postMessage({ [WORKER_LOADED]: threadId }));

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
