// The explorer's only way out: GraphQL requests to this origin's /graphql. Each function sends one
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

/** What the side panel shows about one entity. */
export interface EntityDetails extends EntitySummary {
  readonly aliases: readonly string[];
  readonly mentions: { readonly count: number };
  readonly centrality: EntitySummary['centrality'] & { readonly betweenness: number };
  readonly relations: readonly (RelationSummary & {
    readonly source: { readonly id: string; readonly name: string; readonly type: string };
    readonly target: { readonly id: string; readonly name: string; readonly type: string };
    readonly evidence: readonly EvidenceSentence[];
  })[];
  readonly statements: readonly { readonly id: string; readonly text: string; readonly reportedBy: { readonly name: string } | null; readonly evidence: EvidenceSentence }[];
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
  readonly evidence: EvidenceSentence | null;
}

/** One search hit. */
export interface SearchHit {
  readonly node: { readonly id: string; readonly name: string; readonly type: string };
  readonly matchedIn: string;
  readonly snippet: { readonly html: string };
}

const ENTITY_SUMMARY = 'id name type centrality { pagerank rank degree } community { index }';
const RELATION_SUMMARY = 'id predicate role confidence source { id } target { id }';

/** Sends one GraphQL operation to this origin; the data, or throws with the server's first error message. */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(new URL('/graphql', window.location.origin), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T | null; errors?: readonly { message: string }[] };
  const [error] = body.errors ?? [];
  if (error !== undefined) throw new Error(error.message);
  if (body.data === undefined || body.data === null) throw new Error(`GraphQL answered ${response.status} without data.`);
  return body.data;
}

/**
 * Largest subgraph whose relations are asked in one request: the server's result budget counts
 * 20 relations of 9 fields per entity of a subgraph, so about 550 entities fit in its 100,000.
 */
const ONE_REQUEST_LIMIT = 500;

/**
 * The most central entities and the relations among them: the first view. Entities and relations
 * come in two requests; above ONE_REQUEST_LIMIT entities, relations are asked entity by entity,
 * 100 entities a request, and those between two drawn entities are kept.
 */
export async function fetchOverview(limit: number): Promise<Neighbourhood & { total: number }> {
  const nodes = await graphql<{ subgraph: { totalCount: number; nodes: { entity: EntitySummary }[] } }>(
    `query OverviewEntities($limit: Int!) { subgraph(limit: $limit) { totalCount nodes { entity { ${ENTITY_SUMMARY} } } } }`,
    { limit },
  );
  const entities = nodes.subgraph.nodes.map((n) => n.entity);
  const relations =
    limit <= ONE_REQUEST_LIMIT
      ? (await graphql<{ subgraph: { relations: RelationSummary[] } }>(`query OverviewRelations($limit: Int!) { subgraph(limit: $limit) { relations { ${RELATION_SUMMARY} } } }`, { limit })).subgraph.relations
      : await relationsAmong(entities.map((e) => e.id));
  return { nodes: entities, relations, total: nodes.subgraph.totalCount };
}

/** The relations between entities of `ids`, read from each entity's relations, 100 entities a request. */
async function relationsAmong(ids: readonly string[]): Promise<RelationSummary[]> {
  const wanted = new Set(ids);
  const found = new Map<string, RelationSummary>();
  const ask = async (batch: readonly string[]): Promise<void> => {
    const data = await graphql<{ nodes: ({ relations?: RelationSummary[] } | null)[] }>(
      `query OverviewRelationsOf($ids: [ID!]!) { nodes(ids: $ids) { ... on Entity { relations { ${RELATION_SUMMARY} } } } }`,
      { ids: batch },
    );
    for (const node of data.nodes) {
      for (const r of node?.relations ?? []) if (wanted.has(r.source.id) && wanted.has(r.target.id)) found.set(r.id, r);
    }
  };
  await inBatches(ids, ask);
  return [...found.values()];
}

/** Runs `ask` on slices of 100 ids, four requests at a time. */
async function inBatches(ids: readonly string[], ask: (batch: readonly string[]) => Promise<void>): Promise<void> {
  const batches: string[][] = [];
  for (let i = 0; i < ids.length; i += 100) batches.push(ids.slice(i, i + 100));
  for (let i = 0; i < batches.length; i += 4) await Promise.all(batches.slice(i, i + 4).map(ask));
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
  await inBatches(ids, ask);
  return found;
}

/** Every article's title and date, for provenance lines and the date filter. */
export async function fetchArticles(): Promise<readonly ArticleSummary[]> {
  const data = await graphql<{ documents: ArticleSummary[] }>('query Articles { documents { id title publishedAt } }');
  return data.documents;
}

/** The query the side panel sends for an entity; also what "open in GraphiQL" opens. */
export const ENTITY_QUERY = `query Entity($id: ID!) {
  entity(id: $id) {
    id name type aliases
    centrality { pagerank rank degree betweenness }
    community { index }
    mentions { count }
    relations(orderBy: { field: CONFIDENCE, direction: DESC }) {
      id predicate role confidence
      source { id name type }
      target { id name type }
      evidence { text document }
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
        steps { from { id name } to { id name } direction relation { ${RELATION_SUMMARY} } evidence { text document } }
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
    `query Search($query: String!) { search(query: $query, first: 8) { edges { matchedIn snippet { html } node { id name type } } } }`,
    { query },
  );
  return data.search.edges;
}
