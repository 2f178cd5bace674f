import { describe, expect, it } from "vitest";
import { writeXfdf } from "../../../shared/annotations/xfdfWriter";
import type { Markup } from "../../../shared/domain/entities";
import {
  calibrationFromScale,
  calibrationFromTwoPoints,
} from "../../../shared/measure/calibrate";
import { addPoint, newDraft } from "../../../shared/measure/measureDraft";
import { registerAllMessages } from "../../../renderer/i18n/registerAll";
import {
  commentToSave,
  shownComment,
} from "../../../renderer/measure/measureComment";
import {
  calibrationMarkup,
  measurementMarkup,
} from "../../../renderer/measure/measureDrafts";
import { markup } from "../../annotations/sampleMarkups";

/*
 * A measurement's comment is saved as "18.00 m" whatever the language,
 * for XFDF, PDF exports and other workstations; the viewer shows it as
 * its sheet label does, "18,00 m" in French.
 */

registerAllMessages();

const SHEET = {
  document: { id: "doc1", dossierId: "d1" },
  sheetIndex: 0,
} as unknown as Parameters<typeof measurementMarkup>[0];

const [a, b] = [
  { x: 100, y: 100 },
  { x: 610, y: 100 },
];
const calibration = calibrationFromTwoPoints(a, b, 18);

/** An 18 m length, saved as the measuring tools save it. */
function savedLength(): Markup {
  const draft = addPoint(addPoint(newDraft("measure_length"), a), b);
  const made = measurementMarkup(SHEET, draft, calibration);
  if (made === null) throw new Error("no value");
  return markup("m1", { ...made, id: "m1", style: {} });
}

describe("a measurement's comment as the viewer shows it", () => {
  it("is saved language-neutral, as XFDF carries it", () => {
    const length = savedLength();
    expect(length.comment).toBe("18.00 m");
    expect(writeXfdf([length], "plan.pdf")).toContain(
      "<contents>18.00 m</contents>",
    );
  });

  it("reads in the viewer's language", () => {
    const length = savedLength();
    expect(shownComment(length, "fr")).toBe("18,00 m");
    expect(shownComment(length, "en")).toBe("18.00 m");
    expect(shownComment(length, "ar")).toBe("18,00 م");
  });

  it("reads a calibration record's length and scale likewise", () => {
    const made = calibrationMarkup(SHEET, [a, b], {
      ...calibrationFromScale(200),
      knownLengthM: 12.5,
    });
    const record = markup("c1", { ...made, id: "c1", style: {} });
    expect(record.comment).toBe("12.5 m · 1/200");
    expect(shownComment(record, "fr")).toBe("12,50 m · 1/200");
  });

  it("reads a comment the reviewer rewrote as written", () => {
    const rewritten = { ...savedLength(), comment: "18.00 m, recul nord" };
    expect(shownComment(rewritten, "fr")).toBe("18.00 m, recul nord");
    const remark = markup("r1", { comment: "Hauteur 12.50 m" });
    expect(shownComment(remark, "fr")).toBe("Hauteur 12.50 m");
  });

  it("saves a comment left as shown unchanged, and one edited as typed", () => {
    const length = savedLength();
    expect(commentToSave(length, "18,00 m", "fr")).toBe("18.00 m");
    expect(commentToSave(length, "18,00 m, recul nord", "fr")).toBe(
      "18,00 m, recul nord",
    );
  });
});
