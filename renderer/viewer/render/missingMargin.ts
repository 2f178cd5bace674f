import { describeCause, rendererLogger } from "../../log/rendererLog";
import type { LayerChoice } from "./layerPatch";
import { STRIP_PAD_PX, stripRegion } from "./marginStrips";
import type { RenderHost } from "./renderHost";
import { regionOf, type RenderTarget } from "./renderTargets";

const log = rendererLogger("viewer");

/**
 * Draws the margin strips still missing around the view shown (the
 * canvas's `missing`), one request at a time, until a newer render
 * comes: PDFium cannot be interrupted, so a gesture waits for one strip
 * at most. Only the main engine draws strips, leaving the helper free.
 */
export function drawMissing(
  host: RenderHost,
  whole: RenderTarget,
  key: string,
  choice: LayerChoice | null,
): void {
  const strip = host.canvas.missing[0];
  if (strip === undefined) return;
  const { generation } = whole;
  const region = stripRegion(regionOf(whole), strip);
  host.engines?.engine.render(key, host.channel, region, choice).then(
    (bitmap) => {
      if (bitmap === null) return;
      if (!host.isCurrent(generation)) {
        bitmap.close();
        return;
      }
      const { x, y, width, height } = strip;
      const pad = STRIP_PAD_PX;
      host.canvas
        .context()
        ?.drawImage(bitmap, pad, pad, width, height, x, y, width, height);
      bitmap.close();
      const { canvas } = host;
      canvas.missing = canvas.missing.filter((other) => other !== strip);
      drawMissing(host, whole, key, choice);
    },
    // The viewer's rectangle is sharp; the margin waits for the next.
    (cause: unknown) => log.warn("margin not drawn", describeCause(cause)),
  );
}
