// A bound on how much one query may ask for. The depth and cost rules of graphql-armor cannot see
// list sizes given as variables, nor lists without a `first`; nested lists multiply
// (`documents { entities { documents ... } } }`). This plugin estimates, before execution, how
// many objects the operation would return, with the real `first` values (variables included) and
// a typical size for lists that have none, and refuses the query when the estimate is too large.
import { type ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
  GraphQLError,
  Kind,
} from 'graphql';
import { ErrorCode } from '../domain/index.js';

/** Most objects one query may be estimated to return. */
export const MAX_ESTIMATED_OBJECTS = 100_000;
/** Size assumed for a list field that takes no `first`. */
const TYPICAL_LIST_SIZE = 20;
/** Arguments that bound the size of a list or connection. */
const SIZE_ARGUMENTS = ['first', 'limit'];

// graphql is loaded twice here (Apollo's ESM build and CommonJS dependencies), so its instanceof
// predicates (isObjectType...) can fail across copies; types are read by their shape instead.
interface FieldsOwner {
  getFields(): Record<string, GraphQLField<unknown, unknown>>;
}

function fieldsOwner(type: GraphQLNamedType | null | undefined): FieldsOwner | undefined {
  return type && 'getFields' in type && typeof type.getFields === 'function' && !('parseValue' in type) ? (type as unknown as FieldsOwner) : undefined;
}

/** The named type under lists and non-nulls, and whether a list wraps it. */
function unwrap(type: unknown): { named: GraphQLNamedType; list: boolean } {
  let current = type as { ofType?: unknown; constructor: { name: string } };
  let list = false;
  while (current.ofType !== undefined) {
    if (current.constructor.name === 'GraphQLList') list = true;
    current = current.ofType as { ofType?: unknown; constructor: { name: string } };
  }
  return { named: current as unknown as GraphQLNamedType, list };
}

interface Walk {
  readonly schema: GraphQLSchema;
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  readonly variables: Readonly<Record<string, unknown>>;
}

/** The Apollo plugin that refuses operations estimated above MAX_ESTIMATED_OBJECTS. */
export function resultBudgetPlugin<T extends object>(): ApolloServerPlugin<T> {
  const estimates = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, schema, request }) {
          if (!operation) return;
          const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
          if (!root) return;
          // Apollo hands the same parsed document for the same query text: estimate once per variables.
          const key = `${operation.name?.value ?? ''}|${JSON.stringify(request.variables ?? {})}`;
          const known = estimates.get(document)?.get(key);
          const estimate =
            known ??
            estimateObjects(operation.selectionSet, root, 1, {
              schema,
              fragments: new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : []))),
              variables: request.variables ?? {},
            }, 0);
          if (known === undefined) {
            const perDocument = estimates.get(document) ?? new Map<string, number>();
            if (perDocument.size < 100) perDocument.set(key, estimate);
            estimates.set(document, perDocument);
          }
          if (estimate > MAX_ESTIMATED_OBJECTS) {
            throw new GraphQLError(
              `Query refused: it would return about ${Math.round(estimate).toLocaleString('en')} objects; the limit is ${MAX_ESTIMATED_OBJECTS.toLocaleString('en')}. Ask for fewer with \`first\` or nest fewer lists.`,
              { extensions: { code: ErrorCode.INVALID_INPUT } },
            );
          }
        },
      };
    },
  };
}

function estimateObjects(set: SelectionSetNode, parent: GraphQLNamedType, multiplier: number, walk: Walk, depth: number): number {
  if (depth > 32) return Number.POSITIVE_INFINITY; // fragments that spread themselves
  let total = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      const owner = fieldsOwner(parent);
      if (selection.name.value.startsWith('__') || !owner) continue;
      const field = owner.getFields()[selection.name.value];
      if (!field) continue;
      const { named, list } = unwrap(field.type);
      const count = multiplier * sizeOf(field, list, selection.arguments ?? [], walk);
      total += count;
      // Unions have no fields of their own; their fragments name the member types.
      if (selection.selectionSet) total += estimateObjects(selection.selectionSet, named, count, walk, depth + 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
      if (type) total += estimateObjects(selection.selectionSet, type, multiplier, walk, depth + 1);
    } else {
      const fragment = walk.fragments.get(selection.name.value);
      const type = fragment ? walk.schema.getType(fragment.typeCondition.name.value) : undefined;
      if (fragment && type) total += estimateObjects(fragment.selectionSet, type, multiplier, walk, depth + 1);
    }
  }
  return total;
}

/** How many items a field stands for: its `first`, else a typical list size for lists, else 1. */
function sizeOf(field: GraphQLField<unknown, unknown>, list: boolean, args: readonly { name: { value: string }; value: ValueNode }[], walk: Walk): number {
  for (const name of SIZE_ARGUMENTS) {
    const given = args.find((a) => a.name.value === name);
    const value = given ? valueOf(given.value, walk.variables) : field.args.find((a) => a.name === name)?.defaultValue;
    if (typeof value === 'number' && Number.isFinite(value)) return Math.max(1, value);
  }
  // A connection's `edges` are already counted by the connection's `first`.
  if (field.name === 'edges' || field.name === 'nodes') return 1;
  return list ? TYPICAL_LIST_SIZE : 1;
}

function valueOf(node: ValueNode, variables: Readonly<Record<string, unknown>>): unknown {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  return undefined;
}
