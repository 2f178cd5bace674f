import { existsSync } from "node:fs";
import {
  concatTransformationMatrix,
  PDFDocument,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  type PDFPage,
} from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pointAlignment } from "../../../renderer/compare/alignment";
import { applySimilarity } from "../../../shared/geo/similarity";
import type { Similarity } from "../../../shared/geo/similarity";
import { CHROMIUM } from "../../support/demoStack";
import { openHarness, type OpenHarness } from "./harness/serveHarness";
import type { HarnessInput, HarnessOutput } from "./harness/harness";

/**
 * The Compare pipeline on real PDFs in Chromium: two sheets generated
 * here that differ by known rectangles, rasterised by PDFium in the real
 * raster worker and compared in the real diff worker.
 */

const PAGE = { width: 600, height: 400 };
const ZOOM = 1.5;
const IDENTITY: Similarity = { a: 1, b: 0, tx: 0, ty: 0 };

/** Rectangles in the viewer's frame: points, y down from the top. */
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const REMOVED: Box = { x: 140, y: 80, width: 50, height: 60 };
const ADDED: Box = { x: 415, y: 220, width: 60, height: 50 };
const FRAME = { x: 20, y: 20, width: 560, height: 360 };

function fillBox(page: PDFPage, box: Box): void {
  page.drawRectangle({
    x: box.x,
    y: PAGE.height - box.y - box.height,
    width: box.width,
    height: box.height,
    color: rgb(0, 0, 0),
  });
}

/**
 * The sheet every variant shares: a frame, walls every 70 pt (the
 * rectangles sit between them), a round column.
 */
function drawCommon(page: PDFPage): void {
  page.drawRectangle({
    x: FRAME.x,
    y: FRAME.y,
    width: FRAME.width,
    height: FRAME.height,
    borderColor: rgb(0, 0, 0),
    borderWidth: 2,
  });
  for (let x = 60; x < 560; x += 70) {
    page.drawLine({
      start: { x, y: 40 },
      end: { x, y: 360 },
      thickness: 1,
      color: rgb(0.1, 0.1, 0.1),
    });
  }
  page.drawCircle({ x: 480, y: 320, size: 25, borderWidth: 1.5 });
}

/**
 * A one-page sheet; `shift` moves and turns its whole drawing (a plot
 * reissued with another origin), `boxes` are filled in.
 */
async function sheet(
  boxes: readonly Box[],
  shift: { dx: number; dy: number; degrees: number } | null = null,
): Promise<string> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([PAGE.width, PAGE.height]);
  if (shift !== null) {
    const r = (shift.degrees * Math.PI) / 180;
    page.pushOperators(
      pushGraphicsState(),
      concatTransformationMatrix(
        Math.cos(r),
        Math.sin(r),
        -Math.sin(r),
        Math.cos(r),
        shift.dx,
        shift.dy,
      ),
    );
  }
  drawCommon(page);
  for (const box of boxes) fillBox(page, box);
  if (shift !== null) page.pushOperators(popGraphicsState());
  return Buffer.from(await doc.save()).toString("base64");
}

let harness: OpenHarness;

async function compare(input: HarnessInput): Promise<{
  output: HarnessOutput;
  classes: Buffer;
}> {
  const output = await harness.call("compare", input);
  return { output, classes: Buffer.from(output.classesBase64, "base64") };
}

/** Pixels of each class inside a box (points), shrunk by `inset` px. */
function tally(
  classes: Buffer,
  width: number,
  box: Box,
  insetPx: number,
): number[] {
  const counts = [0, 0, 0, 0];
  const x0 = Math.ceil(box.x * ZOOM) + insetPx;
  const y0 = Math.ceil(box.y * ZOOM) + insetPx;
  const x1 = Math.floor((box.x + box.width) * ZOOM) - insetPx;
  const y1 = Math.floor((box.y + box.height) * ZOOM) - insetPx;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const c = classes[y * width + x] ?? 0;
      counts[c] = (counts[c] ?? 0) + 1;
    }
  }
  return counts;
}

