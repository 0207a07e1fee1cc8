// Messages between the page and the layout worker.

/** What the page asks the worker to lay out. */
export interface LayoutRequest {
  /** Number of this run; progress of an older run is ignored. */
  readonly run: number;
  readonly keys: readonly string[];
  /** x0, y0, x1, y1, … in the order of `keys`. */
  readonly xy: Float64Array;
  readonly sizes: Float64Array;
  /** 1 for nodes the reader dragged: they stay where they were put. */
  readonly fixed: Uint8Array;
  /** Pairs of indices into `keys`. */
  readonly edges: Uint32Array;
  readonly iterations: number;
  /** Iterations between two progress messages. */
  readonly slice: number;
}

/** Positions after a slice of iterations. */
export interface LayoutProgress {
  readonly run: number;
  readonly positions: Float64Array;
  readonly done: boolean;
}
