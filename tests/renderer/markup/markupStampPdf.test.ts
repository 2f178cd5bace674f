import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { afterAll, describe, expect, it } from "vitest";
import { annotatedPdf } from "../../../shared/annotations/annotatedPdf";
import type { Markup } from "../../../shared/domain/entities";
import {
  renderWithMutool,
  renderWithPdftoppm,
  type Raster,
} from "../../annotations/raster";
import { corpusDir } from "../../workstation/support/processes";

/*
 * A service's picture stamp in the annotated and flattened PDF: the
 * picture (a real plan rendered to PNG and JPEG by poppler) is drawn in
 * the stamp's box by poppler and MuPDF alike.
 */

const plan = path.join(
  corpusDir,
  "plans/pdfjs_issue21570_freecad_techdraw_A4.pdf",
);
const DPI = 72;
const PAGE = { width: 612, height: 792 };
const dir = mkdtempSync(path.join(tmpdir(), "lajna-stamp-pdf-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function picture(format: "png" | "jpeg") {
  const base = path.join(dir, `picture-${format}`);
  execFileSync(
    "pdftoppm",
    [`-${format}`, "-r", "20", "-singlefile", plan, base],
    { stdio: ["ignore", "ignore", "ignore"] },
  );
  const bytes = readFileSync(`${base}.${format === "png" ? "png" : "jpg"}`);
  const size = execFileSync(
    "file",
    [`${base}.${format === "png" ? "png" : "jpg"}`],
    {
      encoding: "utf8",
    },
  );
  // `file` names a JPEG's density ("density 20x20") before its size:
  // the size is the last pair.
  const [, w, h] = [...size.matchAll(/(\d+)\s*x\s*(\d+)/g)].at(-1) ?? [];
  return {
    sha256: createHash("sha256").update(bytes).digest("hex"),
    mediaType:
      format === "png" ? ("image/png" as const) : ("image/jpeg" as const),
    widthPx: Number(w),
    heightPx: Number(h),
    dataBase64: bytes.toString("base64"),
  };
}

function stamp(image: ReturnType<typeof picture> | null): Markup {
  return {
    id: "s",
    dossierId: "d",
    documentId: "doc",
    sheetIndex: 0,
    kind: "stamp",
    // A 240 x 160 point box from (150, 300) to (390, 460).
    points: [
      { x: 150, y: 460 },
      { x: 390, y: 460 },
      { x: 390, y: 300 },
      { x: 150, y: 300 },
    ],
    comment: "",
    color: "#1c4e80",
    authorId: "u",
    authorName: "Karim Benali",
    service: "AU",
    createdAt: "2026-12-04T10:00:00.000Z",
    updatedAt: "2026-12-04T10:00:00.000Z",
    deleted: false,
    strokes: [],
    style: {
      stampLabel: "",
      ...(image === null ? {} : { stampImage: image }),
    },
    status: "open",
    inReplyTo: null,
    round: 1,
    subject: "",
    origin: "lajna",
  };
}

/**
 * Pixels not white inside the picture's part of the box (upper 60 %):
 * the rendered plan is a light grey sheet.
 */
function inkInPicture(raster: Raster): number {
  let ink = 0;
  for (let y = 300 + 0.34 * 160 + 4; y < 460 - 0.06 * 160 - 4; y++) {
    for (let x = 150 + 0.05 * 240 + 4; x < 390 - 0.05 * 240 - 4; x++) {
      const i =
        (Math.round(PAGE.height - y) * raster.width + Math.round(x)) * 3;
      if ((raster.rgb[i] ?? 255) < 250) ink++;
    }
  }
  return ink;
}

async function exported(markup: Markup, flatten: boolean, name: string) {
  const blank = await PDFDocument.create();
  blank.addPage([PAGE.width, PAGE.height]);
  const bytes = await annotatedPdf(await blank.save(), [markup], flatten);
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

describe.skipIf(!existsSync(plan))(
  "picture stamps in the annotated PDF",
  () => {
    it.each(["png", "jpeg"] as const)(
      "draws the %s picture in the stamp, annotated or flattened",
      async (format) => {
        const image = picture(format);
        for (const flatten of [false, true]) {
          const file = await exported(
            stamp(image),
            flatten,
            `${format}-${flatten}`,
          );
          for (const render of [renderWithPdftoppm, renderWithMutool]) {
            expect(inkInPicture(render(file, dir, DPI))).toBeGreaterThan(5000);
          }
        }
      },
    );

    it("leaves the box empty for a stamp without a picture", async () => {
      const file = await exported(stamp(null), true, "none");
      expect(inkInPicture(renderWithPdftoppm(file, dir, DPI))).toBe(0);
    });
  },
);
