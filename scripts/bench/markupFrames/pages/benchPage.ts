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

/** The markup canvas's last paint (canvas/MarkupPainter.ts). */
export interface CanvasPaint {
  /** "full" (a new bitmap, in slices) or "region" (boxes repainted). */
  readonly kind: string;
  /** Main-thread ms of the paint, all its slices together. */
  readonly ms: number;
  /** Markups on the canvas. */
  readonly painted: number;
  /** Markups this paint drew. */
  readonly repainted: number;
}

/** A canvas's pixels in short: equal digests, equal pixels. */
export interface CanvasDigest {
  readonly hash: string;
  /** Pixels with any ink. */
  readonly inked: number;
}

/** How the bench page mounts its markups. */
export interface MountOptions {
  readonly turned?: boolean;
  readonly editable?: boolean;
  /** Mounts the sheet's markups list beside the stage, as SheetsTab does. */
  readonly list?: boolean;
}

/**
 * What React spent on the markups list since the last ask, from a
 * Profiler around it. A parent render reaches the Profiler at every
 * frame; a memoised list that bails out adds next to nothing.
 */
export interface ListRenders {
  /** Render time under the Profiler, summed over its commits. */
  readonly actualMs: number;
  /** The last commit's cost had no row been memoised (React's base). */
  readonly baseMs: number;
}

/** What the bench page exposes on `window.markupFramesBench`. */
export interface MarkupFramesBench {
  /**
   * Mounts the layer with `count` markups, fitted; answers the ms taken.
   * `turned` shows the sheet a quarter turn clockwise; `editable` lets
   * the markups be dragged, a release taking the new geometry; `list`
   * mounts the markups list beside the stage.
   */
  mount(count: number, options?: MountOptions): Promise<number>;
  /**
   * The list's renders since the last call (zero when none is mounted);
   * each call starts the count again.
   */
  listRenders(): ListRenders;
  /** How many markup shapes the layer has in the page. */
  shapeCount(): number;
  /** The id of the markup a click on the layer selected last, if any. */
  selected(): string | null;
  /**
   * Waits until the view has rested and the markup canvas repainted;
   * answers its last paint and the longest main-thread task meanwhile
   * (the whole redraw at rest: canvas and SVG ghosts).
   */
  canvasPaint(): Promise<CanvasPaint & { settleTaskMs: number }>;
  /**
   * Selects markup `id` as a click would and waits for the canvas; answers
   * its paint, the ms the selection took until React's commit (canvas
   * repaint included) and the longest main-thread task meanwhile.
   */
  selectAndPaint(
    id: string,
  ): Promise<CanvasPaint & { selectMs: number; settleTaskMs: number }>;
  /**
   * The digest of the markups painted at the current view in one task,
   * on a canvas of its own: what the layer's canvas should show.
   */
  referencePaint(): CanvasDigest;
  /** The digest of the layer's markup canvas as it is. */
  canvasDigest(): CanvasDigest;
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
