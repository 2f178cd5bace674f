/// <reference lib="webworker" />
import { changeRegions } from "./changeRegions";
import { paintLayer, type DiffLayerName } from "./diffLayers";
import type { DiffBitmaps, DiffReply, DiffRequest } from "./diffMessages";
import { inkDiff } from "./inkDiff";

/**
 * The diff worker: lays the newer render on the older one, compares them
 * pixel by pixel and paints the overlay's layers, so a 2000 px view never
 * holds the UI thread.
 */

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<DiffRequest>) => {
  const request = event.data;
  compare(request).then(
    ({ reply, transfer }) => scope.postMessage(reply, transfer),
    (cause: unknown) =>
      scope.postMessage({
        type: "failed",
        id: request.id,
        message: String(cause),
      } satisfies DiffReply),
  );
};

async function compare(
  request: DiffRequest,
): Promise<{ reply: DiffReply; transfer: Transferable[] }> {
  const { width, height } = request;
  const older = pixelsOf(request.older, width, height, null);
  const newer = pixelsOf(request.newer, width, height, request.newerMatrix);
  request.older.close();
  request.newer.close();

  const diff = inkDiff(older, newer, width, height, request.tolerancePx);
  const boxes = changeRegions(diff.classes, width, height);
  if (!request.paint) {
    return {
      reply: {
        type: "diffed",
        id: request.id,
        counts: diff.counts,
        boxes,
        layers: null,
      },
      transfer: [],
    };
  }

  const paint = (name: DiffLayerName) =>
    createImageBitmap(new ImageData(paintLayer(diff, name), width, height));
  const layers: DiffBitmaps = {
    unchanged: await paint("unchanged"),
    removed: await paint("removed"),
    added: await paint("added"),
  };
  return {
    reply: {
      type: "diffed",
      id: request.id,
      counts: diff.counts,
      boxes,
      layers,
    },
    transfer: [layers.unchanged, layers.removed, layers.added],
  };
}

/** A bitmap's pixels on the comparison's grid, placed by `matrix`. */
function pixelsOf(
  bitmap: ImageBitmap,
  width: number,
  height: number,
  matrix: DiffRequest["newerMatrix"] | null,
): Uint8ClampedArray {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext("2d", { willReadFrequently: true });
  if (context === null) throw new Error("no 2D context in the diff worker");
  if (matrix !== null) context.setTransform(...matrix);
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, width, height).data;
}
