import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { annotatedPdf } from "../../shared/annotations/annotatedPdf";
import { calloutOf, textBoxOf } from "../../shared/annotations/markupBoxes";
import { markupsFromXfdf } from "../../shared/annotations/markupFromXfdf";
import { measureLabelOf } from "../../shared/annotations/measureLabels";
import { readPdfAnnotations } from "../../shared/annotations/pdfAnnotationReader";
import { readXfdf } from "../../shared/annotations/xfdfReader";
import { writeXfdf } from "../../shared/annotations/xfdfWriter";
import type { Markup } from "../../shared/domain/entities";
import { renderWithMutool, renderWithPdftoppm, type Raster } from "./raster";
import { asMarkups } from "./support";
import { remark, SHEET_PT, uiMadeMarkups } from "./uiMadeMarkups";

/*
 * Issue 4: markups as the sheet viewer makes them (not drawn by hand)
 * export as the viewer shows them, and our own XFDF reads back as them.
 */

const DPI = 72;
const workDir = mkdtempSync(path.join(tmpdir(), "lajna-ui-made-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

let markups: Markup[] = [];
beforeAll(async () => {
  markups = await uiMadeMarkups();
});

const byKind = (kind: Markup["kind"]) => {
  const found = markups.find((m) => m.kind === kind);
  if (!found) throw new Error(`no ${kind} in the fixture`);
  return found;
};

function gap(a: readonly Xy[], b: readonly Xy[]): number {
  if (a.length !== b.length) return Infinity;
  return Math.max(0, ...a.map((p, i) => dist(p, b[i])));
}

type Xy = { readonly x: number; readonly y: number };
const dist = (p: Xy, q: Xy | undefined) =>
  q ? Math.hypot(p.x - q.x, p.y - q.y) : Infinity;

describe("XFDF of markups made in the viewer", () => {
  it("reads back every tool as the same kind, points and text", () => {
    const text = writeXfdf(markups, "plan.pdf");
    const read = asMarkups(
      markupsFromXfdf(readXfdf(text), { pageCount: 1, nowIso: "" }).markups,
    );
    for (const m of markups) {
      const back = read.find((r) => r.id === m.id);
      expect(back?.kind, m.id).toBe(m.kind);
      expect(back?.comment, m.id).toBe(m.comment);
      expect(gap(back?.points ?? [], m.points), m.id).toBeLessThan(0.01);
      expect(back?.strokes.length, m.id).toBe(m.strokes.length);
      m.strokes.forEach((s, i) =>
        expect(gap(back?.strokes[i] ?? [], s), m.id).toBeLessThan(0.01),
      );
      expect(back?.measurement, m.id).toEqual(m.measurement);
    }
  });

  it("writes an area's outline, a callout's leader and real boxes", () => {
    const text = writeXfdf(markups, "plan.pdf");
    const area = /<polygon [^>]*subject="Measure area"[^>]*>.*?<\/polygon>/s;
    expect(text.match(area)?.[0]).toMatch(/<vertices>[^<]+<\/vertices>/);
    const callout = /<freetext [^>]*intent="FreeTextCallout"[^>]*>/.exec(text);
    expect(callout?.[0]).toMatch(/callout="([-\d.]+,){3}[-\d.]+"/);
    expect(callout?.[0]).toMatch(/fringe="/);
    for (const kind of ["text", "note"]) {
      const id = byKind(kind as Markup["kind"]).id;
      const rect = new RegExp(`rect="([^"]+)" name="${id}"`).exec(text)?.[1];
      const [l = 0, b = 0, r = 0, t = 0] = (rect ?? "").split(",").map(Number);
      expect(r - l, kind).toBeGreaterThan(15);
      expect(t - b, kind).toBeGreaterThan(8);
    }
  });

  it("refuses an area asking for more cut-outs than a markup holds", () => {
    const area = markups.find((m) => m.id === "area") as Markup;
    const ring = "1,1;2,1;2,2";
    const text = writeXfdf([area], "plan.pdf").replace(
      /lajna-cutouts="[^"]*"/,
      `lajna-cutouts="${Array.from({ length: 1001 }, () => ring).join("|")}"`,
    );
    expect(() =>
      markupsFromXfdf(readXfdf(text), { pageCount: 1, nowIso: "" }),
    ).toThrow(expect.objectContaining({ key: "xfdf.error.tooMany" }));
  });

  it("writes a highlight's quad in QuadPoints order and reads either", () => {
    const text = writeXfdf([byKind("highlight")], "plan.pdf");
    const coords = /coords="([^"]+)"/.exec(text)?.[1]?.split(",").map(Number);
    const [x1, y1, x2, y2, x3, y3, x4, y4] = coords ?? [];
    // Top-left, top-right, bottom-left, bottom-right.
    expect([x1 === x3, x2 === x4, y1 === y2, y3 === y4]).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(x1 ?? 0).toBeLessThan(x2 ?? 0);
    expect(y1 ?? 0).toBeGreaterThan(y3 ?? 0);
  });
});

