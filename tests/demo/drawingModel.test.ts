import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDemoData } from "../../server/demo/generate";
import { buildingPermitSheetReferences } from "../../server/demo/plans/references";
import { ptPerMetre } from "../../server/demo/plans/units";
import { DOSSIER_PARCEL_RINGS } from "../../server/demo/parcels";
import { toMap } from "../../server/demo/site";
import {
  applySimilarity,
  invertSimilarity,
  similarityFromTwoPoints,
  similarityRotationRad,
  similarityScale,
} from "../../shared/geo/similarity";
import { FIXED_NOW, hasTool, tracedPaths, writeSheets } from "./demoTestKit";
import type { WrittenSheet } from "./demoTestKit";

const references = buildingPermitSheetReferences();

describe("the building permit's drawing model", () => {
  it("has a ground-floor wall of 10.00 m, 283.46 pt at 1/100", () => {
    const { start, end, lengthM, scaleDenominator } = references.referenceWall;
    const lengthPt = Math.hypot(end.x - start.x, end.y - start.y);

    expect(lengthM).toBe(10);
    expect(scaleDenominator).toBe(100);
    expect(Math.abs(lengthPt - 283.46)).toBeLessThanOrEqual(0.01);
    expect(lengthPt).toBeCloseTo(lengthM * ptPerMetre(100), 9);
    // Pinned, so that a layout change shows up here and in the doc comment.
    expect(start.x).toBeCloseTo(360, 2);
    expect(start.y).toBeCloseTo(453.54, 2);
    expect(end.y).toBeCloseTo(737.01, 2);
  });

  it("georeferences the site plan from its two labelled corners", () => {
    const { sheetPoints, mapPoints } = references.siteControlPoints;
    const t = similarityFromTwoPoints(sheetPoints, mapPoints);

    // North up, 1/200: one point of paper is 200 × 25.4/72 mm of ground.
    expect(similarityRotationRad(t)).toBeCloseTo(0, 9);
    expect(similarityScale(t)).toBeCloseTo(1 / ptPerMetre(200), 9);
    expect(mapPoints[0]).toEqual(
      toMap(DOSSIER_PARCEL_RINGS.building_permit[0]),
    );
  });
});

describe.skipIf(!hasTool("mutool"))("the drawn sheets", () => {
  let sheets: WrittenSheet[];
  let cleanup = () => {};

  beforeAll(async () => {
    const data = await generateDemoData({ now: FIXED_NOW });
    const permit = { ...data, dossiers: data.dossiers.slice(0, 1) };
    ({ sheets, cleanup } = writeSheets(permit));
  });
  afterAll(() => cleanup());

  it("draws the reference wall's outer face on the ground-floor sheet", () => {
    const { start, end } = references.referenceWall;
    expect(
      hasEdge(sheetNamed(references.referenceWall.fileName), start, end),
    ).toBe(true);
  });

  it("draws the parcel through its labelled corners on the site plan", () => {
    const { sheetPoints, mapPoints } = references.siteControlPoints;
    const paths = tracedPaths(
      sheetNamed(references.siteControlPoints.fileName),
    );
    const t = similarityFromTwoPoints(sheetPoints, mapPoints);
    const through = (p: { x: number; y: number }) =>
      paths.some((path) => path.some((q) => near(q, p)));

    expect(through(sheetPoints[0])).toBe(true);
    expect(through(sheetPoints[1])).toBe(true);
    // The other corners land on their surveyed coordinates too.
    const ring = DOSSIER_PARCEL_RINGS.building_permit;
    const b2 = paths
      .flat()
      .map((q) => applySimilarity(t, q))
      .find(
        (m) =>
          Math.hypot(m.x - toMap(ring[1]).x, m.y - toMap(ring[1]).y) < 0.01,
      );
    expect(b2).toBeDefined();
  });

  it("marks the Lambert grid with crosses at round coordinates", () => {
    const { sheetPoints, mapPoints } = references.siteControlPoints;
    const toSheet = invertSimilarity(
      similarityFromTwoPoints(sheetPoints, mapPoints),
    );
    const paths = tracedPaths(
      sheetNamed(references.siteControlPoints.fileName),
    );
    // Every 10 m at 1/200: (437 990, 358 710) lies near the parcel.
    const centre = applySimilarity(toSheet, { x: 437_990, y: 358_710 });
    const crossArm = paths.find(
      (path) =>
        path.length === 2 &&
        near(
          {
            x: ((path[0]?.x ?? 0) + (path[1]?.x ?? 0)) / 2,
            y: path[0]?.y ?? 0,
          },
          centre,
        ),
    );
    expect(crossArm).toBeDefined();
  });

  function sheetNamed(fileName: string): string {
    const sheet = sheets.find((s) => s.fileName === fileName);
    if (!sheet) throw new Error(`missing ${fileName}`);
    return sheet.path;
  }
});

function hasEdge(
  file: string,
  a: { x: number; y: number },
  b: { x: number; y: number },
): boolean {
  return tracedPaths(file).some((path) =>
    path.some((p, i) => {
      const q = path[(i + 1) % path.length];
      if (!q) return false;
      return (near(p, a) && near(q, b)) || (near(p, b) && near(q, a));
    }),
  );
}

function near(
  p: { x: number; y: number },
  q: { x: number; y: number },
): boolean {
  return Math.abs(p.x - q.x) <= 0.01 && Math.abs(p.y - q.y) <= 0.01;
}
