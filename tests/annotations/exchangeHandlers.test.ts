import { execFileSync } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPdfAnnotations } from "../../shared/annotations/pdfAnnotationReader";
import { markupsFromXfdf } from "../../shared/annotations/markupFromXfdf";
import { readXfdf } from "../../shared/annotations/xfdfReader";
import type { DossierDetail, SyncStatus } from "../../shared/contract/requests";
import type { Markup } from "../../shared/domain/entities";
import { type HostClient, waitFor } from "../workstation/support/processes";
import { startExchangeFixture, type ExchangeFixture } from "./exchangeFixture";
import { corpusFile } from "./support";

/*
 * The exchange requests through a real browser-mode host and a real
 * server: an XFDF import is all or nothing, imported markups sync, exports
 * are new files and the stored original never changes.
 */

const pdf = corpusFile("annotations/acrobat_ink.pdf");
const xfdfFile = corpusFile("annotations/acrobat_ink.xfdf");

let fixture: ExchangeFixture;
let host: HostClient;
let dossierId = "";
let documentId = "";

const liveMarkups = () => fixture.liveMarkups();

describe.skipIf(pdf === null || xfdfFile === null)("exchange requests", () => {
  beforeAll(async () => {
    fixture = await startExchangeFixture(pdf ?? "");
    ({ host, dossierId, documentId } = fixture);
  });

  afterAll(async () => {
    await fixture?.stop();
  });

  it("refuses a hostile XFDF and keeps what was saved", async () => {
    const own = await host.call<Markup>("markups.save", {
      id: randomUUID(),
      dossierId,
      documentId,
      sheetIndex: 0,
      kind: "cloud",
      points: [
        { x: 100, y: 100 },
        { x: 200, y: 100 },
        { x: 200, y: 150 },
      ],
      comment: "Recul insuffisant",
      color: "#d62828",
    });

    // The ink's popup keeps page 0; the ink itself points past the sheet.
    const wrongPage = readFileSync(xfdfFile ?? "", "utf8").replace(
      'page="0"',
      'page="7"',
    );
    const answer = await host.answer("markups.importXfdf", {
      dossierId,
      documentId,
      xfdf: wrongPage,
    });
    expect(answer).toMatchObject({
      ok: false,
      error: { key: "xfdf.error.badPage" },
    });
    expect((await liveMarkups()).map((m) => m.id)).toEqual([own.id]);
  });

  it("imports Acrobat's ink as the author's, once, and syncs it", async () => {
    const xfdf = readFileSync(xfdfFile ?? "", "utf8");
    for (let round = 0; round < 2; round += 1) {
      const result = await host.call<{ imported: number }>(
        "markups.importXfdf",
        { dossierId, documentId, xfdf },
      );
      expect(result.imported).toBe(1);
    }

    const markups = await liveMarkups();
    expect(markups).toHaveLength(2);
    const ink = markups.find((m) => m.kind === "ink");
    expect(ink).toMatchObject({
      id: "74071439-12ca-4112-837d-08925634fd3c",
      authorName: "Alex",
      origin: "imported",
      createdAt: "2019-05-31T15:31:44.000Z",
    });

    const status = await waitFor(async () => {
      const s = await host.call<SyncStatus>("sync.now", {});
      return s.pendingChanges === 0 ? s : undefined;
    });
    expect(status.lastErrorKey).toBeNull();
  });

  it("exports XFDF and annotated PDFs as new files", async () => {
    const { xfdf } = await host.call<{ xfdf: string }>("markups.exportXfdf", {
      dossierId,
      documentId,
    });
    const names = readXfdf(xfdf).map((a) => a.attrs["name"]);
    expect(names).toContain("74071439-12ca-4112-837d-08925634fd3c");
    expect(names).toHaveLength(2);

    const { bytes } = await host.call<{ bytes: Uint8Array }>(
      "documents.exportAnnotated",
      { documentId, flatten: false },
    );
    const inPdf = await readPdfAnnotations(bytes);
    expect(inPdf.map((a) => a.attrs["name"])).toEqual(
      expect.arrayContaining(names),
    );

    // The stored original is untouched: same bytes, same hash.
    const detail = await host.call<DossierDetail>("dossiers.get", {
      dossierId,
    });
    const original = await host.call<{ bytes: Uint8Array }>("documents.read", {
      documentId,
    });
    const hash = createHash("sha256").update(original.bytes).digest("hex");
    expect(hash).toBe(detail.documents[0]?.sha256);
  });

  it("lists the PDF's own annotations as read-only document markups", async () => {
    const { markups } = await host.call<{ markups: Markup[] }>(
      "documents.annotations",
      { documentId },
    );
    expect(markups.length).toBeGreaterThan(0);
    expect(markups.every((m) => m.origin === "document")).toBe(true);
    expect(markups.some((m) => m.kind === "ink")).toBe(true);
    const saved = await host.answer("markups.delete", {
      markupId: markups[0]?.id,
    });
    expect(saved).toMatchObject({ ok: false });
  });

  it("words a standard stamp in the exporter's language, as Lajna shows it", async () => {
    await host.call<Markup>("markups.save", {
      id: randomUUID(),
      dossierId,
      documentId,
      sheetIndex: 0,
      kind: "stamp",
      points: [
        { x: 300, y: 500 },
        { x: 460, y: 500 },
        { x: 460, y: 450 },
        { x: 300, y: 450 },
      ],
      comment: "",
      color: "#2b8a3e",
      style: { stampLabel: "approved" },
    });

    const flattenedText = async (language?: string) => {
      const { bytes } = await host.call<{ bytes: Uint8Array }>(
        "documents.exportAnnotated",
        { documentId, flatten: true, ...(language ? { language } : {}) },
      );
      return pdfText(bytes);
    };
    expect(await flattenedText("fr")).toContain("APPROUVÉ");
    expect(await flattenedText("ar")).toContain("موافق عليه");
    expect(await flattenedText()).toContain("APPROVED");

    // Worded in French, the XFDF stamp still reads back as the standard
    // stamp, which each reader of Lajna sees in their own language.
    const { xfdf } = await host.call<{ xfdf: string }>("markups.exportXfdf", {
      dossierId,
      documentId,
      language: "fr",
    });
    const read = markupsFromXfdf(readXfdf(xfdf), {
      pageCount: 1,
      nowIso: "2026-12-05T00:00:00.000Z",
    });
    const stamps = read.markups.filter((m) => m.kind === "stamp");
    expect(stamps.map((m) => m.style.stampLabel)).toEqual(["approved"]);
  });

  it("leaves out markups wholly off the sheet and says how many", async () => {
    const { xfdf } = await host.call<{ xfdf: string }>("markups.exportXfdf", {
      dossierId,
      documentId,
    });
    const before = (await liveMarkups()).length;
    // Made on a larger drawing of another name: every point moved 20,000 pt
    // right, as on an E-size sheet's far side.
    const foreign = shiftedRight(xfdf, 20_000).replace(
      /<f href="[^"]*"/,
      '<f href="E-201 Electrical Plan.pdf"',
    );

    const result = await host.call<{
      imported: number;
      skipped: number;
      outside: number;
    }>("markups.importXfdf", { dossierId, documentId, xfdf: foreign });

    expect(result.imported).toBe(0);
    expect(result.outside).toBeGreaterThan(1);
    expect(result.outside + result.skipped).toBe(readXfdf(xfdf).length);
    expect(await liveMarkups()).toHaveLength(before);
  });
});

/**
 * The XFDF with every x coordinate moved, as another program moves
 * annotations: rects, vertices and gestures, not Lajna's own attributes.
 */
function shiftedRight(xfdf: string, dx: number): string {
  const shift = (list: string) =>
    list.replace(
      /(-?[\d.]+),(-?[\d.]+)/g,
      (_, x: string, y: string) => `${Number(x) + dx},${y}`,
    );
  return xfdf
    .replace(/(rect|start|end|callout|coords)="([^"]*)"/g, (_, name, v) => {
      const numbers = (v as string).split(",").map(Number);
      const moved = numbers.map((n, i) => (i % 2 === 0 ? n + dx : n));
      return `${name as string}="${moved.join(",")}"`;
    })
    .replace(/<(vertices|gesture)>([^<]*)</g, (_, tag, v) => {
      return `<${tag as string}>${shift(v as string)}<`;
    });
}

/** The text poppler reads from a PDF, without its bidi marks. */
function pdfText(bytes: Uint8Array): string {
  const raw = execFileSync("pdftotext", ["-", "-"], {
    input: bytes,
    encoding: "utf8",
  });
  return raw.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "");
}
