/** One gesture's measures, in milliseconds. */
export interface GestureMeasures {
  /**
   * Main-thread work of each frame: from its animation-frame callback to
   * the end of the frame's rendering (style, layout, paint), measured by
   * a message posted from the callback, which runs once the frame's task
   * is done.
   */
  readonly frameWorkMs: number[];
  /** Of that, the time React took to render and commit the new view. */
  readonly scriptMs: number[];
  /** Intervals between successive animation frames. */
  readonly rafDeltaMs: number[];
  /** Main-thread tasks over 50 ms during the gesture (Long Tasks API). */
  readonly longTaskMs: number[];
}

/** How the bench page mounts its markups. */
export interface MountOptions {
  readonly turned?: boolean;
  readonly editable?: boolean;
}

/** What the bench page exposes on `window.markupFramesBench`. */
export interface MarkupFramesBench {
  /**
   * Mounts the layer with `count` markups, fitted; answers the ms taken.
   * `turned` shows the sheet a quarter turn clockwise; `editable` lets
   * the markups be dragged, a release taking the new geometry.
   */
  mount(count: number, options?: MountOptions): Promise<number>;
  /** How many markup shapes the layer has in the page. */
  shapeCount(): number;
  /** The id of the markup a click on the layer selected last, if any. */
  selected(): string | null;
  /**
   * Waits until the view has rested and the markup canvas repainted;
   * answers how long its last paint took, how many markups it drew and
   * the longest main-thread task meanwhile (the whole redraw at rest:
   * canvas and SVG ghosts).
   */
  canvasPaint(): Promise<{
    ms: number;
    painted: number;
    settleTaskMs: number;
  }>;
  /** Pans by `stepPx` per frame for `frames` frames, right then down. */
  pan(frames: number, stepPx: number): Promise<GestureMeasures>;
  /** Zooms in by `factor` per frame for `frames` frames, then back out. */
  zoom(frames: number, factor: number): Promise<GestureMeasures>;
}

declare global {
  interface Window {
    markupFramesBench?: MarkupFramesBench;
  }
}
