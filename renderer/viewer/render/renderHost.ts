import type { PDFPageProxy, RenderTask } from "pdfjs-dist";
import type { QuarterTurn, ViewState } from "../viewState";
import type { RegionEngines } from "./regionParts";
import type { SheetCanvas } from "./sheetCanvas";

/**
 * What a drawing path (PDFium's view, a layer switch, the margin strips,
 * pdf.js) needs of the sheet renderer it draws for. Each path checks
 * `isCurrent` before painting: a newer render owns the canvas then.
 */
export interface RenderHost {
  readonly canvas: SheetCanvas;
  /** PDFium's engines; null where pdf.js draws every view. */
  readonly engines: RegionEngines | null;
  /** The renderer's worker channel: its renders supersede each other. */
  readonly channel: number;
  /** Whether no render has started since the one of `generation`. */
  isCurrent(generation: number): boolean;
  /** The viewer's rectangle is sharp: the renderer is no longer busy. */
  settled(): void;
  /** Moves the canvas's bitmap to where the view puts it. */
  follow(page: PDFPageProxy, view: ViewState, turn: QuarterTurn): void;
  /** Keeps pdf.js's task, so that a newer render can cancel it. */
  track(task: RenderTask): void;
  /** Tells the viewer that pdf.js could not draw the sheet either. */
  fail(cause: unknown): void;
}
