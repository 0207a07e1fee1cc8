// The body of the PageRank worker thread: one task in, the ranks out (see pagerank-thread.ts).
import { parentPort } from 'node:worker_threads';
import { type PagerankTask, runPagerankTask } from './pagerank-task.js';

parentPort?.on('message', (task: PagerankTask) => {
  const ranks = runPagerankTask(task);
  parentPort?.postMessage(ranks, [ranks.buffer as ArrayBuffer]);
});
