import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import {
  applyAffine,
  invertAffine,
  compose,
  SingularMatrixError,
} from "../../renderer/map/affine";
import {
  imageToPdfAffine,
  mapToCanvasAffine,
  placementScaleDenominator,
  sheetImageToCanvas,
  type MapCanvasFrame,
} from "../../renderer/map/sheetTransform";
import { similarityFromTwoPoints } from "../../shared/geo/similarity";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const sitePlan = path.resolve(
  repoRoot,
  "../shared/corpus/plans/autocad2024_site_plan_existing_proposed_archD_10layers.pdf",
);
if (!existsSync(sitePlan)) {
  process.stderr.write(
    `skipping the corpus sheet check: ${sitePlan} is absent\n`,
  );
}

// What pdf.js gives for an unrotated page of height 1728 pt at scale 0.5.
const VIEWPORT_HALF = [0.5, 0, 0, -0.5, 0, 864];

function expectClose(actual: { x: number; y: number }, x: number, y: number) {
  expect(actual.x).toBeCloseTo(x, 6);
  expect(actual.y).toBeCloseTo(y, 6);
}

describe("affine matrices", () => {
  it("compose in the order points travel and invert exactly", () => {
    const scale = [2, 0, 0, 2, 0, 0] as const;
    const shift = [1, 0, 0, 1, 10, -5] as const;

    expectClose(applyAffine(compose(scale, shift), { x: 3, y: 4 }), 16, 3);
    expectClose(applyAffine(compose(shift, scale), { x: 3, y: 4 }), 26, -2);

    const chain = compose(scale, shift);
    const back = applyAffine(invertAffine(chain), { x: 16, y: 3 });
    expectClose(back, 3, 4);
  });

  it("refuses to invert a singular matrix", () => {
    expect(() => invertAffine([1, 2, 2, 4, 0, 0])).toThrow(SingularMatrixError);
  });
});

describe("the sheet image to map canvas chain", () => {
  // Two corners of a parcel on a sheet drawn at 1:500 and their
  // coordinates in EPSG:26191: 100 pt on paper is 17.64 m on the ground.
  const sheetPoints = [
    { x: 100, y: 100 },
    { x: 1100, y: 100 },
  ] as const;
  const groundPerPoint = 500 * (0.0254 / 72);
  const mapPoints = [
    { x: 452_000, y: 381_000 },
    { x: 452_000 + 1000 * groundPerPoint, y: 381_000 },
  ] as const;
  const placement = similarityFromTwoPoints(sheetPoints, mapPoints);
  const frame: MapCanvasFrame = {
    extent: [451_900, 380_900, 452_300, 381_200],
    resolutionM: 0.5,
    pixelRatio: 2,
  };

  it("sends an image pixel to the canvas pixel of its map point", () => {
    const imageToPdf = imageToPdfAffine(VIEWPORT_HALF);
    const m = sheetImageToCanvas(imageToPdf, placement, frame);

    // PDF (100, 100) is image pixel (50, 814) at scale 0.5; it lies on
    // map (452000, 381000): 100 m right of the extent's left edge and
    // 200 m below its top, at 4 canvas pixels per metre.
    expectClose(applyAffine(m, { x: 50, y: 814 }), 400, 800);

    // PDF (1100, 100) is image pixel (550, 814).
    const east = (1000 * groundPerPoint) / 0.5;
    expectClose(applyAffine(m, { x: 550, y: 814 }), 400 + east * 2, 800);
  });

  it("keeps north up on the canvas for an unrotated sheet", () => {
    const m = sheetImageToCanvas(
      imageToPdfAffine(VIEWPORT_HALF),
      placement,
      frame,
    );
    // Image y grows downwards, PDF and map y upwards, canvas y downwards:
    // moving down the image must move down the canvas.
    const top = applyAffine(m, { x: 50, y: 0 });
    const bottom = applyAffine(m, { x: 50, y: 100 });
    expect(bottom.y).toBeGreaterThan(top.y);
  });

  it("follows a rotated placement", () => {
    // The same sheet turned a quarter turn anticlockwise on the map.
    const rotated = similarityFromTwoPoints(sheetPoints, [
      { x: 452_000, y: 381_000 },
      { x: 452_000, y: 381_000 + 1000 * groundPerPoint },
    ]);
    const m = sheetImageToCanvas(
      imageToPdfAffine(VIEWPORT_HALF),
      rotated,
      frame,
    );
    const north = (1000 * groundPerPoint) / 0.5;
    expectClose(applyAffine(m, { x: 550, y: 814 }), 400, 800 - north * 2);
  });

  it("maps map metres to the canvas with y flipped", () => {
    const m = mapToCanvasAffine(frame);
    expectClose(applyAffine(m, { x: 451_900, y: 381_200 }), 0, 0);
    expectClose(applyAffine(m, { x: 452_300, y: 380_900 }), 1600, 1200);
  });

  it("reads the scale the placement implies", () => {
    expect(placementScaleDenominator(placement)).toBeCloseTo(500, 6);
  });
});

describe("with a real pdf.js viewport", () => {
  it.skipIf(!existsSync(sitePlan))(
    "agrees with convertToPdfPoint on the ARCH D site plan",
    async () => {
      const data = new Uint8Array(readFileSync(sitePlan));
      const pdf = await getDocument({ data, isEvalSupported: false }).promise;
      const page = await pdf.getPage(1);
      const viewport = page.getViewport({ scale: 0.37 });
      const imageToPdf = imageToPdfAffine(viewport.transform);

      for (const [px, py] of [
        [0, 0],
        [viewport.width, viewport.height],
        [123.4, 567.8],
      ] as const) {
        const [x, y] = viewport.convertToPdfPoint(px, py) as [number, number];
        expectClose(applyAffine(imageToPdf, { x: px, y: py }), x, y);
      }
      await pdf.destroy();
    },
  );
});
