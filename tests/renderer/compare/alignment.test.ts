import { describe, expect, it } from "vitest";
import { alignedRegions } from "../../../renderer/compare/alignedRegions";
import {
  alignmentFigures,
  automaticAlignment,
  pointAlignment,
} from "../../../renderer/compare/alignment";
import { addPick } from "../../../renderer/compare/alignmentPicking";
import { applySimilarity } from "../../../shared/geo/similarity";
import type { Similarity } from "../../../shared/geo/similarity";

const A2 = { width: 1190.55, height: 1683.78 };
const A3 = { width: 841.89, height: 1190.55 };

describe("automaticAlignment", () => {
  it("lays sheets of the same size one on the other", () => {
    const alignment = automaticAlignment(A2, { ...A2, width: A2.width + 0.2 });
    expect(alignment.source).toBe("identity");
    expect(alignment.transform).toEqual({ a: 1, b: 0, tx: 0, ty: 0 });
  });

  it("scales a sheet of another format to fit and centres it", () => {
    const alignment = automaticAlignment(A2, A3);
    expect(alignment.source).toBe("fitted");
    const corner = applySimilarity(alignment.transform, {
      x: A3.width,
      y: A3.height,
    });
    const origin = applySimilarity(alignment.transform, { x: 0, y: 0 });
    // A3 to A2 is a factor of about 1.414 on both sides: it fills the A2.
    expect(alignmentFigures(alignment).scale).toBeCloseTo(1.4142, 3);
    expect(origin.x).toBeCloseTo(0, 0);
    expect(corner.x).toBeCloseTo(A2.width, 0);
    expect(corner.y).toBeCloseTo(A2.height, 0);
  });
});

describe("point pairs", () => {
  const truth: Similarity = { a: 0.998, b: 0.052, tx: 12.5, ty: -7.25 };
  const newer = [
    { x: 100, y: 80 },
    { x: 900, y: 1300 },
  ];
  const older = newer.map((p) => applySimilarity(truth, p));

  it("are picked older then newer, twice, and give the similarity", () => {
    let picked: Parameters<typeof addPick>[0] = [];
    const clicks = [
      ["older", older[0]],
      ["older", older[1]], // out of turn: ignored
      ["newer", newer[0]],
      ["newer", newer[1]], // out of turn: ignored
      ["older", older[1]],
    ] as const;
    for (const [side, point] of clicks) {
      const outcome = addPick(picked, side, point!);
      expect(outcome.kind).toBe("picking");
      if (outcome.kind === "picking") picked = outcome.picked;
    }
    expect(picked).toEqual([
      { older: older[0], newer: newer[0] },
      { older: older[1] },
    ]);

    const last = addPick(picked, "newer", newer[1]!);
    expect(last.kind).toBe("aligned");
    if (last.kind !== "aligned") return;
    expect(last.alignment.source).toBe("points");
    const probe = applySimilarity(last.alignment.transform, { x: 500, y: 500 });
    const expected = applySimilarity(truth, { x: 500, y: 500 });
    expect(Math.hypot(probe.x - expected.x, probe.y - expected.y)).toBeLessThan(
      1e-9,
    );
  });

  it("refuse two coinciding points on one sheet", () => {
    const picked = [
      { older: { x: 1, y: 1 }, newer: { x: 5, y: 5 } },
      { older: { x: 1, y: 1 } },
    ];
    expect(addPick(picked, "newer", { x: 5, y: 5 })).toEqual({
      kind: "degenerate",
    });
  });

  it("give the same transform as pointAlignment", () => {
    const alignment = pointAlignment([
      { older: older[0]!, newer: newer[0]! },
      { older: older[1]!, newer: newer[1]! },
    ]);
    const figures = alignmentFigures(alignment);
    expect(figures.rotationDeg).toBeCloseTo(
      (Math.atan2(0.052, 0.998) * 180) / Math.PI,
      9,
    );
    expect(figures.dxPt).toBeCloseTo(12.5, 9);
  });
});

describe("alignedRegions", () => {
  const pages = {
    olderIndex: 0,
    newerIndex: 2,
    turn: 0,
    olderUserUnit: 1,
    newerUserUnit: 1,
  } as const;
  const view = { zoom: 2, x: -300.3, y: 41.6 };
  const viewer = { width: 800, height: 600 };

  /** Where the matrix puts a newer bitmap pixel, on the older's pixels. */
  function place(
    m: readonly number[],
    u: { x: number; y: number },
  ): { x: number; y: number } {
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = m;
    return { x: a * u.x + c * u.y + e, y: b * u.x + d * u.y + f };
  }

  it("draws the older sheet as the view and puts the newer where the alignment says", () => {
    const transform: Similarity = { a: 0.9, b: 0.2, tx: 30, ty: -12 };
    const plan = alignedRegions(pages, view, viewer, 1.5, transform);
    expect(plan.older).toEqual({
      pageIndex: 0,
      turn: 0,
      scale: 3,
      userUnit: 1,
      x: Math.round(-300.3 * 1.5),
      y: Math.round(41.6 * 1.5),
      width: 1200,
      height: 900,
    });
    expect(plan.newer.pageIndex).toBe(2);
    expect(plan.newer.scale).toBeCloseTo(3 * Math.hypot(0.9, 0.2), 9);

    // A point q of the newer sheet: PDFium draws it at k·q + (x, y) in
    // the newer bitmap; the matrix must bring that pixel to where the
    // older sheet has S(q).
    const q = { x: 250, y: 410 };
    const u = {
      x: plan.newer.scale * q.x + plan.newer.x,
      y: plan.newer.scale * q.y + plan.newer.y,
    };
    const onOlder = applySimilarity(transform, q);
    const expected = {
      x: onOlder.x * 3 + plan.older.x,
      y: onOlder.y * 3 + plan.older.y,
    };
    const got = place(plan.newerMatrix, u);
    expect(Math.hypot(got.x - expected.x, got.y - expected.y)).toBeLessThan(
      1e-6,
    );
  });

  it("covers the whole view with the newer bitmap, and copies it whole pixel for whole pixel without rotation", () => {
    const identity = alignedRegions(pages, view, viewer, 1, {
      a: 1,
      b: 0,
      tx: 0,
      ty: 0,
    });
    expect(identity.newerMatrix).toEqual([1, 0, -0, 1, 0, 0]);
    expect(identity.newer.x).toBe(identity.older.x);
    expect(identity.newer.width).toBeGreaterThanOrEqual(identity.width);

    const turned = alignedRegions(pages, view, viewer, 1, {
      a: Math.cos(0.3),
      b: Math.sin(0.3),
      tx: 5,
      ty: 5,
    });
    // Every corner of the view comes from inside the newer bitmap.
    const [a, b, c, d, e, f] = turned.newerMatrix;
    const det = a * d - b * c;
    for (const [x, y] of [
      [0, 0],
      [viewer.width, 0],
      [0, viewer.height],
      [viewer.width, viewer.height],
    ] as const) {
      const ux = (d * (x - e) - c * (y - f)) / det;
      const uy = (-b * (x - e) + a * (y - f)) / det;
      expect(ux).toBeGreaterThanOrEqual(-0.5);
      expect(uy).toBeGreaterThanOrEqual(-0.5);
      expect(ux).toBeLessThanOrEqual(turned.newer.width + 0.5);
      expect(uy).toBeLessThanOrEqual(turned.newer.height + 0.5);
    }
  });
});
