import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_PDF_ANNOTATIONS } from "../../shared/annotations/pdfAnnotationReader";
import type { DossierDocument } from "../../shared/domain/entities";
import { openSqliteStore } from "../../server/db/sqliteStore";
import { addCommission } from "../../server/directory/directoryAdmin";
import { readDocumentMarkups } from "../../server/documents/documentAnnotations";
import {
  makePdf,
  quietLogger,
  registerDossierArgs,
  runCli,
  tempDataDir,
} from "./serverTestKit";
import { rawPdf } from "../support/rawPdf";

/*
 * A submitted PDF with 200,000 annotations stopped the whole registration
 * (and the resubmission) with a stack overflow. Its annotations are now
 * left out, in words in the report, and the dossier registers.
 */

const ANNOTATIONS = 200_000;

/** One sheet carrying `count` visible squares, written as raw bytes. */
function crowdedPdf(count: number): Buffer {
  const square = "<</Subtype/Square/Rect[10 10 20 20]/C[1 0 0]>>";
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [${square.repeat(count)}] >>`,
  ];
  return Buffer.from(rawPdf(objects));
}

let data: { dir: string; cleanup: () => void };
let crowded: string;
let good: string;

beforeAll(async () => {
  data = tempDataDir();
  const store = openSqliteStore(data.dir, quietLogger());
  addCommission(store, { name: "Khemisset", commune: "Khemisset", quorum: 3 });
  store.close();
  crowded = join(data.dir, "crowded.pdf");
  writeFileSync(crowded, crowdedPdf(ANNOTATIONS));
  good = join(data.dir, "good.pdf");
  writeFileSync(good, await makePdf(2));
});
afterAll(() => data.cleanup());

const notImported =
  `annotations not imported: the file holds ${ANNOTATIONS} annotations, ` +
  `more than the ${MAX_PDF_ANNOTATIONS} Lajna imports`;

describe("a PDF crowded with annotations", () => {
  it("registers with its dossier, its annotations left out in words", async () => {
    const run = await runCli(
      registerDossierArgs(data.dir, "KH-CROWD", [
        `site_plan:${good}`,
        `other:${crowded}`,
      ]),
    );
    expect(run.stderr).not.toContain("RangeError");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("dossier KH-CROWD registered");
    expect(run.stdout).toContain("site_plan good.pdf: 2 page(s)");
    expect(run.stdout).toContain("other crowded.pdf: 1 page(s)");
    expect(run.stdout).toContain(notImported);
  }, 120_000);

  it("is resubmitted the same way", async () => {
    const run = await runCli([
      ...["dossier", "resubmit", "--data", data.dir, "--number", "KH-CROWD"],
      ...["--deadline", "2027-01-31", "--document", `other:${crowded}`],
    ]);
    expect(run.stderr).not.toContain("RangeError");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("dossier KH-CROWD resubmitted: round 2");
    expect(run.stdout).toContain(notImported);
  }, 120_000);
});

describe("a document whose annotations cannot be read", () => {
  it("yields no markups and says why", async () => {
    const document = {
      id: "d1",
      dossierId: "x1",
      kind: "site_plan",
      pageCount: 1,
      error: null,
    } as DossierDocument;
    const bytes = new TextEncoder().encode("%PDF-1.7\nnot a pdf");
    const read = await readDocumentMarkups(bytes, document, quietLogger());
    expect(read.markups).toEqual([]);
    expect(read.skipped?.key).toBe("document.error.annotationsUnreadable");
  });
});
