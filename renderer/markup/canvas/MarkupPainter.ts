import type { Markup } from "../../../shared/domain/entities";
import type { SheetViewport } from "../../viewer/sheetCoordinates";
import type { ShapeInput } from "../shapeBodies";
import { shapeAt } from "../shapeAt";
import {
  fitCanvas,
  placeCanvas,
  regionOf,
  sameFrame,
  type CanvasFrame,
} from "./canvasFrame";
import { inkBounds, overlaps, type Box } from "./inkBounds";
import type { PaintContext } from "./paintBodies";
import { paintShape } from "./paintShape";

/*
 * Paints the resting markups of a sheet on the layer's canvas without
 * holding the main thread: a new view is painted on a bitmap of its own
 * in slices of a few milliseconds, one task each, while the canvas keeps
 * the previous bitmap (moved by the caller's transform); the finished
 * bitmap then replaces it in one copy, so the canvas is never blank.
 * When the view stays and only a few markups change (a selection, an
 * edit), only their boxes are cleared and painted again.
 */

/** What the canvas should show. */
export interface PaintJob {
  /** The sheet's markups in draw order, bottom first, replies left out. */
  readonly markups: readonly Markup[];
  /** Markups drawn elsewhere (the selected one, in SVG). */
  readonly hidden: ReadonlySet<string>;
  /** The view the bitmap is painted at. */
  readonly viewport: SheetViewport;
  /** The canvas's size, margin and pixel ratio; a new one repaints all. */
  readonly frame: CanvasFrame;
  /** Zoom, words and pictures; a new one repaints everything. */
  readonly paint: PaintContext;
}

/** What a paint did, for the canvas's data attributes and the bench. */
export interface PaintReport {
  /** "full": a new bitmap; "region": boxes of the old one repainted. */
  readonly kind: "full" | "region";
  /** Markups now on the bitmap. */
  readonly painted: number;
  /** Markups this paint drew (all of them, or those in the boxes). */
  readonly repainted: number;
  /** Main-thread work of the paint, all slices together. */
  readonly ms: number;
  /** The longest slice, one task. */
  readonly longestMs: number;
  /** How many tasks the paint took. */
  readonly slices: number;
}

/** The work of one slice of a full paint, in milliseconds. */
export const SLICE_MS = 8;

/**
 * A repaint of boxes is chosen up to this many changed markups; past it
 * a full paint in slices costs the main thread less at once.
 */
const REGION_LIMIT = 64;

/** One markup as the bitmap holds it. */
interface Entry {
  readonly markup: Markup;
  readonly hidden: boolean;
  readonly shape: ShapeInput;
  readonly box: Box | null;
  /** Whether it left ink on the bitmap (not hidden, not culled). */
  readonly onCanvas: boolean;
}

/** A full paint under way. */
interface Pending {
  readonly job: PaintJob;
  readonly ctx: CanvasRenderingContext2D;
  readonly entries: Map<string, Entry>;
  index: number;
  repainted: number;
  ms: number;
  longestMs: number;
  slices: number;
  timer?: ReturnType<typeof setTimeout>;
}

/**
 * Paints one canvas; `onShown` hears of each bitmap it shows. `sliceMs`
 * is the work of one task (Infinity paints in one).
 */
