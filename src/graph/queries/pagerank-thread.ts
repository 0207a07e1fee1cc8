// One worker thread for PageRank on large graphs: the computation takes seconds at a million
// relations, and on the event loop every request would wait for it. Started on first use; unref'd,
// so it never keeps the process alive.
import { existsSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type PagerankTask } from './pagerank-task.js';

let worker: Worker | undefined;
let pending: { resolve: (ranks: Float64Array) => void; reject: (error: Error) => void } | undefined;

/** PageRank of the task's entities, computed in the worker thread; one task at a time. */
export function pagerankInThread(task: PagerankTask): Promise<Float64Array> {
  if (pending) return Promise.reject(new Error('A PageRank task is already running.'));
  const thread = (worker ??= startWorker());
  return new Promise((resolve, reject) => {
    pending = { resolve, reject };
    thread.postMessage(task, [task.sources.buffer as ArrayBuffer, task.targets.buffer as ArrayBuffer]);
  });
}

function startWorker(): Worker {
  // Compiled JavaScript, without the parent's loader flags (under `--import tsx` they stop the thread).
  const thread = new Worker(workerFile(), { execArgv: [] });
  thread.on('message', (ranks: Float64Array) => settle((p) => p.resolve(ranks)));
  const fail = (error: Error): void => {
    worker = undefined;
    settle((p) => p.reject(error));
  };
  thread.on('error', fail);
  thread.on('exit', (code) => fail(new Error(`The PageRank thread stopped (exit code ${code}).`)));
  // After the listeners: adding a 'message' listener refs the thread again.
  thread.unref();
  return thread;
}

function settle(action: (p: NonNullable<typeof pending>) => void): void {
  const current = pending;
  pending = undefined;
  if (current) action(current);
}

/** The compiled worker: beside this module when running from dist/, else the build's copy (vitest runs src/). */
function workerFile(): string {
  const here = fileURLToPath(new URL('./pagerank-worker.js', import.meta.url));
  return existsSync(here) ? here : here.replace(`${sep}src${sep}graph${sep}`, `${sep}dist${sep}src${sep}graph${sep}`);
}
