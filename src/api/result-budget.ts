// A bound on how much one query may ask for, checked before it runs. The depth and cost rules of
// graphql-armor cannot see list sizes given as variables, lists without a `first`, nor how large a
// string is; nested lists multiply (`documents { entities { documents { text } } }`). This plugin
// estimates, from the graph as it is now, how many fields the answer would hold and how many bytes
// it would take, and refuses the query (QUERY_TOO_COMPLEX, HTTP 400) when either is over its limit.
//
// Sizes: a list with `first` (or `limit`) counts that many; a list without one counts its real
// size in the graph (graph/queries/list-sizes.ts): the largest of any record when it hangs under one
// object (`entity(id) { documents }`); under many, the number of parents times the size-weighted
// mean (a hub turns up under every document that names it, so plain means undercount). A
// connection passes its page size to its `edges` (and to lists that depend on the page). Strings
// that can be large (article texts, sentences, exports) count their real mean or largest length.
// The estimate is a first line; execution-guard.ts measures the real answer as it is built.
import { type ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
  Kind,
} from 'graphql';
import {
  EXPORT_FORMATS,
  type ExportFormat,
  type GraphSizes,
  type ReadonlyStore,
  type ListSize,
  MAX_PATH_LENGTH,
  MAX_PATH_SEARCH_STEPS,
  communityPartition,
  exportLengthHint,
  graphSizes,
} from '../graph/index.js';
import { refusal } from './refusal.js';

/** Most fields one query may be estimated to return (every scalar and object counts one). */
export const MAX_ESTIMATED_OBJECTS = 100_000;
/** Bytes of JSON a field costs beside its value: its name, quotes, separators. */
export const FIELD_BYTES = 24;
/**
 * What one `paths` search counts for, in fields: its work is bounded by MAX_PATH_SEARCH_STEPS
 * links, so six searches fit in one query's budget and a seventh does not.
 */
export const PATHS_SEARCH_COST = (MAX_PATH_SEARCH_STEPS * 3) / 40;
/** Size assumed for a list field the graph does not size (small vocabulary lists such as `byType`). */
const TYPICAL_LIST_SIZE = 20;
/** Arguments that bound the size of a list or connection. */
const SIZE_ARGUMENTS = ['first', 'limit'];

/** A list whose size the graph knows: from its sizes, and the page size of the connection it hangs under. */
type Sizer = (sizes: GraphSizes, store: ReadonlyStore, page: number | undefined) => ListSize;

const whole = (count: number): ListSize => ({ mean: count, weighted: count, max: count });

/** Lists without `first`, by `Type.field`. */
const LIST_SIZES: Readonly<Record<string, Sizer>> = {
  'Query.documents': (g) => whole(g.documents),
  'Query.statements': (g) => whole(g.statements),
  'Query.facts': (g) => whole(g.facts),
  'Query.communities': (_g, store) => whole(communityPartition(store).communities.length),
  'Entity.documents': (g) => g.documentsPerEntity,
  'Entity.relations': (g) => g.relationsPerEntity,
  'Entity.statements': (g) => g.statementsPerSpeaker,
  'Entity.aliases': (g) => g.aliasesPerEntity,
  'Mentions.sentences': (g) => g.mentionsPerEntity,
  'Relation.evidence': (g) => g.evidencePerRelation,
  'Document.sentences': (g) => g.sentencesPerDocument,
  'Document.entities': (g) => g.entitiesPerDocument,
  'Path.entities': () => whole(MAX_PATH_LENGTH + 1),
  'Path.steps': () => whole(MAX_PATH_LENGTH),
  'PathStep.alternatives': (g) => whole(Math.min(g.relations, 16)),
  // Relations among the entities of a page: each brings at most its degree.
  'Subgraph.relations': (g, _store, page) => amongPage(g, page),
  'NeighborConnection.relations': (g, _store, page) => amongPage(g, (page ?? TYPICAL_LIST_SIZE) + 1),
};

