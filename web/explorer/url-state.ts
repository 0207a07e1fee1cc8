// The view's state in the URL, so a view can be shared: filters and options in the query string,
// the selected entity in the fragment (`/explorer?hide=CITY&predicates=MEMBER_OF&min=0.7#country:x`).
import type { ColorMode, Filters } from './graph-view';

/** Everything the URL keeps. */
export interface ViewState extends Filters {
  /** Hops shown around the selected entity; 0 shows everything. */
  readonly depth: number;
  readonly color: ColorMode | '';
  /** Entities in the first view. */
  readonly limit: number;
  readonly pathFrom: string;
  readonly pathTo: string;
  readonly selected: string;
}

const list = (value: string | null): Set<string> => new Set((value ?? '').split(',').filter((v) => v !== ''));
const date = (value: string | null): string => (value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '');
const bounded = (value: string | null, min: number, max: number, fallback: number): number => {
  const n = Number(value ?? Number.NaN);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
};

/** Reads the state from a location. */
export function readState(location: Location, defaultLimit: number): ViewState {
  const q = new URLSearchParams(location.search);
  const color = q.get('color');
  return {
    hiddenTypes: list(q.get('hide')),
    predicates: list(q.get('predicates')),
    from: date(q.get('from')),
    to: date(q.get('to')),
    minConfidence: bounded(q.get('min'), 0, 1, 0),
    depth: Math.round(bounded(q.get('depth'), 0, 4, 0)),
    color: color === 'type' || color === 'community' ? color : '',
    limit: Math.round(bounded(q.get('limit'), 1, 1000, defaultLimit)),
    pathFrom: q.get('pathFrom') ?? '',
    pathTo: q.get('pathTo') ?? '',
    selected: decodeURIComponent(location.hash.slice(1)),
  };
}

/** The URL of a state, with only what differs from the defaults. */
export function stateUrl(state: ViewState, defaultLimit: number): string {
  const q = new URLSearchParams();
  if (state.hiddenTypes.size > 0) q.set('hide', [...state.hiddenTypes].sort().join(','));
  if (state.predicates.size > 0) q.set('predicates', [...state.predicates].sort().join(','));
  if (state.from !== '') q.set('from', state.from);
  if (state.to !== '') q.set('to', state.to);
  if (state.minConfidence > 0) q.set('min', String(state.minConfidence));
  if (state.depth > 0) q.set('depth', String(state.depth));
  if (state.color !== '') q.set('color', state.color);
  if (state.limit !== defaultLimit) q.set('limit', String(state.limit));
  if (state.pathFrom !== '' && state.pathTo !== '') {
    q.set('pathFrom', state.pathFrom);
    q.set('pathTo', state.pathTo);
  }
  const search = q.toString();
  return `${window.location.pathname}${search === '' ? '' : `?${search}`}${state.selected === '' ? '' : `#${encodeURIComponent(state.selected)}`}`;
}
