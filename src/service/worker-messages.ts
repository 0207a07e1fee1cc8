// What an extraction thread tells the pool besides its results (piscina passes such messages on as
// the pool's 'message' events). Its own module, so the pool can read it without loading the worker.

/** Key of the message a thread posts once its module has loaded; its value is the thread's id. */
export const WORKER_LOADED = 'extractionWorkerLoaded';

/** The id of the thread that says it has loaded, when `message` is that message. */
export function loadedThreadId(message: unknown): number | undefined {
  if (typeof message !== 'object' || message === null || !(WORKER_LOADED in message)) return undefined;
  const id: unknown = (message as Record<string, unknown>)[WORKER_LOADED];
  return typeof id === 'number' ? id : undefined;
}
