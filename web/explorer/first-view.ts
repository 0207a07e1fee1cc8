// The first view's data, asked for as this module runs. main.ts imports it before anything else, so
// the bundle runs it first: the server works on the answer while the rest of the page's code (sigma,
// graphology, the panel) is evaluated and the WebGL drawing is set up.
import { type ArticleSummary, type Neighbourhood, fetchArticles, fetchOverview } from './api';
import { type ViewState, readState } from './url-state';

/** How many of the most central entities the first view shows, unless the URL says (`limit`, up to 1000). */
export const OVERVIEW_SIZE = 400;

/** The view the page's URL asks for. */
const state = readState(window.location, OVERVIEW_SIZE);

/** The view the URL asked for, when its data was asked for (performance.now()), and the answer. */
export const firstView: {
  readonly state: ViewState;
  readonly askedAt: number;
  readonly data: Promise<readonly [Neighbourhood & { total: number }, readonly ArticleSummary[]]>;
} = {
  state,
  askedAt: performance.now(),
  data: Promise.all([fetchOverview(state.limit), fetchArticles()]),
};
