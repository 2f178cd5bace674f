import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { registerAllMessages } from "../../../renderer/i18n/registerAll";
import { ScaleSelect } from "../../../renderer/measure/ScaleSelect";
import { calibrationFromScale } from "../../../shared/measure/calibrate";

/*
 * The scale list names the sheet's current scale once there is one; it
 * used to keep saying "Choisir une échelle…" after calibrating to 1/200.
 */

function drawn(denominator: number | null): string {
  const current =
    denominator === null ? null : calibrationFromScale(denominator);
  return renderToStaticMarkup(
    createElement(ScaleSelect, { current, onPick: () => undefined }),
  );
}

/** The text of the option the list shows as chosen. */
function chosen(html: string): string | undefined {
  return /<option[^>]*selected=""[^>]*>([^<]*)</.exec(html)?.[1];
}

describe("the scale list", () => {
  beforeAll(registerAllMessages);

  it("invites a choice while the sheet has no scale", () => {
    expect(chosen(drawn(null))).toBe("Choisir une échelle…");
  });

  it("shows 1/200 once the sheet is calibrated to 1/200", () => {
    const html = drawn(200);
    expect(chosen(html)).toBe("1/200");
    expect(html).not.toContain("Choisir une échelle");
  });

  it("adds a scale off the standard list, as calibrated on two points", () => {
    const html = drawn(187.3);
    expect(chosen(html)).toBe("1/187");
    expect(html).toContain(">1/500<");
  });

  it("offers the standard scales from details to rural location plans, in order", () => {
    const options = [...drawn(null).matchAll(/<option value="(\d+)"/g)];
    expect(options.map((m) => Number(m[1]))).toEqual([
      20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000,
    ]);
  });
});
