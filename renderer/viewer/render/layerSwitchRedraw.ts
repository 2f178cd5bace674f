import type { OptionalContentConfig } from "pdfjs-dist/types/src/display/optional_content_config";
import { describeCause, rendererLogger } from "../../log/rendererLog";
import type { LayerChoice } from "./layerPatch";
import { drawMissing } from "./missingMargin";
import type { DrawnRegion } from "./PdfiumEngine";
import { afterPdfiumFailed } from "./pdfjsFallback";
import type { RenderHost } from "./renderHost";
import { regionOf, type RenderTarget } from "./renderTargets";

const log = rendererLogger("viewer");

/**
 * Redraws the region the canvas shows at a new layer choice: PDFium
 * answers only the patch the switched objects cover when it can, which
 * is painted over the canvas as it is; else the whole region, as any
 * render. Margin strips still missing follow at the new layers; pdf.js
 * draws the whole target when PDFium fails.
 */
export function renderSwitch(
  host: RenderHost,
  target: RenderTarget,
  key: string,
  layers: OptionalContentConfig | null,
  choice: LayerChoice | null,
): void {
  const { page, view, turn, generation } = target;
  const since = host.canvas.rendered?.choice ?? null;
  const region = regionOf(target);
  const engine = host.engines?.engine;
  engine?.renderSwitch(key, host.channel, region, choice, since).then(
    (drawn) => {
      if (drawn === null) return;
      if (!host.isCurrent(generation)) {
        drawn.bitmap.close();
        return;
      }
      host.settled();
      paintSwitch(host, target, drawn);
      host.canvas.rendered = { ...target, choice };
      host.follow(page, view, turn);
      drawMissing(host, target, key, choice);
    },
    (cause: unknown) => {
      log.warn("raster worker failed", describeCause(cause));
      afterPdfiumFailed(host, target, layers, cause);
    },
  );
}

/**
 * Paints PDFium's answer over the canvas: a patch replaces the pixels
 * under it (cleared first: where the switch hid objects the patch is
 * transparent, and the old ink must not show through); a whole region
 * places the canvas anew.
 */
function paintSwitch(
  host: RenderHost,
  target: RenderTarget,
  drawn: DrawnRegion,
): void {
  const { bitmap, at } = drawn;
  const { canvas } = host;
  const context = canvas.context();
  if (at === null) {
    canvas.place(bitmap.width, bitmap.height, target.area, target.marginPx);
  } else {
    context?.clearRect(at.x, at.y, bitmap.width, bitmap.height);
  }
  context?.drawImage(bitmap, at?.x ?? 0, at?.y ?? 0);
  const { width, height } = bitmap;
  canvas.lastPaint = { ...(at ?? { x: 0, y: 0 }), width, height };
  bitmap.close();
}
