import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CHROMIUM } from "../../support/demoStack";
import { usePageFor } from "../support/componentPage";

/*
 * The values of an area, of a length measured along one of its edges and
 * of the two-point calibration on another edge, drawn by MeasureLabels in
 * Chromium with the real font: their boxes must not cross, upright and
 * after a quarter turn (they once read "…P 91.88 m1.92 m").
 */

const ENTRY = `
import { createRoot } from "react-dom/client";
import { flushSync } from "react-dom";
import { registerAllMessages } from "../../../renderer/i18n/registerAll";
import { MeasureLabels } from "../../../renderer/measure/MeasureLabels";
import { calibrationFromTwoPoints } from "../../../shared/measure/calibrate";
import "../../../renderer/measure/measure.css";

registerAllMessages();
// A 24 m x 22 m plot at 1/200, shown small as on a fitted sheet.
const [x0, y0, x1, y1] = [100, 100, 440, 411];
const calibration = calibrationFromTwoPoints(
  { x: x0, y: y1 }, { x: x1, y: y1 }, 24);
const markup = (id, kind, points) => ({
  id, kind, points: points.map(([x, y]) => ({ x, y })), strokes: [],
  deleted: false, comment: "", measurement: { calibration },
});
const markups = [
  markup("calibration", "measure_calibration", [[x0, y1], [x1, y1]]),
  markup("area", "measure_area", [[x0, y0], [x1, y0], [x1, y1], [x0, y1]]),
  markup("length", "measure_length", [[x1, y0], [x1, y1]]),
];
const scale = 0.47;
const viewports = {
  0: (x, y) => [x * scale, (600 - y) * scale],
  90: (x, y) => [y * scale, x * scale],
};
const root = createRoot(document.getElementById("root"));
window.draw = (turn) => {
  const convert = viewports[turn];
  const viewport = { width: 400, height: 400,
    convertToViewportPoint: convert, convertToPdfPoint: convert };
  flushSync(() => root.render(
    <div style={{ position: "relative", width: 400, height: 400 }}>
      <MeasureLabels viewport={viewport} markups={markups} />
    </div>));
  return [...document.querySelectorAll("text")].map((t) => {
    const b = t.getBBox();
    return { text: t.textContent, x: b.x, y: b.y, w: b.width, h: b.height };
  });
};
`;

interface Box {
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

function crosses(a: Box, b: Box): boolean {
  return (
    a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
  );
}

describe.skipIf(!existsSync(CHROMIUM))(
  "measure labels on a shared edge",
  () => {
    const pageNow = usePageFor(ENTRY, import.meta.dirname);

    for (const turn of [0, 90]) {
      it(`keeps the three values apart at ${turn}°`, async () => {
        const boxes = (await pageNow().evaluate(`draw(${turn})`)) as Box[];
        const [calibration, area, length] = boxes.map((b) => b.text);
        expect(calibration).toBe("24,00 m · 1/200");
        expect(area).toMatch(/^526,\d\d m² · P 91,\d\d m$/);
        expect(length).toMatch(/^21,9\d m$/);
        for (const [i, a] of boxes.entries()) {
          for (const b of boxes.slice(i + 1)) {
            expect(crosses(a, b), `${a.text} / ${b.text}`).toBe(false);
          }
        }
      });
    }

    it("keeps a length's value beside its edge", async () => {
      const boxes = (await pageNow().evaluate("draw(0)")) as Box[];
      const length = boxes[2]!;
      // The edge is x = 440 pt, 206.8 px; the value stays within 60 px.
      const centre = length.x + length.w / 2;
      expect(Math.abs(centre - 440 * 0.47)).toBeLessThan(60);
    });
  },
);
