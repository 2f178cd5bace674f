import { beforeAll, describe, expect, it } from "vitest";
import { UserError } from "../../../shared/contract/errors";
import type { DossierDocument } from "../../../shared/domain/entities";
import { generateDemoData } from "../../../server/demo/generate";
import type { ExtractedSheet } from "../../../renderer/search/documentSheets";
import {
  searchDossier,
  type SearchProgress,
  type SheetSource,
} from "../../../renderer/search/dossierSearch";
import { joinRuns } from "../../../renderer/search/joinedText";
import { sheetTextFromItems } from "../../../renderer/search/sheetText";
import { FIXED_NOW } from "../../demo/demoTestKit";
import { extractSheets } from "./sheetTextKit";

/*
 * The search over a dossier: documents in order, progress after every
 * sheet, scanned sheets and unreadable documents named, and a cancelled
 * search that stops between sheets and lets go of the document it read.
 */

function documentOf(id: string, over: Partial<DossierDocument> = {}) {
  return {
    id,
    dossierId: "dossier-1",
    kind: "level_plan",
    title: `Document ${id}`,
    fileName: `${id}.pdf`,
    sha256: "0".repeat(64),
    sizeBytes: 1,
    pageCount: 1,
    error: null,
    ...over,
  } as DossierDocument;
}

/** A sheet without a text layer, as pdf.js reads a scan. */
function scanned(sheetIndex: number): ExtractedSheet {
  const text = sheetTextFromItems(sheetIndex, []);
  return { text, joined: joinRuns(text) };
}

/** A source over sheets read beforehand, recording what was asked. */
function sourceOf(sheets: ReadonlyMap<string, readonly ExtractedSheet[]>) {
  const asked: string[] = [];
  const closed: string[] = [];
  const source: SheetSource = {
    async *sheets(doc) {
      asked.push(doc.id);
      try {
        const list = sheets.get(doc.id);
        if (list === undefined) throw new UserError("document.error.offline");
        yield* list;
      } finally {
        closed.push(doc.id);
      }
    },
    sheetCount: (doc) => sheets.get(doc.id)?.length ?? null,
  };
  return { source, asked, closed };
}

async function run(
  source: SheetSource,
  documents: DossierDocument[],
  query: string,
  stopAfter = Infinity,
) {
  const reports: SearchProgress[] = [];
  const controller = new AbortController();
  await searchDossier(source, documents, query, controller.signal, (p) => {
    reports.push(p);
    if (reports.length >= stopAfter) controller.abort();
  });
  return reports;
}

describe("searching a dossier", () => {
  const demo = new Map<string, ExtractedSheet[]>();
  const documents: DossierDocument[] = [];

  beforeAll(async () => {
    const data = await generateDemoData({ now: FIXED_NOW });
    const dossier = data.dossiers.find((d) => d.number.includes("-AC-"));
    for (const doc of dossier?.documents ?? []) {
      const id = doc.fileName.replace(".pdf", "");
      const sheets = await extractSheets(new Uint8Array(doc.pdf));
      demo.set(
        id,
        sheets.map((s) => s.sheet),
      );
      documents.push(documentOf(id));
    }
  }, 120_000);

  it("reports after every sheet and finds the hits on the right sheet", async () => {
    const { source } = sourceOf(demo);
    const reports = await run(source, documents, "SEJOUR");

    expect(reports.map((r) => r.sheetsDone)).toEqual([1, 2, 3, 4, 5, 6, 6]);
    expect(reports.every((r) => r.sheetsTotal === 6)).toBe(true);
    const last = reports.at(-1)!;
    expect(last.finished).toBe(true);
    expect(last.results.map((r) => [r.documentId, r.sheetIndex])).toEqual([
      ["04-plan-etage", 0],
      ["04-plan-etage", 0],
    ]);
    expect(last.results[0]?.snippet.match).toBe("Séjour");
    expect(last.noText).toEqual([]);
  });

  it("names scanned sheets and unreadable documents, and goes on", async () => {
    const sheets = new Map(demo);
    sheets.set("scan", [scanned(0), scanned(1)]);
    const { source, asked } = sourceOf(sheets);
    const list = [
      documentOf("scan", { pageCount: 2 }),
      documentOf("broken", { error: "document.error.unreadable" }),
      documentOf("offline"),
      ...documents,
    ];
    const last = (await run(source, list, "chambre")).at(-1)!;

    expect(last.noText).toEqual([
      { documentId: "scan", sheetIndex: 0 },
      { documentId: "scan", sheetIndex: 1 },
    ]);
    expect(last.failed.map((f) => (f.error as UserError).key)).toEqual([
      "document.error.unreadable",
      "document.error.offline",
    ]);
    // A document known to be unreadable is not even asked for.
    expect(asked).not.toContain("broken");
    expect(last.results).toHaveLength(2);
  });

  it("stops between sheets once cancelled and lets the document go", async () => {
    const { source, asked, closed } = sourceOf(demo);
    const reports = await run(source, documents, "chambre", 2);

    expect(reports).toHaveLength(2);
    expect(reports.at(-1)?.finished).toBe(false);
    expect(asked).toEqual(["01-plan-de-situation", "02-plan-de-masse"]);
    expect(closed).toEqual(asked);
  });
});
