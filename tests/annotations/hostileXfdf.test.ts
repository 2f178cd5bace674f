import { describe, expect, it } from "vitest";
import { exchangeLimits } from "../../shared/annotations/exchangeTypes";
import { markupsFromXfdf } from "../../shared/annotations/markupFromXfdf";
import { readXfdf } from "../../shared/annotations/xfdfReader";
import { UserError } from "../../shared/contract/errors";

/** The key an import of `xfdf` onto a 2-sheet document fails with. */
function refusal(xfdf: string): string {
  try {
    markupsFromXfdf(readXfdf(xfdf), {
      pageCount: 2,
      nowIso: "2026-01-01T00:00:00Z",
    });
  } catch (error) {
    if (error instanceof UserError) return error.key;
    throw error;
  }
  return "accepted";
}

function xfdfWith(annotation: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<xfdf xmlns="http://ns.adobe.com/xfdf/"><annots>' +
    annotation +
    "</annots></xfdf>"
  );
}

const square = (attrs: string) => xfdfWith(`<square ${attrs}/>`);

describe("hostile XFDF", () => {
  it("accepts a well-formed square (the baseline the cases vary)", () => {
    expect(refusal(square('page="1" rect="10,10,50,50" name="a"'))).toBe(
      "accepted",
    );
  });

  it("refuses entity expansion and any DOCTYPE", () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE xfdf [<!ENTITY a "aaaaaaaaaa">' +
      '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">' +
      '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>' +
      '<xfdf xmlns="http://ns.adobe.com/xfdf/"><annots>' +
      '<text page="0" rect="1,1,2,2" title="&c;"/></annots></xfdf>';
    expect(refusal(laughs)).toBe("xfdf.error.doctype");

    const external =
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>' +
      '<xfdf><annots><text page="0" rect="1,1,2,2" title="&e;"/></annots></xfdf>';
    expect(refusal(external)).toBe("xfdf.error.doctype");
  });

  it("leaves undeclared entities as text, never expanded", () => {
    const set = markupsFromXfdf(
      readXfdf(
        xfdfWith('<text page="0" rect="1,1,2,2" title="A &amp; B &x;"/>'),
      ),
      { pageCount: 1, nowIso: "2026-01-01T00:00:00Z" },
    );
    expect(set.markups[0]?.authorName).toBe("A & B &x;");
  });

  it("refuses huge and non-finite coordinates", () => {
    expect(refusal(square('page="0" rect="0,0,1e7,10"'))).toBe(
      "xfdf.error.badCoordinate",
    );
    expect(refusal(square('page="0" rect="0,0,1e400,10"'))).toBe(
      "xfdf.error.badCoordinate",
    );
    expect(refusal(square('page="0" rect="0,0,NaN,10"'))).toBe(
      "xfdf.error.badCoordinate",
    );
    expect(
      refusal(
        xfdfWith(
          '<polygon page="0" rect="0,0,1,1"><vertices>1,1;2,Infinity;3,3</vertices></polygon>',
        ),
      ),
    ).toBe("xfdf.error.badCoordinate");
  });

  it("refuses missing required attributes", () => {
    expect(refusal(square('rect="0,0,10,10"'))).toBe(
      "xfdf.error.missingAttribute",
    );
    expect(refusal(square('page="0"'))).toBe("xfdf.error.missingAttribute");
    expect(refusal(xfdfWith('<polygon page="0" rect="0,0,1,1"/>'))).toBe(
      "xfdf.error.missingAttribute",
    );
    expect(refusal(xfdfWith('<line page="0" rect="0,0,1,1" end="1,1"/>'))).toBe(
      "xfdf.error.missingAttribute",
    );
    expect(refusal(xfdfWith('<ink page="0" rect="0,0,1,1"/>'))).toBe(
      "xfdf.error.missingAttribute",
    );
  });

  it("refuses page numbers beyond the document or not numbers", () => {
    expect(refusal(square('page="2" rect="0,0,10,10"'))).toBe(
      "xfdf.error.badPage",
    );
    expect(refusal(square('page="-1" rect="0,0,10,10"'))).toBe(
      "xfdf.error.badPage",
    );
    expect(refusal(square('page="first" rect="0,0,10,10"'))).toBe(
      "xfdf.error.badPage",
    );
  });

  it("refuses files over the size limit and files that are not XFDF", () => {
    const padding = " ".repeat(exchangeLimits.maxXfdfChars);
    expect(refusal(square('page="0" rect="0,0,1,1"') + padding)).toBe(
      "xfdf.error.tooLarge",
    );
    expect(refusal("<xfdf><annots><square></annots>")).toBe(
      "xfdf.error.malformed",
    );
    expect(refusal("<html><body/></html>")).toBe("xfdf.error.malformed");
  });

  it("refuses the whole file when one annotation in it is bad", () => {
    const mixed = xfdfWith(
      '<square page="0" rect="0,0,10,10" name="good"/>' +
        '<square page="9" rect="0,0,10,10" name="bad"/>',
    );
    expect(refusal(mixed)).toBe("xfdf.error.badPage");
  });
});

describe("deeply nested XFDF", () => {
  it("is refused, not a crash", () => {
    const depth = 200_000;
    const nested =
      '<xfdf><annots><text page="0" rect="1,1,2,2">' +
      "<p>".repeat(depth) +
      "</p>".repeat(depth) +
      "</text></annots></xfdf>";
    const started = Date.now();
    let key = "accepted";
    try {
      markupsFromXfdf(readXfdf(nested), {
        pageCount: 1,
        nowIso: "2026-01-01T00:00:00Z",
      });
    } catch (error) {
      key = error instanceof UserError ? error.key : "crash";
    }
    expect(["xfdf.error.malformed", "accepted"]).toContain(key);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
