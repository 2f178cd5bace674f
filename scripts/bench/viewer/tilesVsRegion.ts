import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { WrappedPdfiumModule } from "@embedpdf/pdfium";
import {
  levelScale,
  TILE_PX,
  tilesCovering,
} from "../../../renderer/viewer/tiles/tileGrid";
import { loadPdfium } from "./nodePdfium";

/**
 * `npx tsx scripts/bench/viewer/tilesVsRegion.ts`: what refilling a
 * 2000 x 1400 viewer at deep zoom costs PDFium as one region (what
 * SheetRenderer draws) and as the 512 px power-of-two tiles of
 * renderer/viewer/tiles (what a tiled viewer would draw), on the heavy
 * 42 x 30 sheet. Each PDFium call walks the whole page's object list,
 * and a tile level draws up to twice the device scale, so the figures
 * decide whether tiles are worth wiring.
 */

const SHEET = fileURLToPath(
  new URL(
    "../../../../shared/corpus/plans/bluebeam_E201A_electrical_floor_plan_42x30.pdf",
    import.meta.url,
  ),
);
const VIEWER = { width: 2000, height: 1400 };
const POINTS = [0.3, 0.6, 0.45];

function draw(
  module: WrappedPdfiumModule,
  page: number,
  scale: number,
  size: { width: number; height: number },
  at: { x: number; y: number },
): void {
  const across = module.FPDF_GetPageWidthF(page) * scale;
  const down = module.FPDF_GetPageHeightF(page) * scale;
  const bitmap = module.FPDFBitmap_Create(size.width, size.height, 1);
  module.FPDFBitmap_FillRect(bitmap, 0, 0, size.width, size.height, -1);
  module.FPDF_RenderPageBitmap(
    bitmap,
    page,
    Math.round(at.x),
    Math.round(at.y),
    Math.round(across),
    Math.round(down),
    0,
    0x11,
  );
  module.FPDFBitmap_Destroy(bitmap);
}

async function main(): Promise<void> {
  const module = await loadPdfium();
  const bytes = readFileSync(SHEET);
  const pointer = module.pdfium.wasmExports.malloc(bytes.length);
  (module.pdfium as unknown as { HEAPU8: Uint8Array }).HEAPU8.set(
    bytes,
    pointer,
  );
  const doc = module.FPDF_LoadMemDocument(pointer, bytes.length, "");
  const page = module.FPDF_LoadPage(doc, 0);
  const sheet = {
    width: module.FPDF_GetPageWidthF(page),
    height: module.FPDF_GetPageHeightF(page),
  };
  // The first render builds PDFium's caches; it is not what is compared.
  draw(module, page, 0.6, VIEWER, { x: 0, y: 0 });

  const lines = [`${path.basename(SHEET)}, viewer 2000 x 1400 px`];
  for (const percent of [800, 1600, 6400]) {
    const zoom = (percent / 100) * (96 / 72);
    let regionMs = 0;
    let tilesMs = 0;
    let tileCount = 0;
    for (const f of POINTS) {
      const view = {
        zoom,
        x: VIEWER.width / 2 - f * sheet.width * zoom,
        y: VIEWER.height / 2 - f * sheet.height * zoom,
      };
      let start = performance.now();
      draw(module, page, zoom, VIEWER, view);
      regionMs += performance.now() - start;

      const tiles = tilesCovering(view, VIEWER, sheet, 1);
      start = performance.now();
      for (const tile of tiles) {
        draw(module, page, levelScale(tile.level), tileSize, {
          x: -tile.col * TILE_PX,
          y: -tile.row * TILE_PX,
        });
      }
      tilesMs += performance.now() - start;
      tileCount += tiles.length;
    }
    const n = POINTS.length;
    const tilesMpx = (tileCount / n) * (TILE_PX * TILE_PX) * 1e-6;
    lines.push(
      `${percent} %: one region ${(regionMs / n).toFixed(0)} ms (2.8 Mpx),` +
        ` tiles ${(tilesMs / n).toFixed(0)} ms (${(tileCount / n).toFixed(0)}` +
        ` tiles, ${tilesMpx.toFixed(1)} Mpx), ratio` +
        ` ${(tilesMs / regionMs).toFixed(1)}`,
    );
  }
  process.stdout.write(`${lines.join("\n")}\n`);
}

const tileSize = { width: TILE_PX, height: TILE_PX };

await main();
