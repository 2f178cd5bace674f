import path from "node:path";
import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDemoData } from "../../server/demo/generate";
import { buildingPermitSheetReferences } from "../../server/demo/plans/references";
import {
  calibrationFromScale,
  calibrationFromTwoPoints,
} from "../../shared/measure/calibrate";
import { measurementValue } from "../../shared/measure/measurementValue";
import { pathsFromOperatorList } from "../../shared/measure/pathSegments";
import { formatMeasurement } from "../../shared/measure/precision";
import { snapGridForPage, type SnapGrid } from "../../shared/measure/snapGrid";

/*
 * Measuring on a generated sheet whose dimensions are known: the demo
 * ground-floor plan at 1/100, whose blind west wall is 10.00 m.
 */
const standardFontDataUrl =
  path.resolve(
    import.meta.dirname,
    "../../node_modules/pdfjs-dist/standard_fonts",
  ) + "/";

const reference = buildingPermitSheetReferences().referenceWall;

describe("measuring the demo ground-floor plan", () => {
  let pdf: PDFDocumentProxy;
  let grid: SnapGrid;

  beforeAll(async () => {
    const data = await generateDemoData({
      now: new Date("2026-12-04T09:00:00Z"),
    });
    const sheet = data.dossiers[0]?.documents.find(
      (d) => d.fileName === reference.fileName,
    );
    if (sheet === undefined) throw new Error("no ground-floor sheet");
    pdf = await getDocument({
      data: sheet.pdf.slice(),
      isEvalSupported: false,
      standardFontDataUrl,
    }).promise;
    const page = await pdf.getPage(reference.sheetIndex + 1);
    const paths = pathsFromOperatorList(await page.getOperatorList(), OPS);
    const [, , width = 0, height = 0] = page.view;
    grid = snapGridForPage(paths, width, height);
  });

  afterAll(async () => {
    await pdf?.destroy();
  });

  it("reads the sheet's paths from pdf.js's operator list", () => {
    expect(grid.segmentCount).toBeGreaterThan(100);
  });

  it("snaps a sloppy pick to the wall's drawn end points", () => {
    const sloppyStart = {
      x: reference.start.x + 1.5,
      y: reference.start.y - 1,
    };
    const sloppyEnd = { x: reference.end.x - 1, y: reference.end.y + 1.2 };
    const start = grid.snap(sloppyStart, 3);
    const end = grid.snap(sloppyEnd, 3);

    expect(start?.kind).toBe("endpoint");
    expect(start?.x).toBeCloseTo(reference.start.x, 3);
    expect(start?.y).toBeCloseTo(reference.start.y, 3);
    expect(end?.x).toBeCloseTo(reference.end.x, 3);
    expect(end?.y).toBeCloseTo(reference.end.y, 3);
  });

  it("measures the snapped wall as 10.00 m at 1/100", () => {
    const start = grid.snap(reference.start, 3);
    const end = grid.snap(reference.end, 3);
    const calibration = calibrationFromScale(reference.scaleDenominator);
    const value = measurementValue(
      { kind: "measure_length", points: [start!, end!] },
      calibration,
    );

    expect(value?.kind === "length" && value.lengthM).toBeCloseTo(10, 2);
    expect(formatMeasurement(value!, calibration)).toBe("10.00 m");
  });

  it("calibrated on the wall, another known length reads true", () => {
    const calibration = calibrationFromTwoPoints(
      reference.start,
      reference.end,
      reference.lengthM,
    );
    expect(calibration.scaleDenominator).toBeCloseTo(100, 1);
    // Half the wall, measured with that calibration.
    const mid = {
      x: reference.start.x,
      y: (reference.start.y + reference.end.y) / 2,
    };
    const value = measurementValue(
      { kind: "measure_length", points: [reference.start, mid] },
      calibration,
    );
    expect(value?.kind === "length" && value.lengthM).toBeCloseTo(5, 6);
  });

  it("finds no snap far from any drawing", () => {
    expect(grid.snap({ x: -500, y: -500 }, 3)).toBeNull();
  });
});
