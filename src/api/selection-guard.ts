// A cheap look at a query before Apollo validates it. Validation's overlapping-fields rule compares
// every pair of fields that share a response name in a selection set, so a query of
// `stats { entities }` a thousand times costs a million comparisons before any other rule can
// refuse it. This guard parses the query (with the same token limit) and counts, in one linear
// pass, the fields of the document and how often each response name occurs in each selection set
// (inline fragments and spreads included), and answers 400 QUERY_TOO_COMPLEX before Apollo sees
// the request. It is Express middleware because Apollo's hooks before validation cannot refuse a
// request cleanly. A query text is checked once: those that passed are remembered.
import { createHash } from 'node:crypto';
import type express from 'express';
import { type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode, Kind, parse } from 'graphql';
import { ErrorCode } from '../domain/index.js';
import { MAX_TOKENS } from './armor.js';
import { errorBody } from './http-errors.js';
import { REFUSAL_STATUS } from './refusal.js';

/** Most fields one document may hold, all selection sets together. */
export const MAX_SELECTIONS = 1_000;
/** Most times one response name (a field name or an alias) may occur in one selection set. */
export const MAX_REPEATED_FIELD = 10;

/** Query texts remembered as checked. */
const REMEMBERED = 1_000;

/** Middleware (after the JSON body parser) that refuses oversized or repetitive queries before Apollo validates them. */
export function selectionGuard(): express.RequestHandler {
  const passed = new Set<string>();
  return (req, res, next) => {
    const query = queryOf(req);
    if (query === undefined) {
      next();
      return;
    }
    const hash = createHash('sha256').update(query).digest('base64');
    if (passed.has(hash)) {
      next();
      return;
    }
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: MAX_TOKENS });
    } catch {
      // Apollo parses it again and says what is wrong.
      next();
      return;
    }
    const problem = selectionProblem(document);
    if (problem !== undefined) {
      res.status(REFUSAL_STATUS.QUERY_TOO_COMPLEX).json(errorBody(problem, ErrorCode.QUERY_TOO_COMPLEX));
      return;
    }
    if (passed.size >= REMEMBERED) passed.clear();
    passed.add(hash);
    next();
  };
}

function queryOf(req: express.Request): string | undefined {
  const body: unknown = req.body;
  if (typeof body === 'object' && body !== null && 'query' in body && typeof body.query === 'string') return body.query;
  const query: unknown = req.query.query;
  return typeof query === 'string' ? query : undefined;
}

/** Why `document` is refused, or undefined when it passes. Linear in the size of the document. */
export function selectionProblem(document: DocumentNode): string | undefined {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  let fields = 0;
  // Every selection set of the document, each looked at once.
  const pending: SelectionSetNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION) pending.push(definition.selectionSet);
  }
  for (let set = pending.pop(); set !== undefined; set = pending.pop()) {
    const counts = new Map<string, number>();
    // The fields this set gathers: its own, those of its inline fragments and of the fragments it
    // spreads (each fragment once per set), as the overlapping-fields rule gathers them.
    const gather: SelectionSetNode[] = [set];
    const spread = new Set<string>();
    for (let part = gather.pop(); part !== undefined; part = gather.pop()) {
      for (const selection of part.selections) {
        if (selection.kind === Kind.FIELD) {
          if (part === set) {
            fields += 1;
            if (fields > MAX_SELECTIONS) return `Query refused: it selects more than ${MAX_SELECTIONS} fields, the limit.`;
            if (selection.selectionSet) pending.push(selection.selectionSet);
          }
          const name = selection.alias?.value ?? selection.name.value;
          const count = (counts.get(name) ?? 0) + 1;
          if (count > MAX_REPEATED_FIELD) {
            return `Query refused: "${name}" is selected ${count} times or more in one selection set; the limit is ${MAX_REPEATED_FIELD}.`;
          }
          counts.set(name, count);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          // Its own fields are counted when it is looked at as a set of its own.
          if (part === set) pending.push(selection.selectionSet);
          gather.push(selection.selectionSet);
        } else {
          const fragment = fragments.get(selection.name.value);
          if (fragment === undefined || spread.has(fragment.name.value)) continue;
          spread.add(fragment.name.value);
          gather.push(fragment.selectionSet);
        }
      }
    }
  }
  return undefined;
}
