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

/** Relation fields the graph view needs to draw an edge. */
export interface RelationSummary {
  readonly id: string;
  readonly predicate: string;
  readonly role: string | null;
  readonly confidence: number;
  readonly source: { readonly id: string };
  readonly target: { readonly id: string };
}

/** What the side panel shows about one entity. */
export interface EntityDetails extends EntitySummary {
  readonly aliases: readonly string[];
  readonly mentions: { readonly count: number };
  readonly centrality: EntitySummary['centrality'] & { readonly betweenness: number };
  readonly relations: readonly (RelationSummary & {
    readonly source: { readonly id: string; readonly name: string; readonly type: string };
    readonly target: { readonly id: string; readonly name: string; readonly type: string };
    readonly evidence: readonly { readonly text: string }[];
  })[];
  readonly statements: readonly { readonly id: string; readonly text: string; readonly reportedBy: { readonly name: string } | null }[];
  readonly neighbors: { readonly edges: readonly { readonly node: EntitySummary }[]; readonly relations: readonly RelationSummary[] };
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

/** The most central entities and the relations among them: the first view. */
export async function fetchOverview(limit: number): Promise<{ nodes: readonly EntitySummary[]; relations: readonly RelationSummary[]; total: number }> {
  const data = await graphql<{ subgraph: { totalCount: number; nodes: { entity: EntitySummary }[]; relations: RelationSummary[] } }>(
    `query Overview($limit: Int!) { subgraph(limit: $limit) { totalCount nodes { entity { ${ENTITY_SUMMARY} } } relations { ${RELATION_SUMMARY} } } }`,
    { limit },
  );
  return { nodes: data.subgraph.nodes.map((n) => n.entity), relations: data.subgraph.relations, total: data.subgraph.totalCount };
}

/** Everything the side panel shows about an entity, and its neighbourhood to add to the view. */
export async function fetchEntity(id: string): Promise<EntityDetails | null> {
  const data = await graphql<{ entity: EntityDetails | null }>(
    `query Entity($id: ID!) {
      entity(id: $id) {
        ${ENTITY_SUMMARY} aliases mentions { count } centrality { betweenness }
        relations(orderBy: { field: CONFIDENCE, direction: DESC }) {
          ${RELATION_SUMMARY} source { name type } target { name type } evidence { text }
        }
        statements { id text reportedBy { name } }
        neighbors(depth: 1, first: 100) { edges { node { ${ENTITY_SUMMARY} } } relations { ${RELATION_SUMMARY} } }
      }
    }`,
    { id },
  );
  return data.entity;
}

/** The best entities for a query. */
export async function searchEntities(query: string): Promise<readonly SearchHit[]> {
  const data = await graphql<{ search: { edges: SearchHit[] } }>(
    `query Search($query: String!) { search(query: $query, first: 8) { edges { matchedIn snippet { html } node { id name type } } } }`,
    { query },
  );
  return data.search.edges;
}
