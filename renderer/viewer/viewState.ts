/**
 * Where the sheet sits in the viewer: `zoom` is CSS pixels per PDF point,
 * and (`x`, `y`) is where the turned page's top-left corner lies in the
 * viewer, in CSS pixels. Pure functions, so gestures and keys share them.
 */
export interface ViewState {
  readonly zoom: number;
  readonly x: number;
  readonly y: number;
}

/**
 * A quarter turn the reviewer adds, clockwise, to the page's own /Rotate
 * (a scan filed sideways, a sheet read from its title block).
 */
export type QuarterTurn = 0 | 90 | 180 | 270;

/** The next quarter turn clockwise (or anticlockwise when `back`). */
export function nextTurn(turn: QuarterTurn, back = false): QuarterTurn {
  return ((turn + (back ? 270 : 90)) % 360) as QuarterTurn;
}

/** A size in CSS pixels (viewer) or points (page at zoom 1). */
export interface Size {
  readonly width: number;
  readonly height: number;
}

/** CSS pixels per point at "actual size": 96 px and 72 pt per inch. */
export const ACTUAL_SIZE_ZOOM = 96 / 72;

/**
 * The zoom as the toolbar writes it: 100 % is actual size, as the bench
 * and the reference tests count it too.
 */
export function zoomPercent(zoom: number): number {
  return Math.round((zoom / ACTUAL_SIZE_ZOOM) * 100);
}

/** The deepest zoom the toolbar offers, as it writes it. */
export const MAX_ZOOM_PERCENT = 6400;

/** From a whole A0 sheet on a small screen down to a pen stroke's width. */
export const MIN_ZOOM = 0.02;
/**
 * 6400 %, in CSS pixels per point (about 85). The raster stays sharp
 * there: PDFium draws only the viewer's device pixels, whatever the zoom.
 */
export const MAX_ZOOM = (MAX_ZOOM_PERCENT / 100) * ACTUAL_SIZE_ZOOM;

/** The step of one press of + or -. */
export const ZOOM_STEP = 1.25;

const MARGIN_PX = 16;

export function clampZoom(zoom: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}

/** Centres the page at a given zoom. */
export function centred(page: Size, viewer: Size, zoom: number): ViewState {
  return {
    zoom,
    x: (viewer.width - page.width * zoom) / 2,
    y: (viewer.height - page.height * zoom) / 2,
  };
}

/** The whole page in view, with a small margin. */
export function fitPage(page: Size, viewer: Size): ViewState {
  const zoom = Math.min(
    (viewer.width - 2 * MARGIN_PX) / page.width,
    (viewer.height - 2 * MARGIN_PX) / page.height,
  );
  return centred(page, viewer, clampZoom(zoom));
}

/** The page's width fills the viewer; its top is shown. */
export function fitWidth(page: Size, viewer: Size): ViewState {
  const zoom = clampZoom((viewer.width - 2 * MARGIN_PX) / page.width);
  return { ...centred(page, viewer, zoom), y: MARGIN_PX };
}

/**
 * Zooms by `factor` keeping the point under `anchor` (a viewer pixel)
 * still, which is what makes wheel zoom feel attached to the cursor.
 */
export function zoomAround(
  view: ViewState,
  factor: number,
  anchor: { x: number; y: number },
): ViewState {
  const zoom = clampZoom(view.zoom * factor);
  const applied = zoom / view.zoom;
  return {
    zoom,
    x: anchor.x - (anchor.x - view.x) * applied,
    y: anchor.y - (anchor.y - view.y) * applied,
  };
}

/** Zooms around the viewer's centre (keys and toolbar buttons). */
export function zoomCentre(
  view: ViewState,
  factor: number,
  viewer: Size,
): ViewState {
  return zoomAround(view, factor, {
    x: viewer.width / 2,
    y: viewer.height / 2,
  });
}

/** Moves the page by a drag of (dx, dy) CSS pixels. */
export function panBy(view: ViewState, dx: number, dy: number): ViewState {
  return { ...view, x: view.x + dx, y: view.y + dy };
}