export class MarkupPainter {
  private shown: { job: PaintJob; entries: Map<string, Entry> } | null = null;
  private pending: Pending | null = null;
  private readonly back = document.createElement("canvas");

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly onShown: (report: PaintReport) => void,
    private readonly sliceMs = SLICE_MS,
  ) {}

  /** The view of the bitmap on the canvas, null before the first one. */
  get shownViewport(): SheetViewport | null {
    return this.shown?.job.viewport ?? null;
  }

  /** Whether a full paint is still under way. */
  get busy(): boolean {
    return this.pending !== null;
  }

  /** Shows `job`: repaints a few boxes, or starts a full paint. */
  show(job: PaintJob): void {
    this.cancel();
    const update = this.regionUpdate(job);
    if (update !== null) {
      this.repaintRegion(job, update.entries, update.boxes);
      return;
    }
    const ctx = fitCanvas(this.back, job.frame);
    if (ctx === null) return;
    this.pending = {
      job,
      ctx,
      entries: new Map(),
      index: 0,
      repainted: 0,
      ms: 0,
      longestMs: 0,
      slices: 0,
    };
    this.step();
  }

  /** Stops a full paint under way; the canvas keeps what it shows. */
  cancel(): void {
    clearTimeout(this.pending?.timer);
    this.pending = null;
  }

  /** Paints markups for a slice's time, then yields or shows the bitmap. */
  private step(): void {
    const p = this.pending;
    if (p === null) return;
    const start = performance.now();
    const { job } = p;
    const region = regionOf(job.frame);
    while (p.index < job.markups.length) {
      const entry = entryOf(job, job.markups[p.index] as Markup, region);
      p.index += 1;
      p.entries.set(entry.markup.id, entry);
      if (entry.onCanvas) {
        paintShape(p.ctx, entry.shape, job.paint);
        p.repainted += 1;
      }
      if (performance.now() - start > this.sliceMs) break;
    }
    const ms = performance.now() - start;
    p.ms += ms;
    p.longestMs = Math.max(p.longestMs, ms);
    p.slices += 1;

    if (p.index < job.markups.length) {
      p.timer = setTimeout(() => this.step(), 0);
      return;
    }
    this.swapIn(p);
  }

  /** Copies a finished bitmap onto the canvas, in one step. */
  private swapIn(p: Pending): void {
    const start = performance.now();
    placeCanvas(this.canvas, p.job.frame);
    const ctx = fitCanvas(this.canvas, p.job.frame);
    ctx?.setTransform(1, 0, 0, 1, 0, 0);
    // A layer in a hidden tab has no size: nothing to copy, and drawing
    // an empty canvas throws.
    if (!isEmpty(this.back)) ctx?.drawImage(this.back, 0, 0);
    const ms = performance.now() - start;
    this.pending = null;
    this.shown = { job: p.job, entries: p.entries };
    this.onShown({
      kind: "full",
      painted: p.repainted,
      repainted: p.repainted,
      ms: p.ms + ms,
      longestMs: Math.max(p.longestMs, ms),
      slices: p.slices,
    });
  }

  /**
   * The entries of `job` and the boxes to repaint when it differs from
   * the bitmap shown by a few markups only; null when a full paint is
   * due (another view, size or paint context, many changes, a new order).
   */
  private regionUpdate(job: PaintJob) {
    const shown = this.shown;
    if (shown === null) return null;
    const before = shown.job;
    const same =
      before.viewport === job.viewport &&
      before.paint === job.paint &&
      sameFrame(before.frame, job.frame);
    if (!same) return null;

    const region = regionOf(job.frame);
    const entries = new Map<string, Entry>();
    const boxes: Box[] = [];
    const old = [...shown.entries.keys()];
    let kept = 0;
    for (const markup of job.markups) {
      const was = shown.entries.get(markup.id);
      const hidden = job.hidden.has(markup.id);
      if (was?.markup === markup && was.hidden === hidden) {
        // Unchanged markups must keep their order among themselves.
        while (kept < old.length && old[kept] !== markup.id) kept += 1;
        if (kept === old.length) return null;
        entries.set(markup.id, was);
        continue;
      }
      const entry = entryOf(job, markup, region);
      entries.set(markup.id, entry);
      if (was?.onCanvas === true && was.box !== null) boxes.push(was.box);
      if (entry.onCanvas && entry.box !== null) boxes.push(entry.box);
      if (boxes.length > 2 * REGION_LIMIT) return null;
    }
    for (const [id, was] of shown.entries) {
      if (entries.has(id) || !was.onCanvas || was.box === null) continue;
      boxes.push(was.box);
    }
    return boxes.length > 2 * REGION_LIMIT ? null : { entries, boxes };
  }

  /**
   * Paints the markups that reach into `boxes` again on the scratch
   * canvas, at the same size and place as a full paint, and copies the
   * boxes from it. Painting them straight onto the canvas under a clip,
   * or on a scratch canvas of a box's size, left edge pixels a few
   * levels off a full paint: Chromium anti-aliases a path by its bounds
   * on the canvas.
   */
  private repaintRegion(
    job: PaintJob,
    entries: Map<string, Entry>,
    boxes: readonly Box[],
  ): void {
    const start = performance.now();
    const ctx = this.canvas.getContext("2d");
    const back = fitCanvas(this.back, job.frame);
    if (ctx === null || back === null || isEmpty(this.back)) return;
    let painted = 0;
    let repainted = 0;
    for (const entry of entries.values()) {
      if (!entry.onCanvas || entry.box === null) continue;
      painted += 1;
      if (!boxes.some((b) => overlaps(b, entry.box as Box))) continue;
      paintShape(back, entry.shape, job.paint);
      repainted += 1;
    }
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    for (const box of boxes) {
      const r = deviceRect(box, job.frame);
      if (r.width <= 0 || r.height <= 0) continue;
      ctx.clearRect(r.x, r.y, r.width, r.height);
      ctx.drawImage(
        this.back,
        r.x,
        r.y,
        r.width,
        r.height,
        r.x,
        r.y,
        r.width,
        r.height,
      );
    }
    ctx.restore();

    this.shown = { job, entries };
    const ms = performance.now() - start;
    this.onShown({
      kind: "region",
      painted,
      repainted,
      ms,
      longestMs: ms,
      slices: 1,
    });
  }
}

/** A markup of `job` as the bitmap will hold it. */
function entryOf(job: PaintJob, markup: Markup, region: Box): Entry {
  const hidden = job.hidden.has(markup.id);
  const shape = shapeAt(markup, job.viewport);
  const box = inkBounds(shape, job.paint.zoom);
  const onCanvas =
    !hidden && box !== null && overlaps(box, region) && visible(shape);
  return { markup, hidden, shape, box, onCanvas };
}

/** A shape drawn from points under half a pixel apart shows nothing. */
function visible(shape: ShapeInput): boolean {
  if (shape.kind === "text" || shape.kind === "note") return true;
  const xs = shape.pixels.map((p) => p.x);
  const ys = shape.pixels.map((p) => p.y);
  const width = Math.max(...xs) - Math.min(...xs);
  const height = Math.max(...ys) - Math.min(...ys);
  return width >= 0.5 || height >= 0.5;
}

/** A layer box as whole device pixels of the canvas, rounded out and cut
 * to the canvas. */
function deviceRect(box: Box, frame: CanvasFrame) {
  const { mx, my, ratio } = frame;
  const x = Math.max(0, Math.floor((box.x0 + mx) * ratio));
  const y = Math.max(0, Math.floor((box.y0 + my) * ratio));
  const right = Math.min(
    Math.round((frame.width + 2 * mx) * ratio),
    Math.ceil((box.x1 + mx) * ratio),
  );
  const bottom = Math.min(
    Math.round((frame.height + 2 * my) * ratio),
    Math.ceil((box.y1 + my) * ratio),
  );
  return { x, y, width: right - x, height: bottom - y };
}

/** Whether a canvas has no pixels (its layer is hidden or not laid out). */
function isEmpty(canvas: HTMLCanvasElement): boolean {
  return canvas.width === 0 || canvas.height === 0;
}
