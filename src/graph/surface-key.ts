// How the graph compares names: the shared rule of domain/surface-key.ts, and when a name is
// specific enough to merge entities on.
import { surfaceKey } from '../domain/surface-key.js';

export { surfaceKey };

/** True when a name has two words or more, so it is specific enough to merge entities on. */
export function isMultiWord(name: string): boolean {
  return surfaceKey(name).includes(' ');
}