/** Pixels near a spot (points, y up) that differ from the plain page. */
function inkNear(
  plain: Raster,
  drawn: Raster,
  box: { left: number; bottom: number; right: number; top: number },
): number {
  const scale = DPI / 72;
  let count = 0;
  for (let y = box.bottom; y <= box.top; y += 0.5) {
    for (let x = box.left; x <= box.right; x += 0.5) {
      const col = Math.floor(x * scale);
      const row = Math.floor((SHEET_PT.height - y) * scale);
      const i = (row * plain.width + col) * 3;
      const delta = Math.max(
        Math.abs((plain.rgb[i] ?? 0) - (drawn.rgb[i] ?? 0)),
        Math.abs((plain.rgb[i + 1] ?? 0) - (drawn.rgb[i + 1] ?? 0)),
        Math.abs((plain.rgb[i + 2] ?? 0) - (drawn.rgb[i + 2] ?? 0)),
      );
      if (delta >= 40) count += 1;
    }
  }
  return count;
}

const around = (p: Xy, r: number) => ({
  left: p.x - r,
  bottom: p.y - r,
  right: p.x + r,
  top: p.y + r,
});

/** Where the viewer draws each checked part, as boxes in points. */
function partsToCheck(): [string, ReturnType<typeof around>][] {
  const text = textBoxOf(byKind("text"));
  const [tl, tr, br] = text;
  const words = {
    // The last quarter of the words: a 40 x 40 clip showed "Rer".
    left: (tl?.x ?? 0) + 0.75 * ((tr?.x ?? 0) - (tl?.x ?? 0)),
    bottom: br?.y ?? 0,
    right: tr?.x ?? 0,
    top: tl?.y ?? 0,
  };
  const callout = calloutOf(byKind("callout"));
  const tip = callout?.tip ?? { x: 0, y: 0 };
  const end = callout?.end ?? { x: 0, y: 0 };
  const leader = { x: (tip.x + end.x) / 2, y: (tip.y + end.y) / 2 };
  const note = byKind("note").points[0] ?? { x: 0, y: 0 };
  const [hl, , hr, hb] = byKind("highlight").points;
  const midY = ((hl?.y ?? 0) + (hb?.y ?? 0)) / 2;
  const labels = ["calibration", "length", "area"].map((id) => {
    const label = measureLabelOf(markups.find((m) => m.id === id) as Markup);
    const at = label?.at ?? { x: 0, y: 0 };
    return [
      `${id} value`,
      { left: at.x - 12, bottom: at.y, right: at.x + 12, top: at.y + 7 },
    ] as [string, ReturnType<typeof around>];
  });
  return [
    ["text's last words", words],
    ["callout's leader", around(leader, 1.5)],
    ["note icon", around({ x: note.x + 10, y: note.y - 10 }, 3)],
    // A bow-tie leaves the middle of the left and right edges blank.
    ["highlight's left", around({ x: (hl?.x ?? 0) + 6, y: midY }, 2)],
    ["highlight's right", around({ x: (hr?.x ?? 0) - 6, y: midY }, 2)],
    ...labels,
  ];
}

async function blankSheet(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([SHEET_PT.width, SHEET_PT.height]);
  return doc.save();
}

const renderers = [
  ["mutool", renderWithMutool],
  ["pdftoppm", renderWithPdftoppm],
] as const;

describe("annotated and flattened PDF of markups made in the viewer", () => {
  for (const [label, render] of renderers) {
    for (const flatten of [false, true]) {
      const kind = flatten ? "flattened" : "annotated";
      it(`${label} draws them where the viewer does (${kind})`, async () => {
        const base = await blankSheet();
        const plainFile = path.join(workDir, `plain-${label}-${kind}.pdf`);
        const file = path.join(workDir, `${kind}-${label}.pdf`);
        writeFileSync(plainFile, base);
        writeFileSync(file, await annotatedPdf(base, markups, flatten));
        const plain = render(plainFile, workDir, DPI);
        const drawn = render(file, workDir, DPI);
        for (const [part, box] of partsToCheck()) {
          expect(inkNear(plain, drawn, box), part).toBeGreaterThan(2);
        }
      });
    }
  }

  it("reads text, note, callout and highlight back from its annotations", async () => {
    const bytes = await annotatedPdf(await blankSheet(), markups, false);
    const read = asMarkups(
      markupsFromXfdf(await readPdfAnnotations(bytes), {
        pageCount: 1,
        nowIso: "",
      }).markups,
    );
    for (const kind of ["text", "note", "callout", "highlight"] as const) {
      const m = byKind(kind);
      const back = read.find((r) => r.id === m.id);
      expect(back?.kind, kind).toBe(kind);
      expect(gap(back?.points ?? [], m.points), kind).toBeLessThan(0.01);
    }
  });

  it("prints the words and values with their typography (pdftotext)", async () => {
    const file = path.join(workDir, "flat-text.pdf");
    writeFileSync(file, await annotatedPdf(await blankSheet(), markups, true));
    const text = execFileSync("pdftotext", ["-layout", file, "-"], {
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(text).toContain(remark("text"));
    expect(text).not.toContain("?");
    for (const id of ["calibration", "length", "area"]) {
      const m = markups.find((x) => x.id === id) as Markup;
      expect(text).toContain(measureLabelOf(m)?.text ?? "none");
    }
  });
});
