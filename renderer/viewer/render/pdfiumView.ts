import type { OptionalContentConfig } from "pdfjs-dist/types/src/display/optional_content_config";
import { describeCause, rendererLogger } from "../../log/rendererLog";
import type { LayerChoice } from "./layerPatch";
import { marginStrips, offsetIn } from "./marginStrips";
import { drawMissing } from "./missingMargin";
import { afterPdfiumFailed } from "./pdfjsFallback";
import { keepPreview } from "./previewPlacing";
import { drawRegionParts, type RegionPart } from "./regionParts";
import type { RenderHost } from "./renderHost";
import { regionOf, type RenderTarget } from "./renderTargets";

const log = rendererLogger("viewer");

/**
 * Draws `target` with PDFium, in two halves at once when the host has a
 * helper engine. With `whole` (the same view with its margin), the
 * target is the viewer's rectangle: it is shown in the whole view's
 * canvas and the margin follows in strips. Drawing it ends the busy
 * state: the viewer's rectangle is sharp. pdf.js draws when PDFium fails.
 */
export function renderWithPdfium(
  host: RenderHost,
  target: RenderTarget,
  key: string,
  layers: OptionalContentConfig | null,
  choice: LayerChoice | null,
  whole: RenderTarget | null,
): void {
  const { generation } = target;
  const region = regionOf(target);
  const current = () => host.isCurrent(generation);
  const { engines, channel } = host;
  drawRegionParts(engines, key, channel, region, choice, current).then(
    (parts) => {
      if (parts === null) return;
      if (!host.isCurrent(generation)) {
        for (const part of parts) part.bitmap.close();
        return;
      }
      try {
        showParts(host, target, key, choice, whole, parts);
      } finally {
        // After the parts are laid out: whoever waits for the sharp view
        // and a frame then finds them drawn into the canvas. Never left
        // busy, which would keep the thumbnails waiting.
        host.settled();
      }
    },
    (cause: unknown) => {
      log.warn("raster worker failed", describeCause(cause));
      afterPdfiumFailed(host, whole ?? target, layers, cause);
    },
  );
}

/**
 * Composes the drawn parts on a canvas placed for the view shown, then
 * starts its missing margin and keeps a preview of the sheet.
 */
function showParts(
  host: RenderHost,
  target: RenderTarget,
  key: string,
  choice: LayerChoice | null,
  whole: RenderTarget | null,
  parts: RegionPart[],
): void {
  const { page, view, turn } = target;
  const { canvas } = host;
  const region = regionOf(target);
  const shown = whole ?? target;
  const wholeRegion = regionOf(shown);
  const at = offsetIn(wholeRegion, region);
  const { width, height } = wholeRegion;
  const placement = {
    widthPx: width,
    heightPx: height,
    area: shown.area,
    marginPx: shown.marginPx,
  };
  // Under the laid-over parts the canvas keeps its pixels for a frame:
  // those of this sheet as turned (scaled, or its preview) may show
  // around them; another sheet's or turn's may not.
  const last = canvas.rendered;
  const keep = last !== null && last.page === page && last.turn === turn;
  canvas.placeOver(
    placement,
    parts.map(({ bitmap, at: { x, y } }) => ({
      bitmap,
      x: at.x + x,
      y: at.y + y,
    })),
    keep,
  );
  const painted = { ...at, width: region.width, height: region.height };
  canvas.lastPaint = painted;
  canvas.rendered = { ...shown, choice };
  host.follow(page, view, turn);
  if (whole !== null) {
    canvas.missing = marginStrips(wholeRegion, painted);
    drawMissing(host, whole, key, choice);
  }
  const engine = host.engines?.engine;
  if (choice === null && engine !== undefined) {
    keepPreview(engine, key, page, turn);
  }
}
