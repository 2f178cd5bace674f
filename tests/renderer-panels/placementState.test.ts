import { describe, expect, it } from "vitest";
import { pdfPoint, projectedPoint } from "../../shared/geo/coordinates";
import {
  IDLE,
  pickedCount,
  placementReducer,
  type PlacementAction,
  type PlacementState,
} from "../../renderer/map/placementState";
import { snapToVertex } from "../../renderer/map/snapToVertex";
import {
  defaultDocument,
  latestGeoreference,
  placeableDocuments,
} from "../../renderer/map/placeableDocuments";
import { placementScaleDenominator } from "../../renderer/map/sheetTransform";
import type {
  DossierDocument,
  Georeference,
} from "../../shared/domain/entities";

type Action = PlacementAction<string>;

function run(
  actions: Action[],
  from: PlacementState<string> = IDLE,
): PlacementState<string> {
  return actions.reduce(placementReducer<string>, from);
}

describe("placing a sheet, step by step", () => {
  it("goes from sheet points to map points to a placed sheet", () => {
    const afterSheet = run([
      { type: "start", sheet: "site plan p1" },
      { type: "sheetPoint", point: pdfPoint(100, 100) },
      { type: "sheetPoint", point: pdfPoint(1100, 100) },
    ]);
    expect(afterSheet.step).toBe("map");
    expect(pickedCount(afterSheet)).toBe(0);

    const clicks: Action[] = [
      { type: "mapPoint", point: projectedPoint(452_000, 381_000) },
      { type: "mapPoint", point: projectedPoint(452_176.39, 381_000) },
    ];
    const placed = run(clicks, afterSheet);

    expect(placed.step).toBe("placed");
    if (placed.step !== "placed") return;
    expect(placed.sheet).toBe("site plan p1");
    expect(placementScaleDenominator(placed.similarity)).toBeCloseTo(500, 0);
  });

  it("refuses a second point on top of the first", () => {
    const state = run([
      { type: "start", sheet: "s" },
      { type: "sheetPoint", point: pdfPoint(10, 10) },
      { type: "sheetPoint", point: pdfPoint(10, 10) },
    ]);
    expect(state.step).toBe("sheet");
    expect(state.problemKey).toBe("map.place.samePoints");
    expect(pickedCount(state)).toBe(1);
  });

  it("ignores map clicks before the sheet points are picked", () => {
    const state = run([
      { type: "start", sheet: "s" },
      { type: "mapPoint", point: projectedPoint(1, 1) },
    ]);
    expect(state).toEqual({
      step: "sheet",
      sheet: "s",
      sheetPoints: [],
      previous: null,
      problemKey: null,
    });
  });

  it("restores a saved placement and cancels back to idle", () => {
    const restored = run([
      {
        type: "restore",
        sheet: "saved",
        sheetPoints: [pdfPoint(0, 0), pdfPoint(72, 0)],
        mapPoints: [projectedPoint(0, 0), projectedPoint(0, 25.4)],
      },
    ]);
    expect(restored.step).toBe("placed");
    if (restored.step === "placed") {
      // 72 pt (one inch) covers 25.4 m: 1 : 1000, turned a quarter.
      expect(placementScaleDenominator(restored.similarity)).toBeCloseTo(
        1000,
        6,
      );
      expect(restored.similarity.a).toBeCloseTo(0, 9);
    }
    expect(run([{ type: "cancel" }])).toEqual(IDLE);

    // Starting over and cancelling keeps the saved placement on show.
    const again = run(
      [
        { type: "start", sheet: "another" },
        { type: "sheetPoint", point: pdfPoint(5, 5) },
        { type: "cancel" },
      ],
      restored,
    );
    expect(again).toBe(restored);
  });
});

describe("snapping a map click to a parcel corner", () => {
  const corners = [
    { x: 100, y: 100 },
    { x: 120, y: 100 },
  ];
  it("snaps within the tolerance, to the nearest corner", () => {
    const snapped = snapToVertex(
      projectedPoint(118, 101),
      corners,
      5,
      projectedPoint,
    );
    expect(snapped).toEqual({ x: 120, y: 100 });
  });
  it("leaves a click far from every corner alone", () => {
    const clicked = projectedPoint(110, 110);
    expect(snapToVertex(clicked, corners, 5, projectedPoint)).toBe(clicked);
  });
});

describe("which sheet to place", () => {
  const doc = (
    id: string,
    kind: DossierDocument["kind"],
    extra: Partial<DossierDocument> = {},
  ): DossierDocument => ({
    id,
    dossierId: "d1",
    kind,
    title: id,
    fileName: `${id}.pdf`,
    sha256: "0".repeat(64),
    sizeBytes: 10,
    pageCount: 1,
    error: null,
    ...extra,
  });
  const documents = [
    doc("facade", "facade"),
    doc("broken", "site_plan", { error: "not a PDF", pageCount: null }),
    doc("signed", "signed_opinion"),
    doc("site", "site_plan"),
  ];

  it("offers readable plan sheets, the site plan first", () => {
    expect(placeableDocuments(documents).map((d) => d.id)).toEqual([
      "facade",
      "site",
    ]);
    expect(defaultDocument(documents)?.id).toBe("site");
    expect(defaultDocument([doc("f", "facade")])?.id).toBe("f");
    expect(defaultDocument([])).toBeNull();
  });

  it("restores the latest placement of a document still present", () => {
    const geo = (id: string, documentId: string, at: string): Georeference => ({
      id,
      dossierId: "d1",
      documentId,
      sheetIndex: 0,
      sheetPoints: [
        { x: 0, y: 0 },
        { x: 1, y: 0 },
      ],
      mapPoints: [
        { x: 0, y: 0 },
        { x: 1, y: 0 },
      ],
      crs: "EPSG:26191",
      opacity: 0.5,
      updatedBy: "u",
      updatedAt: at,
    });
    const chosen = latestGeoreference(
      [
        geo("g1", "site", "2026-12-01T10:00:00Z"),
        geo("g2", "facade", "2026-12-02T10:00:00Z"),
        geo("g3", "gone", "2026-12-03T10:00:00Z"),
      ],
      documents,
    );
    expect(chosen?.id).toBe("g2");
  });
});
