import { describe, expect, it } from "vitest";
import {
  cloudArcs,
  cloudPath,
  type CloudArc,
  type Point,
} from "../../renderer/markup/cloudGeometry";

/**
 * The centre SVG gives an arc command (rx = ry, no rotation), following the
 * endpoint-to-centre conversion of the SVG specification (appendix F.6.5),
 * for the small-arc flag 0 the cloud path always uses.
 */
function svgArcCentre(arc: CloudArc): Point {
  const { start: s, end: e, radius: r, sweep } = arc;
  const x1 = (s.x - e.x) / 2;
  const y1 = (s.y - e.y) / 2;
  const factor = Math.sqrt(
    Math.max(0, (r * r - x1 * x1 - y1 * y1) / (x1 * x1 + y1 * y1)),
  );
  const sign = sweep === 1 ? 1 : -1; // large-arc 0: + when flags differ
  const cx = sign * factor * y1;
  const cy = sign * factor * -x1;
  return { x: cx + (s.x + e.x) / 2, y: cy + (s.y + e.y) / 2 };
}

function insideRectangle(
  p: Point,
  r: { x0: number; y0: number; x1: number; y1: number },
) {
  return p.x > r.x0 && p.x < r.x1 && p.y > r.y0 && p.y < r.y1;
}

const rect = { x0: 10, y0: 20, x1: 210, y1: 120 };
const corners: Point[] = [
  { x: rect.x0, y: rect.y0 },
  { x: rect.x1, y: rect.y0 },
  { x: rect.x1, y: rect.y1 },
  { x: rect.x0, y: rect.y1 },
];

describe("revision cloud arcs", () => {
  it("covers the outline with chords of about the asked length", () => {
    const arcs = cloudArcs(corners, 25);

    // 200 wide -> 8 chords, 100 high -> 4 chords, on each of two sides.
    expect(arcs).toHaveLength(24);
    for (const arc of arcs) {
      const chord = Math.hypot(
        arc.end.x - arc.start.x,
        arc.end.y - arc.start.y,
      );
      expect(chord).toBeCloseTo(25, 6);
    }

    // Consecutive arcs join, and the last one closes on the first.
    arcs.forEach((arc, i) => {
      const next = arcs[(i + 1) % arcs.length] as CloudArc;
      expect(next.start.x).toBeCloseTo(arc.end.x, 9);
      expect(next.start.y).toBeCloseTo(arc.end.y, 9);
    });
  });

  it.each([
    ["clockwise", corners],
    ["counter-clockwise", [...corners].reverse()],
  ])("bulges outwards for a %s outline", (_name, polygon) => {
    for (const arc of cloudArcs(polygon, 30)) {
      expect(insideRectangle(arc.apex, rect)).toBe(false);

      // The circle SVG draws passes through the apex, and its centre lies
      // on the inner side of the chord, so the drawn arc is the outer one.
      const centre = svgArcCentre(arc);
      const toApex = Math.hypot(arc.apex.x - centre.x, arc.apex.y - centre.y);
      expect(toApex).toBeCloseTo(arc.radius, 6);
      const mid = {
        x: (arc.start.x + arc.end.x) / 2,
        y: (arc.start.y + arc.end.y) / 2,
      };
      const outward = { x: arc.apex.x - mid.x, y: arc.apex.y - mid.y };
      const inward = { x: centre.x - mid.x, y: centre.y - mid.y };
      expect(outward.x * inward.x + outward.y * inward.y).toBeLessThan(0);
    }
  });

  it("gives a closed SVG path of arc commands", () => {
    const path = cloudPath(cloudArcs(corners, 50));
    expect(path.startsWith("M 10 20")).toBe(true);
    expect(path.match(/A /g)).toHaveLength(12);
    expect(path.endsWith("Z")).toBe(true);
  });

  it("draws nothing for a degenerate outline", () => {
    expect(
      cloudArcs(
        [
          { x: 0, y: 0 },
          { x: 5, y: 5 },
        ],
        10,
      ),
    ).toEqual([]);
    expect(cloudPath([])).toBe("");
  });
});
