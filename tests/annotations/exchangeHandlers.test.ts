import { createHash, randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPdfAnnotations } from "../../shared/annotations/pdfAnnotationReader";
import { readXfdf } from "../../shared/annotations/xfdfReader";
import type {
  DossierDetail,
  DossierSummary,
  SyncStatus,
} from "../../shared/contract/requests";
import type { Markup } from "../../shared/domain/entities";
import {
  HostClient,
  startServer,
  waitFor,
  type ServerProcess,
} from "../workstation/support/processes";
import { dataCli, seedCommission } from "../workstation/support/seed";
import { corpusFile } from "./support";

/*
 * The exchange requests through a real browser-mode host and a real
 * server: an XFDF import is all or nothing, imported markups sync, exports
 * are new files and the stored original never changes.
 */

const pdf = corpusFile("annotations/acrobat_ink.pdf");
const xfdfFile = corpusFile("annotations/acrobat_ink.xfdf");
const COMMISSION = "Commission provinciale Khemisset";

let root = "";
let server: ServerProcess;
let host: HostClient;
let dossierId = "";
let documentId = "";

async function seed(dataDir: string): Promise<void> {
  await seedCommission(dataDir, {
    services: [{ key: "au", name: "Agence urbaine" }],
    commission: { name: COMMISSION, commune: "Khemisset", quorum: 1 },
    users: [
      {
        username: "amina",
        password: "amina-demo-pass",
        name: "Amina A.",
        role: "member",
        service: "au",
      },
    ],
  });
  const cli = dataCli(dataDir);
  await cli(
    "dossier",
    "register",
    "--number",
    "KH-2026-0077",
    "--procedure",
    "building_permit",
    "--commune",
    "Khemisset",
    "--applicant",
    "Demo applicant",
    "--architect",
    "Demo architect",
    "--land-title",
    "T-777/R",
    "--parcel",
    "420000,360000 420030,360000 420030,360025 420000,360025",
    "--commission",
    COMMISSION,
    "--deadline",
    "2026-12-31",
    "--doc",
    `site_plan:${pdf}:Site plan`,
  );
}

async function liveMarkups(): Promise<Markup[]> {
  const detail = await host.call<DossierDetail>("dossiers.get", { dossierId });
  // The PDF's own annotations come from the server; these tests are about
  // the member's markups and imports.
  return detail.markups.filter((m) => !m.deleted && m.origin !== "document");
}

describe.skipIf(pdf === null || xfdfFile === null)("exchange requests", () => {
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), "lajna-exchange-"));
    await seed(path.join(root, "server"));
    server = await startServer(path.join(root, "server"));
    host = await HostClient.start(path.join(root, "ws"), server.url);
    await host.call("session.signIn", {
      username: "amina",
      password: "amina-demo-pass",
    });
    const inbox = await waitFor(async () => {
      await host.answer("sync.now", {});
      const list = await host.call<DossierSummary[]>("dossiers.list", {});
      return list.length > 0 ? list : undefined;
    });
    dossierId = inbox[0]?.id ?? "";
    const detail = await host.call<DossierDetail>("dossiers.get", {
      dossierId,
    });
    documentId = detail.documents[0]?.id ?? "";
  });

  afterAll(async () => {
    await Promise.all([host?.process.kill(), server?.process.kill()]);
    if (root) rmSync(root, { recursive: true, force: true });
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
});
