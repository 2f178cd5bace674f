import type { QuarterTurn } from "../../../renderer/viewer/viewState";

/**
 * What the reference harness page exposes on `window.lajnaReference`, so
 * a test in Node drives the viewer's real render path in Chromium.
 */
export interface ReferenceHarness {
  /** Renders one view of a sheet and hands back its grey pixels. */
  render(request: RenderRequest): Promise<RenderedView>;
  /**
   * Renders `request`, then switches the layers to hide `hideAfter`
   * instead and renders the same view again on the same canvas, as a
   * reviewer's layer switch does; hands back the second view and the
   * device pixels PDFium's answer to the switch painted.
   */
  renderSwitch(
    request: RenderRequest,
    hideAfter: readonly string[],
  ): Promise<SwitchedView>;
  /**
   * Opens a possibly hostile file the way the viewer does and draws its
   * sheet `sheetIndex` (from 0).
   */
  openHostile(
    url: string,
    sheetIndex: number,
    timeoutMs: number,
  ): Promise<HostileOutcome>;
  /**
   * Opens `busyUrl` and sets pdf.js reading its first sheet's text (as
   * the sheet strip does for titles), then opens `url` as openHostile
   * does while that reading goes on; closes the busy one after.
   */
  openBesideBusy(
    busyUrl: string,
    url: string,
    timeoutMs: number,
  ): Promise<HostileOutcome>;
}

/**
 * One view: the sheet at `zoom` CSS px per point with the turned page's
 * corner at (`x`, `y`) in a viewer `width` x `height` px (device pixel
 * ratio 1). `hideLayers` names layers the reviewer switched off;
 * `engine` "app" is the viewer as shipped (PDFium, pdf.js for switched
 * layers), "pdfjs" the pdf.js path alone.
 */
export interface RenderRequest {
  readonly url: string;
  readonly zoom: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly turn: QuarterTurn;
  readonly hideLayers: readonly string[];
  readonly engine: "app" | "pdfjs";
}

/** The viewer area's pixels, grey over white, base64, row by row. */
export interface RenderedView {
  readonly width: number;
  readonly height: number;
  readonly grayBase64: string;
  /** Times the raster worker failed and pdf.js drew instead. */
  readonly fallbacks: number;
}

/** A view after a layer switch, and what the switch repainted. */
export interface SwitchedView extends RenderedView {
  readonly paint: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  } | null;
  /** The whole canvas's size in device pixels, margin included. */
  readonly canvasPx: { readonly width: number; readonly height: number };
}

/**
 * How a hostile file ended, after how long, and how many times the
 * raster worker failed on it so that pdf.js drew instead.
 */
export type HostileOutcome = (
  | { readonly outcome: "failed"; readonly key: string }
  | { readonly outcome: "rendered"; readonly ink: number }
  | { readonly outcome: "renderHung" }
) & { readonly ms: number; readonly fallbacks: number };

declare global {
  interface Window {
    lajnaReference?: ReferenceHarness;
  }
}
