import ImageLayer from "ol/layer/Image";
import ImageCanvasSource from "ol/source/ImageCanvas";
import type { Similarity } from "../../shared/geo/similarity";
import type { Affine } from "./affine";
import { imageToPdfAffine, sheetImageToCanvas } from "./sheetTransform";
import type { SheetImage } from "./sheetImage";

/** A placed sheet on the map: the layer and how to update it. */
export interface SheetLayer {
  readonly layer: ImageLayer<ImageCanvasSource>;
  /** Shows `sheet` placed by `placement`, or hides it with nulls. */
  show(sheet: SheetImage | null, placement: Similarity | null): void;
}

/**
 * An image layer that draws the rendered sheet through the placement's
 * similarity. OpenLayers asks for a canvas per view extent; each is drawn
 * with one `setTransform`, so rotation and scale cost nothing extra and
 * the sheet stays sharp at every zoom up to its rendered resolution.
 */
export function createSheetLayer(): SheetLayer {
  let sheet: SheetImage | null = null;
  let placement: Similarity | null = null;
  let imageToPdf: Affine | null = null;

  const source = new ImageCanvasSource({
    ratio: 1,
    canvasFunction: (extent, resolution, pixelRatio, size) => {
      const canvas = document.createElement("canvas");
      canvas.width = Math.round(size[0] ?? 0);
      canvas.height = Math.round(size[1] ?? 0);
      const context = canvas.getContext("2d");
      if (!context || !sheet || !placement || !imageToPdf) return canvas;

      const [minX = 0, minY = 0, maxX = 0, maxY = 0] = extent;
      context.setTransform(
        ...sheetImageToCanvas(imageToPdf, placement, {
          extent: [minX, minY, maxX, maxY],
          resolutionM: resolution,
          pixelRatio,
        }),
      );
      context.drawImage(sheet.canvas, 0, 0);
      return canvas;
    },
  });

  // Its own class gives the layer its own canvas, which the panel's CSS
  // multiplies onto the zones: the paper's white drops out and the
  // drawing's lines read over the zoning at any opacity.
  const layer = new ImageLayer({
    source,
    className: "ol-layer lajna-sheet-layer",
    zIndex: 5,
    properties: { name: "sheet" },
  });

  return {
    layer,
    show(nextSheet, nextPlacement) {
      sheet = nextSheet;
      placement = nextPlacement;
      imageToPdf = nextSheet
        ? imageToPdfAffine(nextSheet.viewport.transform)
        : null;
      layer.setVisible(sheet !== null && placement !== null);
      source.changed();
    },
  };
}
