import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  concatTransformationMatrix,
  PDFDocument,
  popGraphicsState,
  pushGraphicsState,
} from "pdf-lib";
import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import {
  PathWalker,
  pathsFromOperatorList,
} from "../../shared/measure/pathSegments";
import { crossing, snapGridForPage } from "../../shared/measure/snapGrid";

/*
 * Segments read from pdf.js's operator list carry the current matrix, and
 * the stepped reading the viewer uses finds what a single pass finds.
 */

const standardFontDataUrl =
  path.resolve(
    import.meta.dirname,
    "../../node_modules/pdfjs-dist/standard_fonts",
  ) + "/";

async function operatorList(bytes: Uint8Array) {
  const pdf = await getDocument({
    data: bytes,
    isEvalSupported: false,
    standardFontDataUrl,
  }).promise;
  const page = await pdf.getPage(1);
  return { pdf, page, list: await page.getOperatorList() };
}

describe("snapping to the drawing", () => {
  it("applies cm: a line drawn under a scale-and-move lands in user space", async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([400, 400]);
    page.pushOperators(
      pushGraphicsState(),
      concatTransformationMatrix(2, 0, 0, 2, 10, 20),
    );
    page.drawLine({ start: { x: 0, y: 0 }, end: { x: 50, y: 0 } });
    page.pushOperators(popGraphicsState());
    page.drawLine({ start: { x: 300, y: 300 }, end: { x: 350, y: 300 } });
    const { pdf, list } = await operatorList(await doc.save());

    const { segments } = pathsFromOperatorList(list, OPS);
    const ends = segments.map((s) => [s.x0, s.y0, s.x1, s.y1]);
    expect(ends).toContainEqual([10, 20, 110, 20]);
    // After the restore, the matrix is the page's again.
    expect(ends).toContainEqual([300, 300, 350, 300]);
    await pdf.destroy();
  });

  it("finds crossings only inside both segments", () => {
    const a = { x0: 0, y0: 0, x1: 10, y1: 10 };
    expect(crossing(a, { x0: 0, y0: 10, x1: 10, y1: 0 })).toEqual({
      x: 5,
      y: 5,
    });
    expect(crossing(a, { x0: 20, y0: 0, x1: 30, y1: 10 })).toBeNull();
    expect(crossing(a, { x0: 0, y0: 30, x1: 10, y1: 20 })).toBeNull();
  });

  it("reads a heavy corpus sheet in steps as in one pass", async (ctx) => {
    const file = path.resolve(
      import.meta.dirname,
      "../../../shared/corpus/plans/pdfjs_issue12810_arch_plan_24x36_portrait.pdf",
    );
    if (!existsSync(file)) {
      ctx.skip("../shared/corpus is absent: the heavy-sheet case is skipped");
      return;
    }
    const { pdf, page, list } = await operatorList(
      new Uint8Array(readFileSync(file)),
    );
    const whole = pathsFromOperatorList(list, OPS);
    const walker = new PathWalker(list, OPS);
    let steps = 0;
    while (!walker.step(10_000)) steps++;
    const stepped = walker.result();
    expect(steps).toBeGreaterThan(1);
    expect(stepped.segments.length).toBe(whole.segments.length);
    expect(whole.segments.length).toBeGreaterThan(50_000);

    const [, , width = 0, height = 0] = page.view;
    const grid = snapGridForPage(stepped, width, height, true);
    while (!grid.indexStep(15_000));
    const first = whole.segments[1000]!;
    const snap = grid.snap({ x: first.x0 + 0.3, y: first.y0 - 0.3 }, 2);
    expect(snap).not.toBeNull();
    expect(Math.hypot(snap!.x - first.x0, snap!.y - first.y0)).toBeLessThan(
      0.5,
    );
    await pdf.destroy();
  });
});
