// placeholder, replaced below
import { type ExtractedFact } from '../domain/extraction.js';
import { type ReadContext } from './context.js';

export function findFacts(context: ReadContext): ExtractedFact[] {
  void context;
  return [];
}