function amongPage(g: GraphSizes, page: number | undefined): ListSize {
  const entities = page ?? g.entities;
  const bounded = (perEntity: number): number => Math.min(g.relations, entities * perEntity);
  return { mean: bounded(g.relationsPerEntity.mean), weighted: bounded(g.relationsPerEntity.weighted), max: bounded(g.relationsPerEntity.max) };
}

/** Strings that can be large, by `Type.field`: their length in characters. */
const STRING_SIZES: Readonly<Record<string, (sizes: GraphSizes) => ListSize>> = {
  'Document.text': (g) => g.textChars,
  'Sentence.text': (g) => g.sentenceChars,
  'Evidence.text': (g) => g.sentenceChars,
  'Statement.text': (g) => g.sentenceChars,
};

/** What an estimate found. */
export interface Estimate {
  /** Fields the answer would hold. */
  readonly objects: number;
  /** Bytes of JSON it would take, exports aside. */
  readonly bytes: number;
  /** Number of `export` fields. */
  readonly exports: number;
  /** Characters of the exports. */
  readonly exportBytes: number;
}

// graphql is loaded twice here (Apollo's ESM build and CommonJS dependencies), so its instanceof
// predicates (isObjectType...) can fail across copies; types are read by their shape instead.
interface FieldsOwner {
  readonly name: string;
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
  readonly store: ReadonlyStore;
  readonly sizes: GraphSizes;
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  readonly variables: Readonly<Record<string, unknown>>;
  /**
   * The one entity the selections at `depth` belong to (under `entity(id:)`), whose own lists are
   * counted at their real size rather than the largest any entity has.
   */
  focus: { readonly entity: string; readonly depth: number } | undefined;
  objects: number;
  bytes: number;
  exports: number;
  exportBytes: number;
}

/** Limits of the estimate. */
export interface BudgetLimits {
  /** Most bytes of JSON an answer may be estimated to take, exports aside. */
  readonly maxResponseBytes: number;
  /** Most characters an export may be estimated to take. */
  readonly maxExportBytes: number;
}

/**
 * The Apollo plugin that refuses operations estimated above MAX_ESTIMATED_OBJECTS fields or
 * `maxResponseBytes` bytes, with QUERY_TOO_COMPLEX and HTTP 400.
 */
export function resultBudgetPlugin<T extends { readonly store: ReadonlyStore }>(limits: BudgetLimits): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, schema, request, contextValue }) {
          if (!operation) return;
          const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
          if (!root) return;
          const estimate = estimateAnswer(document, operation.selectionSet, root, schema, contextValue.store, request.variables ?? {});
          if (estimate.objects > MAX_ESTIMATED_OBJECTS) {
            throw refusal(
              'QUERY_TOO_COMPLEX',
              `Query refused: it would return about ${Math.round(estimate.objects).toLocaleString('en')} fields; the limit is ${MAX_ESTIMATED_OBJECTS.toLocaleString('en')}. Ask for fewer with \`first\`, use the paged connections (\`documentConnection\`...) or nest fewer lists.`,
            );
          }
          if (estimate.exports > 1) {
            throw refusal('QUERY_TOO_COMPLEX', `Query refused: it asks for ${estimate.exports} exports; ask for one export per request.`);
          }
          if (estimate.exportBytes > limits.maxExportBytes) {
            throw refusal(
              'QUERY_TOO_COMPLEX',
              `Query refused: the export would take about ${megabytes(estimate.exportBytes)} MB; the limit is ${megabytes(limits.maxExportBytes)} MB (KG_MAX_EXPORT_BYTES), or use \`kg backup\`.`,
            );
          }
          if (estimate.bytes > limits.maxResponseBytes) {
            throw refusal(
              'QUERY_TOO_COMPLEX',
              `Query refused: its answer would take about ${megabytes(estimate.bytes)} MB; the limit is ${megabytes(limits.maxResponseBytes)} MB. Ask for fewer items or leave out long texts.`,
            );
          }
        },
      };
    },
  };
}

