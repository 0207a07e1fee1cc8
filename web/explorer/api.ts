// The explorer's only way out: GraphQL requests to this origin's /graphql, and the first view from
// /api/overview (a GraphQL answer the server keeps per graph version). Each function sends one
// query and returns its data typed, or throws with the server's first error message.

/** Entity fields the graph view needs to draw a node. */
export interface EntitySummary {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly centrality: { readonly pagerank: number; readonly rank: number; readonly degree: number };
  readonly community: { readonly index: number };
}

/** Relation fields the graph view needs to draw an edge and filter it (by predicate and confidence). */
export interface RelationSummary {
  readonly id: string;
  readonly predicate: string;
  readonly role: string | null;
  readonly confidence: number;
  readonly source: { readonly id: string };
  readonly target: { readonly id: string };
}

/** An evidence sentence, with the article it comes from. */
export interface EvidenceSentence {
  readonly text: string;
  readonly document: string;
}

/** An evidence sentence of a claim: also whom the sentence credits it to, and the agency that carried it. */
export interface ClaimEvidence extends EvidenceSentence {
  readonly attributedTo: { readonly id: string; readonly name: string } | null;
  readonly reportedBy: { readonly id: string; readonly name: string } | null;
}

/** What the side panel shows about one entity. */
export interface EntityDetails extends EntitySummary {
  readonly aliases: readonly string[];
  /** How often the entity is named, and the first sentences that name it (shown when it has no relation). */
  readonly mentions: { readonly count: number; readonly sentences: readonly EvidenceSentence[] };
  readonly centrality: EntitySummary['centrality'] & { readonly betweenness: number };
  readonly relations: readonly (RelationSummary & {
    readonly source: { readonly id: string; readonly name: string; readonly type: string };
    readonly target: { readonly id: string; readonly name: string; readonly type: string };
    readonly evidence: readonly ClaimEvidence[];
  })[];
  readonly statements: readonly {
    readonly id: string;
    readonly text: string;
    readonly reportedBy: { readonly name: string } | null;
    readonly evidence: EvidenceSentence;
  }[];
}

/** A neighbourhood ready to add to the drawing. */
export interface Neighbourhood {
  readonly nodes: readonly EntitySummary[];
  readonly relations: readonly RelationSummary[];
}

/** An article, for provenance and the date filter. */
export interface ArticleSummary {
  readonly id: string;
  readonly title: string;
  readonly publishedAt: string | null;
}

/** One step of a path between two entities. */
export interface PathStep {
  readonly from: { readonly id: string; readonly name: string };
  readonly to: { readonly id: string; readonly name: string };
  readonly direction: string;
  readonly relation: { readonly id: string; readonly predicate: string };
  readonly evidence: ClaimEvidence | null;
}

/** One search hit. */
export interface SearchHit {
  readonly node: { readonly id: string; readonly name: string; readonly type: string };
  readonly matchedIn: string;
  readonly snippet: { readonly html: string };
}

const ENTITY_SUMMARY = 'id name type centrality { pagerank rank degree } community { index }';
const RELATION_SUMMARY = 'id predicate role confidence source { id } target { id }';
/** Fields of an evidence sentence of a claim. */
const CLAIM_EVIDENCE = 'text document attributedTo { id name } reportedBy { id name }';

/** A GraphQL error the server answered, with its `extensions.code` (QUERY_TOO_COMPLEX, QUERY_TIMEOUT...). */
export class GraphqlError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'GraphqlError';
  }
}

/** Sends one GraphQL operation to this origin; the data, or throws a GraphqlError with the server's first error. */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(new URL('/graphql', window.location.origin), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return dataOf<T>(response);
}

/** The data of a GraphQL response body, or a GraphqlError with its first error. */
async function dataOf<T>(response: Response): Promise<T> {
  const body = (await response.json()) as { data?: T | null; errors?: readonly { message: string; extensions?: { code?: string } }[] };
  const [error] = body.errors ?? [];
  if (error !== undefined) throw new GraphqlError(error.message, error.extensions?.code);
  if (body.data === undefined || body.data === null) throw new GraphqlError(`GraphQL answered ${response.status} without data.`, undefined);
  return body.data;
}

/**
 * How the first view is cut into requests when one request may not carry it all. The server stops a
 * query that runs longer than its time limit (2 s by default) and refuses one whose estimated answer
 * is too large: a 1,000-entity overview with its relations is some 35,000 fields, which can run past
 * the limit on a busy machine or a graph with large hubs. Each request holds
 * at most ENTITIES_PER_REQUEST entities and, as far as their degrees tell, RELATION_ENDS_PER_REQUEST
 * relations, a few thousand fields that answer in about a tenth of a second.
 */
const ENTITIES_PER_REQUEST = 100;
const RELATION_ENDS_PER_REQUEST = 600;
/** Requests in flight at once: the server runs one query at a time, so more only make each one slower. */
const REQUESTS_IN_FLIGHT = 2;

