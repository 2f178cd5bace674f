import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { degrees, PDFDocument, StandardFonts } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SearchBox } from "../../../renderer/search/searchHit";
import {
  CORPUS_PLANS,
  HAS_CORPUS,
  readSheets,
  witnessQuads,
  type ReadSheet,
  type WitnessQuad,
} from "./sheetTextKit";

/*
 * Hits on text drawn at a slant or turned a quarter: the box is turned
 * with the text and covers exactly the matched word, from its first
 * letter to its last, where MuPDF places them, on a generated sheet and
 * on a topographic map's labels. Before, a slanted hit was the upright
 * box around its word, over parts of the words beside and above it.
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
  const boxes = hits.map((hit) => {
    expect(hit).toHaveLength(1);
    return hit[0]!;
  });
  return nearest(boxes, witness);
}

/** Of some boxes, the one starting nearest to MuPDF's occurrence. */
function nearest(boxes: readonly SearchBox[], witness: WitnessQuad) {
  const [start] = witness.quad;
  const distance = (box: SearchBox) =>
    Math.hypot(box.quad[0].x - start.x, box.quad[0].y - start.y);
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

/** Expects each corner of a box near the same corner of MuPDF's quad. */
function expectOnWitness(
  box: SearchBox,
  witness: WitnessQuad,
  acrossTolerancePt: number,
): void {
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
      acrossTolerancePt,
    );
  });
}

describe("hits on slanted and turned text", () => {
  it.each(TURNS.map((t) => t.degrees))(
    "boxes the word at %i° where MuPDF places its letters",
    (turn) => {
      const witness = witnessAt(turn);
      expectOnWitness(hitAt(witness), witness, ACROSS_TOLERANCE_PT);
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

describe.skipIf(!HAS_CORPUS)("slanted labels of a topographic map", () => {
  // "Grand Canyon National Park" at 85° and at -3.5°, "Forest Service
  // Rd" at 33°, in a subset Arial whose declared metrics are junk.
  const file = path.join(CORPUS_PLANS, "geopdf_topo_map_17layers.pdf");

  it("boxes words where MuPDF places their letters", async () => {
    const [map] = (await readSheets(new Uint8Array(readFileSync(file)))) as [
      ReadSheet,
    ];
    let checked = 0;
    for (const query of ["Canyon", "National", "Forest", "Service", "Rd"]) {
      const boxes = map.search(query).flat();
      for (const witness of witnessQuads(file, 0, map.view, query)) {
        const { x, y } = witness.along;
        if (Math.abs(x) < 1e-6 || Math.abs(y) < 1e-6) continue;
        const [start, , , top] = witness.quad;
        const heightPt = Math.hypot(top.x - start.x, top.y - start.y);
        expectOnWitness(nearest(boxes, witness), witness, heightPt * 0.1);
        checked++;
      }
    }
    expect(checked).toBe(7);
  });
});
