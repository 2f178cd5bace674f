import { describe, expect, it } from "vitest";
import type { Markup } from "../../shared/domain/entities";
import { calibrationFromScale } from "../../shared/measure/calibrate";
import {
  addPoint,
  closeRing,
  finishedShape,
  isComplete,
  newDraft,
} from "../../shared/measure/measureDraft";
import { viewportScales } from "../../shared/measure/measureDictionary";
import { calibrationAt } from "../../shared/measure/sheetCalibration";

const at = (x: number, y: number) => ({ x, y });

describe("drawing a measurement", () => {
  it("finishes a length after two clicks and an angle after three", () => {
    let length = newDraft("measure_length");
    length = addPoint(length, at(0, 0));
    expect(isComplete(length)).toBe(false);
    expect(isComplete(addPoint(length, at(1, 1)))).toBe(true);
    const angle = [at(0, 0), at(1, 0)].reduce(
      addPoint,
      newDraft("measure_angle"),
    );
    expect(isComplete(angle)).toBe(false);
  });

  it("closes an area's outline, then its cut-outs, into points and strokes", () => {
    let draft = newDraft("measure_area");
    for (const p of [at(0, 0), at(10, 0), at(10, 10), at(0, 10)]) {
      draft = addPoint(draft, p);
    }
    draft = closeRing(draft);
    for (const p of [at(2, 2), at(4, 2), at(4, 4)]) draft = addPoint(draft, p);
    const shape = finishedShape(draft);
    expect(shape.points).toHaveLength(4);
    expect(shape.strokes).toEqual([[at(2, 2), at(4, 2), at(4, 4)]]);
  });
});

describe("a sheet's calibration", () => {
  const base: Markup = {
    id: "c1",
    dossierId: "d",
    documentId: "doc",
    sheetIndex: 0,
    kind: "measure_calibration",
    points: [at(0, 0)],
    comment: "1/100",
    color: "#000000",
    authorId: "u1",
    authorName: "A",
    service: "S",
    createdAt: "2026-12-04T09:00:00Z",
    updatedAt: "2026-12-04T09:00:00Z",
    deleted: false,
    strokes: [],
    style: {},
    status: "open",
    inReplyTo: null,
    round: 1,
    subject: "",
    origin: "lajna",
    measurement: { calibration: calibrationFromScale(100) },
  };
  const later: Markup = {
    ...base,
    id: "c2",
    authorId: "u2",
    updatedAt: "2026-12-04T10:00:00Z",
    measurement: { calibration: calibrationFromScale(200) },
  };
  const pdfScales = viewportScales([
    { BBox: [0, 0, 100, 100], Measure: { X: [{ C: 1, U: "m" }] } },
  ]);
  const options = {
    documentId: "doc",
    sheetIndex: 0,
    viewportScales: pdfScales,
    userUnit: 1,
    point: at(50, 50),
  };

  it("takes the latest record of the sheet, from any author", () => {
    const found = calibrationAt({ ...options, markups: [later, base] });
    expect(found?.markupId).toBe("c2");
    expect(found?.calibration.scaleDenominator).toBe(200);
  });

  it("ignores deleted records and other sheets, then uses the PDF's own", () => {
    const markups = [
      { ...later, deleted: true },
      { ...base, sheetIndex: 1 },
    ];
    const found = calibrationAt({ ...options, markups });
    expect(found?.markupId).toBeNull();
    expect(found?.calibration.source).toBe("document");
    expect(
      calibrationAt({ ...options, markups, point: at(500, 5) }),
    ).toBeNull();
  });
});
