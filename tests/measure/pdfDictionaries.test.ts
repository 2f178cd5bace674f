import path from "node:path";
import { existsSync, readFileSync } from "node:fs";
import { PDFDocument, PDFName, PDFString, degrees } from "pdf-lib";
import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { readViewportScales } from "../../renderer/measure/pdfMeasureDictionaries";
import { calibrationFromScale } from "../../shared/measure/calibrate";
import {
  calibrationFromViewport,
  viewportAt,
} from "../../shared/measure/measureDictionary";
import { pathsFromOperatorList } from "../../shared/measure/pathSegments";
import { distanceM } from "../../shared/measure/quantities";
import { snapGridForPage } from "../../shared/measure/snapGrid";

/*
 * Calibration from a PDF's own measure dictionaries, /UserUnit and
 * /Rotate, on sheets generated here with pdf-lib.
 */

/** A page with a whole-sheet viewport at 1/100 and a detail at 1/20. */
async function sheetWithViewports(options: {
  userUnit?: number;
  rotate?: number;
}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([1190.55, 841.89]);
  if (options.rotate !== undefined) page.setRotation(degrees(options.rotate));
  if (options.userUnit !== undefined) {
    page.node.set(PDFName.of("UserUnit"), pdf.context.obj(options.userUnit));
  }
  const inchM = 0.0254 * (options.userUnit ?? 1);
  const viewport = (bbox: number[], denominator: number, ratio: string) =>
    pdf.context.obj({
      Type: "Viewport",
      BBox: bbox,
      Measure: {
        Type: "Measure",
        Subtype: "RL",
        R: PDFString.of(ratio),
        X: [
          {
            Type: "NumberFormat",
            C: (inchM / 72) * denominator,
            U: PDFString.of("m"),
          },
        ],
      },
    });
  const vp = pdf.context.obj([
    viewport([0, 0, 1190.55, 841.89], 100, "1:100"),
    viewport([800, 100, 1100, 400], 20, "1:20"),
  ]);
  // The array through a reference, as Bluebeam writes it.
  page.node.set(PDFName.of("VP"), pdf.context.register(vp));
  page.drawLine({ start: { x: 100, y: 100 }, end: { x: 500, y: 500 } });
  page.drawLine({ start: { x: 100, y: 500 }, end: { x: 500, y: 100 } });
  return pdf.save({ useObjectStreams: true });
}

const standardFontDataUrl =
  path.resolve(
    import.meta.dirname,
    "../../node_modules/pdfjs-dist/standard_fonts",
  ) + "/";

async function openInPdfJs(bytes: Uint8Array) {
  const pdf = await getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    standardFontDataUrl,
  }).promise;
  return { pdf, page: await pdf.getPage(1) };
}

describe("measure dictionaries read from the file", () => {
  it("finds both viewports; the detail decides inside its box", async () => {
    const [scales = []] = await readViewportScales(
      await sheetWithViewports({}),
    );
    expect(scales.map((s) => s.ratio)).toEqual(["1:100", "1:20"]);

    const inDetail = viewportAt(scales, { x: 900, y: 200 });
    const elsewhere = viewportAt(scales, { x: 200, y: 200 });
    const detail = calibrationFromViewport(inDetail!)!;
    const whole = calibrationFromViewport(elsewhere!)!;
    expect(detail.scaleDenominator).toBeCloseTo(20, 6);
    expect(whole.scaleDenominator).toBeCloseTo(100, 6);
    // 72 pt is one inch: 2.54 m at 1/100, 0.508 m at 1/20.
    const inch = [
      { x: 0, y: 0 },
      { x: 72, y: 0 },
    ] as const;
    expect(distanceM(whole, ...inch)).toBeCloseTo(2.54, 6);
    expect(distanceM(detail, ...inch)).toBeCloseTo(0.508, 6);
  });

  it("honours /UserUnit: a user-space unit is UserUnit/72 inch", async () => {
    const bytes = await sheetWithViewports({ userUnit: 2 });
    const { pdf, page } = await openInPdfJs(bytes);
    expect(page.userUnit).toBe(2);
    const [scales = []] = await readViewportScales(bytes);
    const fromFile = calibrationFromViewport(scales[0]!, page.userUnit)!;
    const fromScale = calibrationFromScale(100, page.userUnit);

    // 36 units of a UserUnit-2 page are one inch of paper.
    const a = { x: 0, y: 0 };
    const b = { x: 36, y: 0 };
    expect(distanceM(fromScale, a, b)).toBeCloseTo(2.54, 6);
    expect(distanceM(fromFile, a, b)).toBeCloseTo(2.54, 6);
    expect(fromFile.scaleDenominator).toBeCloseTo(100, 6);
    await pdf.destroy();
  });

  it("measures the same on a /Rotate 90 sheet picked on screen", async () => {
    const bytes = await sheetWithViewports({ rotate: 90 });
    const { pdf, page } = await openInPdfJs(bytes);
    expect(page.rotate).toBe(90);
    const [scales = []] = await readViewportScales(bytes);
    const calibration = calibrationFromViewport(scales[0]!)!;

    // The line's end points as the reviewer sees them on the turned sheet,
    // back to user space through pdf.js's viewport, as the viewer does.
    const view = page.getViewport({ scale: 1.7 });
    const screen = [
      view.convertToViewportPoint(100, 100),
      view.convertToViewportPoint(500, 500),
    ];
    expect(view.width).toBeCloseTo(841.89 * 1.7, 3);
    const [a, b] = screen.map(([x = 0, y = 0]) => {
      const [ux = 0, uy = 0] = view.convertToPdfPoint(x, y);
      return { x: ux, y: uy };
    });
    const expected = (Math.hypot(400, 400) / 72) * 0.0254 * 100;
    expect(distanceM(calibration, a!, b!)).toBeCloseTo(expected, 6);
    await pdf.destroy();
  });

  it("snaps to the crossing of two drawn lines", async () => {
    const { pdf, page } = await openInPdfJs(await sheetWithViewports({}));
    const paths = pathsFromOperatorList(await page.getOperatorList(), OPS);
    const grid = snapGridForPage(paths, 1190.55, 841.89);
    const snap = grid.snap({ x: 302, y: 299 }, 5);
    expect(snap?.kind).toBe("intersection");
    expect(snap?.x).toBeCloseTo(300, 3);
    expect(snap?.y).toBeCloseTo(300, 3);
    await pdf.destroy();
  });

  it("reads a real Bluebeam sheet's scale: 1 in = 4 ft", async (ctx) => {
    const file = path.resolve(
      import.meta.dirname,
      "../../../shared/corpus/plans/bluebeam_E201A_electrical_floor_plan_42x30.pdf",
    );
    if (!existsSync(file)) {
      ctx.skip("../shared/corpus is absent: the real-sheet case is skipped");
      return;
    }
    const [scales = []] = await readViewportScales(readFileSync(file));
    expect(scales).toHaveLength(1);
    const calibration = calibrationFromViewport(scales[0]!)!;
    expect(calibration.scaleDenominator).toBeCloseTo(48, 2);
  });

  it("gives no viewports for a sheet without /VP", async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage([200, 200]);
    const bytes = await pdf.save({ useObjectStreams: false });
    expect(await readViewportScales(bytes)).toEqual([]);
  });
});