/** How large the answer to `set` (an operation's selections, under `root`) would be, in the graph as it is now. */
export function estimateAnswer(
  document: DocumentNode,
  set: SelectionSetNode,
  root: GraphQLNamedType,
  schema: GraphQLSchema,
  store: ReadonlyStore,
  variables: Readonly<Record<string, unknown>>,
): Estimate {
  const walk: Walk = {
    schema,
    store,
    sizes: graphSizes(store),
    fragments: new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : []))),
    variables,
    focus: undefined,
    objects: 0,
    bytes: 0,
    exports: 0,
    exportBytes: 0,
  };
  visit(set, root, 1, undefined, walk, 0);
  return { objects: walk.objects, bytes: walk.bytes, exports: walk.exports, exportBytes: walk.exportBytes };
}

/** Adds to `walk` what `set` costs under `parents` objects of type `parent`, `page` the size of the page they belong to. */
function visit(set: SelectionSetNode, parent: GraphQLNamedType, parents: number, page: number | undefined, walk: Walk, depth: number): void {
  if (depth > 32) {
    // Fragments that spread themselves; validation refuses them first.
    walk.objects = Number.POSITIVE_INFINITY;
    return;
  }
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      visitField(selection, parent, parents, page, walk, depth);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
      if (type) visit(selection.selectionSet, type, parents, page, walk, depth + 1);
    } else {
      const fragment = walk.fragments.get(selection.name.value);
      const type = fragment ? walk.schema.getType(fragment.typeCondition.name.value) : undefined;
      if (fragment && type) visit(fragment.selectionSet, type, parents, page, walk, depth + 1);
    }
  }
}

function visitField(selection: FieldNode, parent: GraphQLNamedType, parents: number, page: number | undefined, walk: Walk, depth: number): void {
  const owner = fieldsOwner(parent);
  if (selection.name.value.startsWith('__') || !owner) return;
  const field = owner.getFields()[selection.name.value];
  if (!field) return;
  const key = `${owner.name}.${field.name}`;
  const { named, list } = unwrap(field.type);
  const requested = sizeArgument(field, selection, walk);
  let count = parents;
  let childPage: number | undefined;
  if (list) {
    count = parents * (requested ?? focusedSize(key, parents, walk, depth) ?? perParent(key, field, selection, requested, page, parents, walk));
  } else if (requested !== undefined) {
    // A connection (or a path list, a subgraph): one object whose lists hold a page. Making the
    // page is work in proportion to its size, whatever the query reads of it.
    childPage = requested;
    walk.objects += parents * requested;
  }
  walk.objects += count;
  if (key === 'Query.export') {
    walk.exports += count;
    walk.exportBytes += count * exportChars(selection, walk);
  } else {
    walk.bytes += count * (FIELD_BYTES + stringChars(key, parents, walk));
  }
  if (key === 'Query.paths') walk.objects += parents * PATHS_SEARCH_COST;
  if (!selection.selectionSet) return;
  const focus = walk.focus;
  if (key === 'Query.entity' && parents <= 1) {
    const given = selection.arguments?.find((a) => a.name.value === 'id')?.value;
    const id = given?.kind === Kind.STRING ? given.value : given?.kind === Kind.VARIABLE ? walk.variables[given.name.value] : undefined;
    // An id merged into another entity is not followed here: its lists count the largest case.
    const entity = typeof id === 'string' && walk.store.graph.hasNode(id) ? id : undefined;
    walk.focus = entity === undefined ? undefined : { entity, depth: depth + 1 };
  }
  // Unions have no fields of their own; their fragments name the member types.
  visit(selection.selectionSet, named, count, childPage, walk, depth + 1);
  walk.focus = focus;
}

