import { describe, expect, it } from "vitest";
import { exchangeLimits } from "../../shared/annotations/exchangeTypes";
import { markupsFromXfdf } from "../../shared/annotations/markupFromXfdf";
import { exportXfdf } from "../../shared/annotations/xfdfExport";
import { readXfdf } from "../../shared/annotations/xfdfReader";
import {
  STAMP_IMAGE_MAX_BYTES,
  type StampImage,
} from "../../shared/domain/stamps";
import type { Markup } from "../../shared/domain/entities";
import { noisePng, stampImageOf } from "./pngPictures";
import { box, markup } from "./sampleMarkups";

/*
 * A dossier's stamps re-import from our own XFDF: 20 stamps of one
 * service picture and 5 of other pictures, each picture as large as a
 * service may upload and incompressible. Each appearance must still hold
 * its picture for other readers; the exact file rides once per picture.
 */

/** Noise pictures just under the upload limit (290 x 300 RGB). */
function largePicture(seed: number): StampImage {
  const png = noisePng(290, 300, seed);
  expect(png.length).toBeGreaterThan(0.99 * STAMP_IMAGE_MAX_BYTES);
  expect(png.length).toBeLessThanOrEqual(STAMP_IMAGE_MAX_BYTES);
  return stampImageOf(png, 290, 300);
}

function stampWith(image: StampImage, index: number): Markup {
  const x = 40 + (index % 5) * 150;
  const y = 60 + Math.floor(index / 5) * 100;
  return markup(`stamp-${index}`, {
    kind: "stamp",
    points: box(x, y, 140, 80),
    color: "#1040c0",
    style: { stampLabel: "Avis", stampImage: image },
  });
}

describe("a dossier's picture stamps in one XFDF", () => {
  it("re-imports 25 stamps of 256 KB pictures, bytes exact", async () => {
    const service = largePicture(7);
    const others = [11, 12, 13, 14, 15].map(largePicture);
    const images = [...Array.from({ length: 20 }, () => service), ...others];
    const stamps = images.map(stampWith);

    const xfdf = await exportXfdf(stamps, "plan.pdf");
    process.stdout.write(
      `25 stamps of 256 KB pictures: ${(xfdf.length / 1e6).toFixed(1)} MB ` +
        `of XFDF (limit ${exchangeLimits.maxXfdfChars / 1e6} MB)\n`,
    );
    expect(xfdf.length).toBeLessThan(exchangeLimits.maxXfdfChars);
    const back = markupsFromXfdf(readXfdf(xfdf), {
      pageCount: 1,
      nowIso: "2026-03-02T00:00:00.000Z",
    }).markups;
    expect(back).toHaveLength(25);
    back.forEach((markup, i) => {
      expect(markup.style.stampImage).toEqual(images[i]);
    });

    // Each appearance draws its picture; the file rides six times only.
    const appearances = [...xfdf.matchAll(/<appearance>([^<]*)</g)].map((m) =>
      Buffer.from(m[1] ?? "", "base64").toString("utf8"),
    );
    expect(appearances).toHaveLength(25);
    for (const xml of appearances)
      expect(xml).toContain('"Subtype" VAL="Image"');
    const carried = appearances.filter((xml) => xml.includes('KEY="Data"'));
    expect(carried).toHaveLength(6);
  });
});