function baseInput(older: string, newer: string): HarnessInput {
  return {
    olderBase64: older,
    newerBase64: newer,
    view: { zoom: ZOOM, x: 0, y: 0 },
    viewer: { width: PAGE.width * ZOOM, height: PAGE.height * ZOOM },
    transform: IDENTITY,
    tolerancePx: 2,
  };
}

describe.skipIf(!existsSync(CHROMIUM))(
  "comparing two generated sheets through PDFium in Chromium",
  () => {
    beforeAll(async () => {
      harness = await openHarness();
    }, 180_000);

    afterAll(async () => {
      await harness?.close();
    });

    it("colours the deleted rectangle removed, the new one added, and nothing else", async () => {
      const older = await sheet([REMOVED]);
      const newer = await sheet([ADDED]);
      const { output, classes } = await compare(baseInput(older, newer));
      const width = output.width;

      const inRemoved = tally(classes, width, REMOVED, 3);
      const inAdded = tally(classes, width, ADDED, 3);
      const removedArea = inRemoved.reduce((a, b) => a + b, 0);
      const addedArea = inAdded.reduce((a, b) => a + b, 0);
      expect(inRemoved[2]).toBe(removedArea);
      expect(inAdded[3]).toBe(addedArea);

      // Outside the two rectangles (and their anti-aliased edge) the
      // drawing is unchanged: the frame, the walls, the door.
      const grown = (b: Box): Box => ({
        x: b.x - 2,
        y: b.y - 2,
        width: b.width + 4,
        height: b.height + 4,
      });
      const all = tally(classes, width, { x: 0, y: 0, ...PAGE }, 0);
      const nearRemoved = tally(classes, width, grown(REMOVED), 0);
      const nearAdded = tally(classes, width, grown(ADDED), 0);
      expect((all[2] ?? 0) - (nearRemoved[2] ?? 0)).toBe(0);
      expect((all[3] ?? 0) - (nearAdded[3] ?? 0)).toBe(0);
      expect(all[1]).toBeGreaterThan(3000);
    });

    it("re-aligns a shifted and turned copy from two point pairs to under a pixel", async () => {
      const older = await sheet([REMOVED]);
      const shift = { dx: 14.5, dy: -9.25, degrees: 1.5 };
      const newer = await sheet([REMOVED], shift);

      // Unaligned, the whole drawing looks changed.
      const raw = await compare(baseInput(older, newer));
      const rawChanged = raw.output.counts.removed + raw.output.counts.added;
      expect(rawChanged).toBeGreaterThan(raw.output.counts.unchanged / 2);

      // Two frame corners, where the reviewer would click them on each
      // sheet: in the newer sheet they moved with the drawing.
      const corners = [
        { x: FRAME.x, y: FRAME.y + FRAME.height },
        { x: FRAME.x + FRAME.width, y: FRAME.y },
      ];
      const r = (shift.degrees * Math.PI) / 180;
      const moved = corners.map((p) => ({
        x: Math.cos(r) * p.x - Math.sin(r) * p.y + shift.dx,
        y: Math.sin(r) * p.x + Math.cos(r) * p.y + shift.dy,
      }));
      const downward = (p: { x: number; y: number }) => ({
        x: p.x,
        y: PAGE.height - p.y,
      });
      const pairs = [0, 1].map((i) => ({
        older: downward(corners[i] ?? { x: 0, y: 0 }),
        newer: downward(moved[i] ?? { x: 0, y: 0 }),
      }));
      const alignment = pointAlignment([pairs[0]!, pairs[1]!]);

      // Every point of the drawing now lands within a pixel of its place.
      const probe = downward({ x: 300, y: 200 });
      const probeNewer = downward({
        x: Math.cos(r) * 300 - Math.sin(r) * 200 + shift.dx,
        y: Math.sin(r) * 300 + Math.cos(r) * 200 + shift.dy,
      });
      const landed = applySimilarity(alignment.transform, probeNewer);
      const errorPx = Math.hypot(landed.x - probe.x, landed.y - probe.y) * ZOOM;
      expect(errorPx).toBeLessThan(1);

      const aligned = await compare({
        ...baseInput(older, newer),
        transform: alignment.transform,
      });
      const { unchanged, removed, added } = aligned.output.counts;
      expect(removed + added).toBeLessThan(unchanged * 0.001);
    });
  },
);
