import { describe, expect, it } from "vitest";
import {
  requireSameDocument,
  touchesSheet,
} from "../../electron/services/handlers/xfdfImportChecks";
import {
  namesDocument,
  xfdfTargetFile,
} from "../../shared/annotations/xfdfTarget";
import type { ExchangedMarkup } from "../../shared/annotations/exchangeTypes";
import type { DossierDocument } from "../../shared/domain/entities";

function document(
  id: string,
  fileName: string,
  title: string,
): DossierDocument {
  return {
    id,
    dossierId: "d1",
    kind: "site_plan",
    title,
    fileName,
    sha256: "0".repeat(64),
    sizeBytes: 1,
    pageCount: 1,
    error: null,
  };
}

const sitePlan = document("a", "02-plan-de-masse.pdf", "Plan de masse");
const location = document("b", "01-plan-de-situation.pdf", "Plan de situation");
const xfdfFor = (href: string) =>
  `<?xml version="1.0"?><xfdf><annots/><f href="${href}"/></xfdf>`;

describe("which document an XFDF was made for", () => {
  it("reads the <f href>, in either quotes and with entities", () => {
    expect(xfdfTargetFile(xfdfFor("a &amp; b.pdf"))).toBe("a & b.pdf");
    expect(xfdfTargetFile("<xfdf><f  href='x.pdf' /></xfdf>")).toBe("x.pdf");
    expect(xfdfTargetFile("<xfdf><annots/></xfdf>")).toBeNull();
  });

  it("matches file names whatever folder or letter case", () => {
    expect(
      namesDocument("C:\\Plans\\02-Plan-de-Masse.PDF", "02-plan-de-masse.pdf"),
    ).toBe(true);
    expect(
      namesDocument("/home/a/02-plan-de-masse.pdf", "02-plan-de-masse.pdf"),
    ).toBe(true);
    expect(namesDocument("03-coupe.pdf", "02-plan-de-masse.pdf")).toBe(false);
  });

  it("asks when the file names another document of the dossier", () => {
    const docs = [sitePlan, location];
    expect(() =>
      requireSameDocument(xfdfFor("02-plan-de-masse.pdf"), location, docs),
    ).toThrowError(
      expect.objectContaining({
        key: "xfdf.error.otherDocument",
        params: { file: "Plan de masse", document: "Plan de situation" },
      }),
    );
  });

  it("does not ask for its own file, a renamed one, or none", () => {
    const docs = [sitePlan, location];
    for (const xfdf of [
      xfdfFor("02-plan-de-masse.pdf"),
      xfdfFor("xfdfAnnotationInk.pdf"),
      "<xfdf><annots/></xfdf>",
    ]) {
      expect(() => requireSameDocument(xfdf, sitePlan, docs)).not.toThrow();
    }
  });
});

describe("markups off their sheet", () => {
  const box = { x: 0, y: 0, width: 842, height: 595 };
  const markup = (points: { x: number; y: number }[], sheetIndex = 0) =>
    ({ sheetIndex, points, strokes: [] }) as unknown as ExchangedMarkup;

  it("keeps a markup with any part on the sheet", () => {
    expect(
      touchesSheet(
        markup([
          { x: -50, y: 10 },
          { x: 5, y: 20 },
        ]),
        [box],
      ),
    ).toBe(true);
  });

  it("leaves out one wholly beside the sheet or on a sheet it lacks", () => {
    expect(
      touchesSheet(
        markup([
          { x: 900, y: 10 },
          { x: 950, y: 20 },
        ]),
        [box],
      ),
    ).toBe(false);
    expect(touchesSheet(markup([{ x: 10, y: 10 }], 3), [box])).toBe(false);
  });
});
