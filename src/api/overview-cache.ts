// The explorer's first view (the most central entities and every relation among them), answered
// once per graph version. Computed through GraphQL it costs a tenth of a second alone and close to a
// second while a browser starts on the same two cores, and every visitor asks for the same thing.
// So the answer is kept for the version it was computed on, and once writes have paused the server
// computes the largest overview before anyone asks: any smaller one is cut from it.
import { type ApolloServer } from '@apollo/server';
import { z } from 'zod';
import { type ReadonlyStore, MAX_SUBGRAPH_NODES, rankingIsStale } from '../graph/index.js';
import { type ApiContext } from './context.js';

/** Entities shown when the request does not say (the explorer's default). */
export const DEFAULT_OVERVIEW_SIZE = 400;

/** The overview's GraphQL operation: the fields the explorer draws a node and an edge with. */
export const OVERVIEW_QUERY = `query Overview($limit: Int!) {
  subgraph(limit: $limit) {
    totalCount
    nodes { entity { id name type centrality { pagerank rank degree } community { index } } }
    relations { id predicate role confidence source { id } target { id } }
  }
}`;

/** `limit` of `GET /api/overview`. */
export const overviewParams = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_SUBGRAPH_NODES).default(DEFAULT_OVERVIEW_SIZE),
});

interface OverviewData {
  readonly subgraph: {
    readonly totalCount: number;
    readonly nodes: readonly { readonly entity: { readonly id: string } }[];
    readonly relations: readonly { readonly source: { readonly id: string }; readonly target: { readonly id: string } }[];
  };
}

/** A GraphQL response body, serialised, and whether it may be kept for its version. */
interface Answer {
  readonly json: string;
  readonly data: OverviewData | undefined;
}

/** How often the store's version is looked at, and how long it must stay the same before warming. */
const WATCH_MS = 250;
const SETTLED_MS = 500;
/** Answers kept per version besides the largest: a client asking every limit from 1 to 1,000 would otherwise pin hundreds of MB. */
const KEPT_LIMITS = 4;

export class OverviewCache {
  private version = -1;
  /** Answers of this version by limit; that of MAX_SUBGRAPH_NODES, when kept, is the one smaller ones are cut from. */
  private readonly byLimit = new Map<number, Promise<Answer>>();
  /** The version whose largest overview was asked for: tried once, even when it failed. */
  private triedVersion = -1;
  private watcher: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: ReadonlyStore,
    private readonly execute: (limit: number) => Promise<{ data?: unknown; errors?: unknown }>,
  ) {}

  /** The overview of the `limit` most central entities, as a GraphQL response body (JSON). */
  async answer(limit: number): Promise<string> {
    this.forgetOlderVersions();
    const kept = this.byLimit.get(limit);
    if (kept !== undefined) return (await kept).json;
    const largest = this.byLimit.get(MAX_SUBGRAPH_NODES);
    const fromLargest = largest === undefined ? undefined : cut(await largest, limit);
    const answer = fromLargest === undefined ? this.compute(limit) : Promise.resolve(fromLargest);
    this.keep(limit, answer);
    return (await answer).json;
  }

  /** Computes the largest overview once the store's version has stayed the same for a moment. */
  watch(): void {
    let seen = this.store.version;
    let since = performance.now();
    this.watcher = setInterval(() => {
      const now = performance.now();
      if (this.store.version !== seen) {
        seen = this.store.version;
        since = now;
        return;
      }
      // A failure is the next request's to report (the answer is not kept); the timer must not throw.
      if (now - since >= SETTLED_MS) this.computeLargest().catch(() => undefined);
    }, WATCH_MS);
    this.watcher.unref();
  }

  stop(): void {
    clearInterval(this.watcher);
  }

  /** Computes the overview of MAX_SUBGRAPH_NODES entities for this version, unless it is there. */
  async computeLargest(): Promise<void> {
    this.forgetOlderVersions();
    if (this.triedVersion === this.version || this.rankingIsStale()) return;
    this.triedVersion = this.version;
    const answer = this.compute(MAX_SUBGRAPH_NODES);
    // A failed or refused one is not kept (see keep), so each limit is then computed on its own.
    this.keep(MAX_SUBGRAPH_NODES, answer);
    await answer;
  }

  private compute(limit: number): Promise<Answer> {
    const stale = this.rankingIsStale();
    return this.execute(limit).then((body) => ({
      json: JSON.stringify(body),
      data: body.errors === undefined && !stale ? (body.data as OverviewData) : undefined,
    }));
  }

  /** Keeps an answer for this version, unless it failed or was ranked by a stale ranking; the oldest other goes. */
  private keep(limit: number, answer: Promise<Answer>): void {
    this.byLimit.set(limit, answer);
    const others = [...this.byLimit.keys()].filter((l) => l !== MAX_SUBGRAPH_NODES);
    for (const old of others.slice(0, Math.max(0, others.length - KEPT_LIMITS))) this.byLimit.delete(old);
    const version = this.version;
    answer.then(
      (a) => {
        if (a.data === undefined && this.version === version && this.byLimit.get(limit) === answer) this.byLimit.delete(limit);
      },
      () => {
        if (this.byLimit.get(limit) === answer) this.byLimit.delete(limit);
      },
    );
  }

  private forgetOlderVersions(): void {
    if (this.store.version === this.version) return;
    this.version = this.store.version;
    this.byLimit.clear();
  }

  /** A large graph is ranked in a thread; an overview ranked by the last version's ranking is not kept. */
  private rankingIsStale(): boolean {
    return rankingIsStale(this.store);
  }
}

/** The overview of the first `limit` entities of a larger one: a prefix of its nodes, the relations among them. */
function cut(larger: Answer, limit: number): Answer | undefined {
  if (larger.data === undefined) return undefined;
  const { totalCount, nodes, relations } = larger.data.subgraph;
  const kept = nodes.slice(0, limit);
  const ids = new Set(kept.map((n) => n.entity.id));
  const data = { subgraph: { totalCount, nodes: kept, relations: relations.filter((r) => ids.has(r.source.id) && ids.has(r.target.id)) } };
  return { json: JSON.stringify({ data }), data };
}

/** Runs the overview query through Apollo, with its limits and error formatting. */
export function executeOverview(apollo: ApolloServer<ApiContext>, context: () => ApiContext): (limit: number) => Promise<{ data?: unknown; errors?: unknown }> {
  return async (limit) => {
    const response = await apollo.executeOperation({ query: OVERVIEW_QUERY, variables: { limit }, operationName: 'Overview' }, { contextValue: context() });
    if (response.body.kind !== 'single') throw new Error('The overview query answered incrementally.');
    const { data, errors } = response.body.singleResult;
    return errors === undefined ? { data } : { data, errors };
  };
}