/** The real size of a list of the focused entity (see Walk.focus), or undefined. */
function focusedSize(key: string, parents: number, walk: Walk, depth: number): number | undefined {
  if (walk.focus === undefined || walk.focus.depth !== depth || parents > 1) return undefined;
  const { entity } = walk.focus;
  switch (key) {
    case 'Entity.documents':
      return walk.store.graph.getNodeAttributes(entity).documents.length;
    case 'Entity.aliases':
      return walk.store.graph.getNodeAttributes(entity).aliases.length;
    case 'Entity.relations': {
      // Rejected relations, listed on request, are few; count them all the same.
      let rejected = 0;
      for (const r of walk.store.rejectedRelations()) if (r.source === entity || r.target === entity) rejected += 1;
      return walk.store.graph.degree(entity) + rejected;
    }
    default:
      return undefined;
  }
}

/** Items of a list field for one parent object. */
function perParent(
  key: string,
  field: GraphQLField<unknown, unknown>,
  selection: FieldNode,
  requested: number | undefined,
  page: number | undefined,
  parents: number,
  walk: Walk,
): number {
  if (requested !== undefined) return requested;
  if (key === 'Query.nodes') return listArgumentLength(selection, 'ids', walk) ?? 100;
  const sizer = LIST_SIZES[key];
  if (sizer !== undefined) {
    const size = sizer(walk.sizes, walk.store, page);
    return parents <= 1 ? size.max : size.weighted;
  }
  // A connection's `edges`, a path list's `paths`, a subgraph's `nodes`: the page.
  if (page !== undefined) return page;
  return field.name === 'edges' || field.name === 'nodes' ? 1 : TYPICAL_LIST_SIZE;
}

/** Characters of the export the field asks for (the largest format when it cannot tell which). */
function exportChars(selection: FieldNode, walk: Walk): number {
  const format = exportFormatOf(selection, walk);
  const formats = format === undefined ? EXPORT_FORMATS : [format];
  return Math.max(...formats.map((f) => exportLengthHint(walk.store, f)));
}

/** Characters of a string field's value, for fields that can be long; 0 for the others. */
function stringChars(key: string, parents: number, walk: Walk): number {
  const size = STRING_SIZES[key]?.(walk.sizes);
  if (size === undefined) return 0;
  return parents <= 1 ? size.max : size.weighted;
}

/** The value of the field's `first` or `limit` argument (or its default), when it has one. */
function sizeArgument(field: GraphQLField<unknown, unknown>, selection: FieldNode, walk: Walk): number | undefined {
  for (const name of SIZE_ARGUMENTS) {
    const given = selection.arguments?.find((a) => a.name.value === name);
    const value = given ? valueOf(given.value, walk.variables) : field.args.find((a) => a.name === name)?.defaultValue;
    if (typeof value === 'number' && Number.isFinite(value)) return Math.max(1, value);
  }
  return undefined;
}

function listArgumentLength(selection: FieldNode, name: string, walk: Walk): number | undefined {
  const given = selection.arguments?.find((a) => a.name.value === name)?.value;
  if (given === undefined) return undefined;
  if (given.kind === Kind.LIST) return given.values.length;
  if (given.kind === Kind.VARIABLE) {
    const value = walk.variables[given.name.value];
    return Array.isArray(value) ? value.length : undefined;
  }
  return 1;
}

function exportFormatOf(selection: FieldNode, walk: Walk): ExportFormat | undefined {
  const given = selection.arguments?.find((a) => a.name.value === 'format')?.value;
  const value = given === undefined ? undefined : given.kind === Kind.ENUM ? given.value : valueOf(given, walk.variables);
  return EXPORT_FORMATS.find((f) => f === value);
}

function valueOf(node: ValueNode, variables: Readonly<Record<string, unknown>>): unknown {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  return undefined;
}

function megabytes(bytes: number): string {
  return (bytes / 1_048_576).toLocaleString('en', { maximumFractionDigits: 1 });
}