/** Refusals of a one-request overview that batches avoid: too large an estimate, too long a run, too large an answer. */
const OVERVIEW_FALLBACK_CODES: ReadonlySet<string> = new Set(['QUERY_TOO_COMPLEX', 'QUERY_TIMEOUT', 'RESPONSE_TOO_LARGE']);

/**
 * The most central entities and the relations among them: the first view. One request when the
 * server takes it (at 1,000 entities and 3,000 relations it answers in about 0.2 s, five times
 * faster than batches); in batches when it refuses it as too large or too slow for its limits.
 */
export async function fetchOverview(limit: number): Promise<Neighbourhood & { total: number }> {
  try {
    // The server keeps this answer per graph version (its query is OVERVIEW_QUERY, with the fields above).
    const response = await fetch(new URL(`/api/overview?limit=${limit}`, window.location.origin), { headers: { accept: 'application/json' } });
    const data = await dataOf<{ subgraph: { totalCount: number; nodes: { entity: EntitySummary }[]; relations: RelationSummary[] } }>(response);
    return { nodes: data.subgraph.nodes.map((n) => n.entity), relations: data.subgraph.relations, total: data.subgraph.totalCount };
  } catch (error) {
    if (!(error instanceof GraphqlError) || !OVERVIEW_FALLBACK_CODES.has(error.code ?? '')) throw error;
    return fetchOverviewInBatches(limit);
  }
}

/**
 * The first view in several requests: one lists the entities (ids and degrees, in the server's
 * order); then each batch of them comes with its summary and its outgoing relations, so every
 * relation among them arrives exactly once, from its source, and those whose target is not drawn
 * are dropped.
 */
async function fetchOverviewInBatches(limit: number): Promise<Neighbourhood & { total: number }> {
  const listed = await graphql<{ subgraph: { totalCount: number; nodes: { entity: { id: string; centrality: { degree: number } } }[] } }>(
    'query OverviewEntities($limit: Int!) { subgraph(limit: $limit) { totalCount nodes { entity { id centrality { degree } } } } }',
    { limit },
  );
  const order = listed.subgraph.nodes.map((n) => n.entity);
  const wanted = new Set(order.map((e) => e.id));
  const nodes = new Map<string, EntitySummary>();
  const relations = new Map<string, RelationSummary>();
  const ask = async (batch: readonly string[]): Promise<void> => {
    const data = await graphql<{ nodes: ((EntitySummary & { relations: RelationSummary[] }) | { id?: undefined } | null)[] }>(
      `query OverviewBatch($ids: [ID!]!) { nodes(ids: $ids) { ... on Entity { ${ENTITY_SUMMARY} relations(direction: OUT) { ${RELATION_SUMMARY} } } } }`,
      { ids: batch },
    );
    data.nodes.forEach((node, i) => {
      // An id that names no entity any more (removed since the list was made) answers null.
      const id = batch[i];
      if (node === null || node.id === undefined || id === undefined) return;
      const { relations: out, ...entity } = node;
      nodes.set(id, entity);
      for (const r of out) if (wanted.has(r.target.id)) relations.set(r.id, r);
    });
  };
  await inFlight(batchesByDegree(order), splitWhenTooLarge(ask));
  // In the server's order (relations by their source's place), whichever request answered first.
  const entities = new Map(order.flatMap((e) => nodes.get(e.id) ?? []).map((e) => [e.id, e]));
  const place = new Map(order.map((e, i) => [e.id, i]));
  const sorted = [...relations.values()].sort((a, b) => (place.get(a.source.id) ?? 0) - (place.get(b.source.id) ?? 0));
  return { nodes: [...entities.values()], relations: sorted, total: listed.subgraph.totalCount };
}

/** Consecutive batches of ids, each within ENTITIES_PER_REQUEST entities and RELATION_ENDS_PER_REQUEST degrees (an entity above it alone). */
function batchesByDegree(entities: readonly { readonly id: string; readonly centrality: { readonly degree: number } }[]): string[][] {
  const batches: string[][] = [];
  let batch: string[] = [];
  let ends = 0;
  for (const entity of entities) {
    const degree = entity.centrality.degree;
    if (batch.length > 0 && (batch.length >= ENTITIES_PER_REQUEST || ends + degree > RELATION_ENDS_PER_REQUEST)) {
      batches.push(batch);
      batch = [];
      ends = 0;
    }
    batch.push(entity.id);
    ends += degree;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/**
 * `ask`, which asks its batch again in two halves when the server's result budget refuses it
 * (QUERY_TOO_COMPLEX: the budget counts a typical degree per entity, and on a graph with large
 * hubs that can exceed the budget for a batch of small entities). A single id it refuses fails.
 */
function splitWhenTooLarge(ask: (batch: readonly string[]) => Promise<void>): (batch: readonly string[]) => Promise<void> {
  const tryBatch = async (batch: readonly string[]): Promise<void> => {
    try {
      await ask(batch);
    } catch (error) {
      if (!(error instanceof GraphqlError) || error.code !== 'QUERY_TOO_COMPLEX' || batch.length < 2) throw error;
      const half = Math.ceil(batch.length / 2);
      await tryBatch(batch.slice(0, half));
      await tryBatch(batch.slice(half));
    }
  };
  return tryBatch;
}

/** Runs `ask` on every batch, REQUESTS_IN_FLIGHT at a time. */
async function inFlight(batches: readonly (readonly string[])[], ask: (batch: readonly string[]) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let batch = batches[next++]; batch !== undefined; batch = batches[next++]) await ask(batch);
  };
  await Promise.all(Array.from({ length: Math.min(REQUESTS_IN_FLIGHT, batches.length) }, worker));
}

