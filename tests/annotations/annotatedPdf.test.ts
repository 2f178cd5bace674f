import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { annotatedPdf } from "../../shared/annotations/annotatedPdf";
import { outlineOf } from "../../shared/annotations/markupBoxes";
import { markupsFromXfdf } from "../../shared/annotations/markupFromXfdf";
import { readPdfAnnotations } from "../../shared/annotations/pdfAnnotationReader";
import type { Markup } from "../../shared/domain/entities";
import { sampleMarkups as markups } from "./sampleMarkups";
import { corpusFile } from "./support";
import { renderWithMutool, renderWithPdftoppm, type Raster } from "./raster";

const sheet = corpusFile("plans/pdfjs_issue21570_freecad_techdraw_A4.pdf");
const workDir = mkdtempSync(path.join(tmpdir(), "lajna-annotated-"));
afterAll(() => {
  if (!process.env["LAJNA_KEEP_RENDERS"]) {
    rmSync(workDir, { recursive: true, force: true });
  }
});

const DPI = 36;
const PX_PER_PT = DPI / 72;
/** Room for line width, arrow heads, cloud scallops and anti-aliasing. */
const MARGIN_PT = 14;

/** The markup's reach on the page, in points: [left, bottom, right, top]. */
function reach(m: Markup): [number, number, number, number] {
  const all = [...outlineOf(m), ...m.strokes.flat()];
  const xs = all.map((p) => p.x);
  const ys = all.map((p) => p.y);
  return [
    Math.min(...xs) - MARGIN_PT,
    Math.min(...ys) - MARGIN_PT,
    Math.max(...xs) + MARGIN_PT,
    Math.max(...ys) + MARGIN_PT,
  ];
}

/**
 * Pixels that differ from the plain sheet, counted per markup reach, and
 * those outside every reach. Page height maps y up to rows down.
 */
function differences(plain: Raster, annotated: Raster, pageHeightPt: number) {
  const inside = new Map<string, number>();
  let outside = 0;
  for (let row = 0; row < plain.height; row += 1) {
    for (let col = 0; col < plain.width; col += 1) {
      const i = (row * plain.width + col) * 3;
      const delta = Math.max(
        Math.abs((plain.rgb[i] ?? 0) - (annotated.rgb[i] ?? 0)),
        Math.abs((plain.rgb[i + 1] ?? 0) - (annotated.rgb[i + 1] ?? 0)),
        Math.abs((plain.rgb[i + 2] ?? 0) - (annotated.rgb[i + 2] ?? 0)),
      );
      if (delta < 48) continue;
      const x = (col + 0.5) / PX_PER_PT;
      const y = pageHeightPt - (row + 0.5) / PX_PER_PT;
      const owner = markups.find((m) => {
        const [l, b, r, t] = reach(m);
        return x >= l && x <= r && y >= b && y <= t;
      });
      if (owner) inside.set(owner.id, (inside.get(owner.id) ?? 0) + 1);
      else outside += 1;
    }
  }
  return { inside, outside };
}

const renderers = [
  ["mutool draw", renderWithMutool],
  ["pdftoppm", renderWithPdftoppm],
] as const;

describe.skipIf(sheet === null)("annotated and flattened PDF export", () => {
  const write = async (name: string, flatten: boolean) => {
    const original = readFileSync(sheet ?? "");
    const bytes = await annotatedPdf(original, markups, flatten);
    const file = path.join(workDir, name);
    writeFileSync(file, bytes);
    return file;
  };

  for (const [label, render] of renderers) {
    for (const flatten of [false, true]) {
      it(`${label} shows each ${flatten ? "flattened " : ""}markup where Lajna puts it`, async () => {
        const file = await write(
          `${flatten ? "flat" : "annot"}-${label.replace(" ", "")}.pdf`,
          flatten,
        );
        const plain = render(sheet ?? "", workDir, DPI);
        const annotated = render(file, workDir, DPI);
        expect([annotated.width, annotated.height]).toEqual([
          plain.width,
          plain.height,
        ]);

        const { inside, outside } = differences(plain, annotated, 595);
        for (const m of markups) {
          expect(inside.get(m.id) ?? 0, `${m.id} drawn`).toBeGreaterThan(8);
        }
        expect(outside).toBe(0);
      });
    }
  }

  it("writes real annotations that read back as the same markups", async () => {
    const file = await write("readback.pdf", false);
    const annotations = await readPdfAnnotations(readFileSync(file));
    const read = markupsFromXfdf(annotations, {
      pageCount: 1,
      nowIso: "2026-01-01T00:00:00.000Z",
    }).markups;
    expect(read.map((m) => m.name).sort()).toEqual(
      markups.map((m) => m.id).sort(),
    );
    const cloud = read.find((m) => m.name === "cloud");
    expect(cloud?.kind).toBe("cloud");
    expect(cloud?.points).toEqual(markups[0]?.points);
    expect(cloud?.authorName).toBe("Nadia Alaoui");
    expect(cloud?.createdAt).toBe("2026-03-01T09:00:00.000Z");
    expect(read.find((m) => m.name === "text")?.comment).toBe("Retrait 5 m");
  });

  it("never changes the original bytes", async () => {
    const original = readFileSync(sheet ?? "");
    const copy = new Uint8Array(original);
    await annotatedPdf(copy, markups, true);
    expect(Buffer.compare(Buffer.from(copy), original)).toBe(0);
  });
});

describe("annotations inside a submitted PDF", () => {
  const pdf = corpusFile("annotations/pdfjs_annotation_polyline_polygon.pdf");
  it.skipIf(pdf === null)("are read as markups", async () => {
    const annotations = await readPdfAnnotations(readFileSync(pdf ?? ""));
    const read = markupsFromXfdf(annotations, {
      pageCount: 1,
      nowIso: "2026-01-01T00:00:00.000Z",
    }).markups;
    expect(read.map((m) => m.kind).sort()).toEqual(["polygon", "polyline"]);
    const polygon = read.find((m) => m.kind === "polygon");
    expect(polygon?.points[0]?.x).toBeCloseTo(72.3165, 3);
    expect(polygon?.points.length).toBeGreaterThan(5);
  });

  const acrobat = corpusFile("annotations/acrobat_cloud_polygon.pdf");
  it.skipIf(acrobat === null)("keep Acrobat's cloud and replies", async () => {
    const annotations = await readPdfAnnotations(readFileSync(acrobat ?? ""));
    const read = markupsFromXfdf(annotations, {
      pageCount: 1,
      nowIso: "2026-01-01T00:00:00.000Z",
    }).markups;
    expect(read.some((m) => m.kind === "cloud")).toBe(true);
    expect(read.some((m) => m.kind === "reply" && m.inReplyToName)).toBe(true);
  });
});
