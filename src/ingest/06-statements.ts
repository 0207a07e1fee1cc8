// placeholder, replaced below
import { type ExtractedStatement } from '../domain/extraction.js';
import { type ReadContext } from './context.js';

export function findStatements(context: ReadContext): ExtractedStatement[] {
  void context;
  return [];
}
