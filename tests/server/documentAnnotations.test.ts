import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DossierDetail } from "../../shared/contract/requests";
import type { Markup } from "../../shared/domain/entities";
import { corpusFile } from "../annotations/support";
import {
  dossierDetail,
  drained,
  firstDossierId,
} from "../workstation/support/hostSync";
import {
  HostClient,
  startServer,
  type ServerProcess,
} from "../workstation/support/processes";
import { dataCli, seedCommission } from "../workstation/support/seed";
import { AMINA_AND_BRAHIM } from "../workstation/support/twoWorkstations";

/*
 * A submitted PDF's own annotations become read-only markups on the
 * server at registration, reach a workstation through sync with their own
 * author, match what the workstation reads from the file itself, and an
 * `annotations backfill` converts older dossiers once.
 */

const FILES = [
  "acrobat_ink",
  "acrobat_cloud_polygon",
  "pdfjs_annotation_polyline_polygon",
  "pdfjs_stamps",
] as const;
const pdfs = FILES.map((name) => corpusFile(`annotations/${name}.pdf`));
const missing = pdfs.some((file) => file === null);
const COMMISSION = "Commission provinciale Khemisset";
const [AMINA] = AMINA_AND_BRAHIM;

let root = "";

async function seedDossier(dataDir: string, number: string): Promise<void> {
  await seedCommission(dataDir, {
    services: [{ key: "au", name: "Agence urbaine" }],
    commission: { name: COMMISSION, commune: "Khemisset", quorum: 1 },
    users: [{ ...AMINA, role: "member" }],
  });
  await dataCli(dataDir)(
    ...["dossier", "register", "--number", number],
    ...["--procedure", "building_permit", "--commune", "Khemisset"],
    ...["--applicant", "Demo applicant", "--architect", "Demo architect"],
    ...["--land-title", "T-778/R", "--commission", COMMISSION],
    ...["--parcel", "420000,360000 420030,360000 420030,360025"],
    ...["--deadline", "2026-12-31"],
    ...pdfs.flatMap((file, i) => ["--doc", `site_plan:${file}:${FILES[i]}`]),
  );
}

function storedDocumentMarkups(dataDir: string): number {
  const db = new Database(path.join(dataDir, "lajna.sqlite"));
  try {
    const row = db
      .prepare("SELECT count(*) AS n FROM markups WHERE id LIKE 'document:%'")
      .get() as { n: number };
    return row.n;
  } finally {
    db.close();
  }
}

function summary(markups: readonly Markup[]): string[] {
  return markups
    .map((m) => `${m.id} ${m.kind} ${m.authorName} ${m.createdAt}`)
    .sort();
}

describe.skipIf(missing)("a submitted PDF's own annotations", () => {
  let server: ServerProcess;
  let host: HostClient;
  let detail: DossierDetail;

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), "lajna-docannots-"));
    await seedDossier(path.join(root, "server"), "KH-2026-0101");
    server = await startServer(path.join(root, "server"));
    host = await HostClient.start(path.join(root, "ws"), server.url);
    await host.call("session.signIn", {
      username: AMINA.username,
      password: AMINA.password,
    });
    detail = await dossierDetail(host, await firstDossierId(host));
  });

  afterAll(async () => {
    await Promise.all([host?.process.kill(), server?.process.kill()]);
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("reach the workstation as the file holds them, per document", async () => {
    expect(detail.documents).toHaveLength(FILES.length);
    for (const document of detail.documents) {
      const synced = detail.markups.filter(
        (m) => m.documentId === document.id && m.origin === "document",
      );
      const { markups: fromFile } = await host.call<{ markups: Markup[] }>(
        "documents.annotations",
        { documentId: document.id },
      );
      expect(fromFile.length, document.title).toBeGreaterThan(0);
      expect(summary(synced), document.title).toEqual(summary(fromFile));
    }

    const kinds = new Set(detail.markups.map((m) => m.kind));
    expect([...kinds].sort()).toEqual(
      ["cloud", "ink", "note", "polygon", "polyline", "reply", "stamp"].sort(),
    );
    const ink = detail.markups.find((m) => m.kind === "ink");
    expect(ink).toMatchObject({ authorName: "Alex", authorId: "" });
  });

  it("are read-only for members, who may still reply", async () => {
    const target = detail.markups.find((m) => m.kind === "polygon")!;
    const deleted = await host.answer("markups.delete", {
      markupId: target.id,
    });
    expect(deleted).toMatchObject({ ok: false });
    const edited = await host.answer("markups.save", {
      ...target,
      comment: "changed here",
    });
    expect(edited).toMatchObject({ ok: false });

    const reply = await host.call<Markup>("markups.save", {
      id: crypto.randomUUID(),
      dossierId: target.dossierId,
      documentId: target.documentId,
      sheetIndex: target.sheetIndex,
      kind: "reply",
      inReplyTo: target.id,
      points: target.points.slice(0, 1),
      comment: "Vu en commission",
      color: "#1d3557",
    });
    expect(reply.inReplyTo).toBe(target.id);
    await drained(host);
  });

  it("are left out of the annotated export, where the file has them", async () => {
    const document = detail.documents.find((d) => d.title === "acrobat_ink")!;
    const { bytes } = await host.call<{ bytes: Uint8Array }>(
      "documents.exportAnnotated",
      { documentId: document.id, flatten: false },
    );
    const { readPdfAnnotations } =
      await import("../../shared/annotations/pdfAnnotationReader");
    const inks = (await readPdfAnnotations(bytes)).filter(
      (a) => a.element === "ink",
    );
    expect(inks).toHaveLength(1);
  });
});

describe.skipIf(missing)("annotations backfill", () => {
  it("converts documents registered before, once", async () => {
    const dataDir = path.join(
      mkdtempSync(path.join(tmpdir(), "lajna-backfill-")),
      "server",
    );
    try {
      await seedDossier(dataDir, "KH-2026-0102");
      const atRegistration = storedDocumentMarkups(dataDir);
      expect(atRegistration).toBeGreaterThan(0);
      const cli = dataCli(dataDir);
      expect(await cli("annotations", "backfill")).toContain(
        "0 annotation(s) added",
      );

      // A dossier registered before the conversion existed has none.
      const db = new Database(path.join(dataDir, "lajna.sqlite"));
      db.prepare("DELETE FROM markups WHERE id LIKE 'document:%'").run();
      db.close();
      expect(await cli("annotations", "backfill")).toContain(
        `${FILES.length} document(s) read, ${atRegistration} annotation(s)`,
      );
      expect(storedDocumentMarkups(dataDir)).toBe(atRegistration);
      expect(await cli("annotations", "backfill")).toContain(
        "0 annotation(s) added",
      );
    } finally {
      rmSync(path.dirname(dataDir), { recursive: true, force: true });
    }
  });
});