/**
 * Brings a rectangle of viewer pixels to the centre when it is not fully
 * in view, keeping the zoom.
 */
export function reveal(
  view: ViewState,
  box: { minX: number; minY: number; maxX: number; maxY: number },
  viewer: Size,
): ViewState {
  const inside =
    box.minX >= 0 &&
    box.minY >= 0 &&
    box.maxX <= viewer.width &&
    box.maxY <= viewer.height;
  if (inside) return view;
  return panBy(
    view,
    viewer.width / 2 - (box.minX + box.maxX) / 2,
    viewer.height / 2 - (box.minY + box.maxY) / 2,
  );
}

/** How much of the page a drag may never push out of the viewer. */
export const KEEP_VISIBLE_PX = 48;

/**
 * Stops a drag from losing the sheet: at least a strip of the page stays
 * in the viewer on each axis, so the reviewer can always grab it back.
 */
export function keepInView(
  view: ViewState,
  page: Size,
  viewer: Size,
): ViewState {
  const width = page.width * view.zoom;
  const height = page.height * view.zoom;
  const clamp = (value: number, min: number, max: number) =>
    Math.min(max, Math.max(min, value));
  return {
    zoom: view.zoom,
    x: clamp(view.x, KEEP_VISIBLE_PX - width, viewer.width - KEEP_VISIBLE_PX),
    y: clamp(view.y, KEEP_VISIBLE_PX - height, viewer.height - KEEP_VISIBLE_PX),
  };
}

/** Tells whether two views show exactly the same thing. */
export function sameView(a: ViewState, b: ViewState): boolean {
  return a.zoom === b.zoom && a.x === b.x && a.y === b.y;
}

/** How far one press of an arrow key moves the sheet. */
export const PAN_STEP_PX = 80;

/** A rectangle of viewer pixels, in any corner order. */
export interface PixelBox {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** A drag shorter than this is a click, not a rectangle to zoom to. */
export const MIN_ZOOM_BOX_PX = 6;

/**
 * Zooms so that a rectangle drawn on the viewer fills it (the whole
 * rectangle stays in view), centred. A rectangle too small to mean
 * anything zooms one step around its centre instead, as a click would.
 */
export function zoomToBox(
  view: ViewState,
  box: PixelBox,
  viewer: Size,
): ViewState {
  const width = Math.abs(box.x1 - box.x0);
  const height = Math.abs(box.y1 - box.y0);
  const centre = { x: (box.x0 + box.x1) / 2, y: (box.y0 + box.y1) / 2 };
  const factor =
    Math.max(width, height) < MIN_ZOOM_BOX_PX
      ? ZOOM_STEP
      : Math.min(viewer.width / width, viewer.height / height);

  // The centre's place on the page stays the same; it moves to the middle.
  const zoom = clampZoom(view.zoom * factor);
  const applied = zoom / view.zoom;
  return {
    zoom,
    x: viewer.width / 2 - (centre.x - view.x) * applied,
    y: viewer.height / 2 - (centre.y - view.y) * applied,
  };
}

/** The page's size once turned by a quarter turn (sides swap at 90°). */
export function turnedSize(page: Size, turn: QuarterTurn): Size {
  return turn % 180 === 0 ? page : { width: page.height, height: page.width };
}

/**
 * Keeps the same spot of the sheet at the viewer's centre across a
 * quarter turn, so turning does not lose the place the reviewer was
 * reading. `before` is the page's size (at zoom 1) before the turn.
 */
export function turnAbout(
  view: ViewState,
  before: Size,
  viewer: Size,
  back: boolean,
): ViewState {
  // The centre's position on the turned page, in points from its corner.
  const u = (viewer.width / 2 - view.x) / view.zoom;
  const v = (viewer.height / 2 - view.y) / view.zoom;
  const [nu, nv] = back ? [v, before.width - u] : [before.height - v, u];
  return {
    zoom: view.zoom,
    x: viewer.width / 2 - nu * view.zoom,
    y: viewer.height / 2 - nv * view.zoom,
  };
}
