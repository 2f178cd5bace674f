import { readdirSync, readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { openSqliteStore } from "../../server/db/sqliteStore";
import { addCommission } from "../../server/directory/directoryAdmin";
import { BlobStore } from "../../server/documents/blobStore";
import { checkPdf } from "../../server/documents/pdfCheck";
import { registerDossier } from "../../server/dossiers/registerDossier";
import {
  corpusFile,
  HAS_CORPUS,
  makePdf,
  quietLogger,
  tempDataDir,
  tifletRegistration,
} from "./serverTestKit";

const data = tempDataDir();
afterAll(() => data.cleanup());

const EXPECTED: Readonly<Record<string, string>> = {
  "pdfjs_poppler-85140-0_huge_mediabox.pdf": "document.error.implausible",
  "qpdf_issue-146_deeply_nested_array.pdf": "document.error.unreadable",
  "qpdf_issue-147_truncated_garbage.pdf": "document.error.unreadable",
  "qpdf_pages_loop.pdf": "document.error.unreadable",
};

describe.skipIf(!HAS_CORPUS)("hostile PDFs at registration", () => {
  it("gives each a clear error while the dossier and its good sheet are fine", async () => {
    const names = readdirSync(corpusFile("malformed")).sort();
    expect(names).toEqual(Object.keys(EXPECTED).sort());
    const store = openSqliteStore(data.dir, quietLogger());
    addCommission(store, { name: "A", commune: "Tiflet", quorum: 3 });

    const good = "plans/autocad2020_layout_5layers.pdf";
    const started = Date.now();
    const { dossier, documents } = await registerDossier(
      store,
      new BlobStore(data.dir),
      quietLogger(),
      tifletRegistration(
        "TF-HOSTILE",
        [good, ...names.map((n) => `malformed/${n}`)].map((path) => ({
          kind: "other",
          title: path,
          fileName: path.split("/").pop()!,
          bytes: new Uint8Array(readFileSync(corpusFile(path))),
        })),
      ),
    );

    expect(Date.now() - started).toBeLessThan(30_000);
    expect(store.dossiers.findDossierByNumber("TF-HOSTILE")?.id).toBe(
      dossier.id,
    );
    const byName = new Map(documents.map((d) => [d.fileName, d]));
    expect(byName.get("autocad2020_layout_5layers.pdf")).toMatchObject({
      pageCount: 1,
      error: null,
    });
    for (const name of names) {
      expect(byName.get(name), name).toMatchObject({
        pageCount: null,
        error: EXPECTED[name],
      });
    }
    store.close();
  });
});

describe("pdf check limits", () => {
  it("gives up with document.error.timeout when a file takes too long", async () => {
    const result = await checkPdf(await makePdf(3), quietLogger(), 1);
    expect(result).toEqual({
      pageCount: null,
      error: "document.error.timeout",
    });
  });

  it("counts the pages of a good file", async () => {
    const result = await checkPdf(await makePdf(3), quietLogger());
    expect(result).toEqual({ pageCount: 3, error: null });
  });
});
