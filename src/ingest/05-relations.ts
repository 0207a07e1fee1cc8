// placeholder, replaced below
import { type ExtractedRelation } from '../domain/extraction.js';
import { type ReadContext } from './context.js';

export function findRelations(context: ReadContext): ExtractedRelation[] {
  void context;
  return [];
}
