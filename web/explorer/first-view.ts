// The first view's data, asked for as this module runs. main.ts imports it before anything else, so
// the bundle runs it first: the server works on the answer while the rest of the page's code (sigma,
// graphology, the panel) is evaluated and the WebGL drawing is set up.
import { type ArticleSummary, type Neighbourhood, fetchArticles, fetchOverview } from './api';
import { readState } from './url-state';

/** How many of the most central entities the first view shows, unless the URL says (`limit`, up to 1000). */
export const OVERVIEW_SIZE = 400;

/** When the first view was asked for (performance.now()), and its answer. */
export const firstView: {
  readonly askedAt: number;
  readonly data: Promise<readonly [Neighbourhood & { total: number }, readonly ArticleSummary[]]>;
} = {
  askedAt: performance.now(),
  data: Promise.all([fetchOverview(readState(window.location, OVERVIEW_SIZE).limit), fetchArticles()]),
};
