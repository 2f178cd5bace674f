import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { degrees, PDFDocument, StandardFonts } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SearchBox } from "../../../renderer/search/searchHit";
import {
  readSheets,
  witnessQuads,
  type ReadSheet,
  type WitnessQuad,
} from "./sheetTextKit";

/*
 * Hits on text drawn at a slant or turned a quarter: the box is turned
 * with the text and covers exactly the matched word, from its first
 * letter to its last, where MuPDF places them. Before, a slanted hit was
 * the upright box around the word and ended a character early or late.
 */

const SIZE_PT = 20;
const LINE = "alpha target omega";
/** Turns of the line, each drawn at its own place on the sheet. */
const TURNS = [
  { degrees: 0, x: 20, y: 40 },
  { degrees: 30, x: 60, y: 120 },
  { degrees: 90, x: 400, y: 120 },
  { degrees: 150, x: 380, y: 380 },
];
/** How far a corner may stand from MuPDF's along the line: a fifth of
 * the narrowest letter here. */
const ALONG_TOLERANCE_PT = 0.5;
/**
 * How far across the line: Helvetica is not embedded, and PDFium's and
 * MuPDF's stand-ins give it other ascents and descents (0.95 and -0.22
 * em against 1.07 and -0.30).
 */
const ACROSS_TOLERANCE_PT = 0.15 * SIZE_PT;

async function turnedSheet(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([480, 480]);
  for (const turn of TURNS) {
    page.drawText(LINE, {
      x: turn.x,
      y: turn.y,
      size: SIZE_PT,
      font,
      rotate: degrees(turn.degrees),
    });
  }
  return pdf.save();
}

let folder = "";
let sheet: ReadSheet;
let witnessed: WitnessQuad[] = [];

beforeAll(async () => {
  const bytes = await turnedSheet();
  folder = mkdtempSync(path.join(tmpdir(), "lajna-slanted-"));
  const file = path.join(folder, "turned.pdf");
  writeFileSync(file, bytes);
  [sheet] = (await readSheets(bytes)) as [ReadSheet];
  witnessed = witnessQuads(file, 0, sheet.view, "target");
}, 60_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** MuPDF's occurrence on the line turned by `turn` degrees. */
function witnessAt(turn: number): WitnessQuad {
  const radians = (turn * Math.PI) / 180;
  const found = witnessed.find(
    (w) =>
      Math.abs(w.along.x - Math.cos(radians)) < 1e-3 &&
      Math.abs(w.along.y - Math.sin(radians)) < 1e-3,
  );
  if (found === undefined) throw new Error(`MuPDF has no ${turn}° line`);
  return found;
}

/** The hit whose box starts nearest to MuPDF's occurrence. */
function hitAt(witness: WitnessQuad): SearchBox {
  const hits = sheet.search("target");
  expect(hits).toHaveLength(TURNS.length);
  const [start] = witness.quad;
  const distance = (box: SearchBox) =>
    Math.hypot(box.quad[0].x - start.x, box.quad[0].y - start.y);
  const boxes = hits.map((hit) => {
    expect(hit).toHaveLength(1);
    return hit[0]!;
  });
  return boxes.reduce((a, b) => (distance(a) <= distance(b) ? a : b));
}

/** How far a point stands from another along and across a direction. */
function offsets(
  point: { x: number; y: number },
  from: { x: number; y: number },
  along: { x: number; y: number },
): { alongPt: number; acrossPt: number } {
  const dx = point.x - from.x;
  const dy = point.y - from.y;
  return {
    alongPt: dx * along.x + dy * along.y,
    acrossPt: -dx * along.y + dy * along.x,
  };
}

describe("hits on slanted and turned text", () => {
  it.each(TURNS.map((t) => t.degrees))(
    "boxes the word at %i° where MuPDF places its letters",
    (turn) => {
      const witness = witnessAt(turn);
      const box = hitAt(witness);
      box.quad.forEach((corner, i) => {
        const { alongPt, acrossPt } = offsets(
          corner,
          witness.quad[i]!,
          witness.along,
        );
        expect(Math.abs(alongPt), `corner ${i} along`).toBeLessThanOrEqual(
          ALONG_TOLERANCE_PT,
        );
        expect(Math.abs(acrossPt), `corner ${i} across`).toBeLessThanOrEqual(
          ACROSS_TOLERANCE_PT,
        );
      });
    },
  );

  it("frames a turned hit by the box around its corners", () => {
    const box = hitAt(witnessAt(30));
    const xs = box.quad.map((p) => p.x);
    const ys = box.quad.map((p) => p.y);
    expect(box.from).toEqual({ x: Math.min(...xs), y: Math.min(...ys) });
    expect(box.to).toEqual({ x: Math.max(...xs), y: Math.max(...ys) });
  });
});