/** Slices of ENTITIES_PER_REQUEST ids. */
function slices(ids: readonly string[]): string[][] {
  const batches: string[][] = [];
  for (let i = 0; i < ids.length; i += ENTITIES_PER_REQUEST) batches.push(ids.slice(i, i + ENTITIES_PER_REQUEST));
  return batches;
}

/** The articles each relation is stated in, asked 100 relations a request, a few requests at a time. */
export async function fetchRelationArticles(ids: readonly string[]): Promise<Map<string, readonly string[]>> {
  const found = new Map<string, readonly string[]>();
  const ask = async (batch: readonly string[]): Promise<void> => {
    const data = await graphql<{ nodes: ({ id?: string; evidence?: { document: string }[] } | null)[] }>(
      'query RelationArticles($ids: [ID!]!) { nodes(ids: $ids) { ... on Relation { id evidence { document } } } }',
      { ids: batch },
    );
    for (const node of data.nodes) {
      if (node?.id !== undefined) found.set(node.id, [...new Set((node.evidence ?? []).map((e) => e.document))]);
    }
  };
  await inFlight(slices(ids), splitWhenTooLarge(ask));
  return found;
}

/** Every article's title and date, for provenance lines and the date filter. */
export async function fetchArticles(): Promise<readonly ArticleSummary[]> {
  const data = await graphql<{ documents: ArticleSummary[] }>('query Articles { documents { id title publishedAt } }');
  return data.documents;
}

/** Mention sentences the panel asks for: enough to read what the articles say of an entity they relate to nothing. */
const MENTION_SENTENCES = 20;

/** The query the side panel sends for an entity; also what "open in GraphiQL" opens. */
export const ENTITY_QUERY = `query Entity($id: ID!) {
  entity(id: $id) {
    id name type aliases
    centrality { pagerank rank degree betweenness }
    community { index }
    mentions { count sentences(first: ${MENTION_SENTENCES}) { text document } }
    relations(orderBy: { field: CONFIDENCE, direction: DESC }) {
      id predicate role confidence
      source { id name type }
      target { id name type }
      evidence { ${CLAIM_EVIDENCE} }
    }
    statements { id text reportedBy { name } evidence { text document } }
  }
}`;

/** Everything the side panel shows about an entity. */
export async function fetchEntity(id: string): Promise<EntityDetails | null> {
  const data = await graphql<{ entity: EntityDetails | null }>(ENTITY_QUERY, { id });
  return data.entity;
}

/** The entities within `depth` hops of `id` (at most `first`) and the relations among them and `id`. */
export async function fetchNeighbours(id: string, depth: number, first: number): Promise<Neighbourhood | null> {
  const data = await graphql<{ entity: (EntitySummary & { neighbors: { edges: { node: EntitySummary }[]; relations: RelationSummary[] } }) | null }>(
    `query Neighbours($id: ID!, $depth: Int!, $first: Int!) {
      entity(id: $id) { ${ENTITY_SUMMARY} neighbors(depth: $depth, first: $first) { edges { node { ${ENTITY_SUMMARY} } } relations { ${RELATION_SUMMARY} } } }
    }`,
    { id, depth, first },
  );
  if (data.entity === null) return null;
  return { nodes: [data.entity, ...data.entity.neighbors.edges.map((e) => e.node)], relations: data.entity.neighbors.relations };
}

/** A shortest path between two entities with each step's evidence, or null when there is none. */
export async function fetchPath(from: string, to: string): Promise<(Neighbourhood & { steps: readonly PathStep[] }) | null> {
  const data = await graphql<{ path: { entities: EntitySummary[]; steps: (Omit<PathStep, 'relation'> & { relation: RelationSummary })[] } | null }>(
    `query Path($from: ID!, $to: ID!) {
      path(from: $from, to: $to, maxLength: 8) {
        entities { ${ENTITY_SUMMARY} }
        steps { from { id name } to { id name } direction relation { ${RELATION_SUMMARY} } evidence { ${CLAIM_EVIDENCE} } }
      }
    }`,
    { from, to },
  );
  if (data.path === null) return null;
  return { nodes: data.path.entities, relations: data.path.steps.map((s) => s.relation), steps: data.path.steps };
}

/** The best entities for a query. */
export async function searchEntities(query: string): Promise<readonly SearchHit[]> {
  const data = await graphql<{ search: { edges: SearchHit[] } }>(
    `
      query Search($query: String!) {
        search(query: $query, first: 8) {
          edges {
            matchedIn
            snippet {
              html
            }
            node {
              id
              name
              type
            }
          }
        }
      }
    `,
    { query },
  );
  return data.search.edges;
}
