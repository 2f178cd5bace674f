import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  DossierDetail,
  DossierSummary,
  MarkupDraftInput,
  MarkupUndoResult,
  SyncStatus,
} from "../../shared/contract/requests";
import type { Markup } from "../../shared/domain/entities";
import {
  HostClient,
  corpusDir,
  startServer,
  waitFor,
  type ServerProcess,
} from "./support/processes";
import { dataCli, seedCommission } from "./support/seed";

/*
 * The undo history of a member's own markup edits lives in the
 * workstation store: after the host process is restarted on the same
 * data folder, Ctrl+Z still steps back, through the ordinary save path,
 * so the earlier version reaches the server and the other members.
 */

const planPdf = path.join(
  corpusDir,
  "plans/pdfjs_issue21570_freecad_techdraw_A4.pdf",
);
const haveCorpus = existsSync(planPdf);
if (!haveCorpus) {
  process.stderr.write(`undo across restart: ${planPdf} missing\n`);
}

const COMMISSION = "Commission provinciale Khemisset";

let root = "";
let server: ServerProcess;
let hostA: HostClient;
let hostB: HostClient;
let dossierId = "";
let documentId = "";

async function seed(dataDir: string): Promise<void> {
  await seedCommission(dataDir, {
    services: [
      { key: "au", name: "Agence urbaine", binding: true },
      { key: "commune", name: "Commune" },
    ],
    commission: { name: COMMISSION, commune: "Khemisset", quorum: 2 },
    users: [
      {
        username: "amina",
        password: "amina-demo-pass",
        name: "Amina A.",
        role: "member",
        service: "au",
      },
      {
        username: "brahim",
        password: "brahim-demo-pass",
        name: "Brahim B.",
        role: "member",
        service: "commune",
      },
    ],
  });
  await dataCli(dataDir)(
    ...["dossier", "register", "--number", "KH-2026-0077"],
    ...["--procedure", "building_permit", "--commune", "Khemisset"],
    ...["--applicant", "Demo applicant", "--architect", "Demo architect"],
    ...["--land-title", "T-777/R", "--commission", COMMISSION],
    ...["--parcel", "420000,360000 420030,360000 420030,360025"],
    ...["--deadline", "2026-12-31", "--doc", `site_plan:${planPdf}:Site plan`],
  );
}

async function signIn(host: HostClient, username: string): Promise<void> {
  await host.call("session.signIn", {
    username,
    password: `${username}-demo-pass`,
  });
}

/** Syncs a host until its outbox is empty. */
async function drained(host: HostClient): Promise<void> {
  await waitFor(
    async () => {
      const s = await host.call<SyncStatus>("sync.now", {});
      return s.online && s.pendingChanges === 0 ? s : undefined;
    },
    30_000,
    "the outbox to drain",
  );
}

/** The markup as workstation B sees it after syncing, or null. */
async function onB(id: string): Promise<Markup | null> {
  await hostB.answer("sync.now", {});
  const detail = await hostB.call<DossierDetail>("dossiers.get", {
    dossierId,
  });
  return detail.markups.find((m) => m.id === id) ?? null;
}

describe.skipIf(!haveCorpus)("markup undo across a host restart", () => {
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), "lajna-undo-restart-"));
    const serverDir = path.join(root, "server");
    await seed(serverDir);
    server = await startServer(serverDir);
    [hostA, hostB] = await Promise.all([
      HostClient.start(path.join(root, "ws-a"), server.url),
      HostClient.start(path.join(root, "ws-b"), server.url),
    ]);
    await Promise.all([signIn(hostA, "amina"), signIn(hostB, "brahim")]);

    const inbox = await waitFor(async () => {
      await hostA.answer("sync.now", {});
      const list = await hostA.call<DossierSummary[]>("dossiers.list", {});
      return list.length > 0 ? list : undefined;
    });
    dossierId = inbox[0]!.id;
    const detail = await hostA.call<DossierDetail>("dossiers.get", {
      dossierId,
    });
    documentId = detail.documents[0]!.id;
  });

  afterAll(async () => {
    await Promise.all([
      hostA?.process.kill(),
      hostB?.process.kill(),
      server?.process.kill(),
    ]);
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("steps back after a restart and the earlier version syncs", async () => {
    const box = (x: number): MarkupDraftInput["points"] => [
      { x, y: 100 },
      { x: x + 80, y: 100 },
      { x: x + 80, y: 60 },
      { x, y: 60 },
    ];
    const created: MarkupDraftInput = {
      id: randomUUID(),
      dossierId,
      documentId,
      sheetIndex: 0,
      kind: "rectangle",
      points: box(100),
      comment: "Recul insuffisant",
      color: "#d62828",
    };
    await hostA.call<Markup>("markups.save", created);
    await hostA.call<Markup>("markups.save", { ...created, points: box(150) });
    await hostA.call<Markup>("markups.save", {
      ...created,
      points: box(150),
      style: { rotationDeg: 30 },
      zOrder: 2,
    });
    await drained(hostA);
    const turned = await waitFor(async () => {
      const m = await onB(created.id);
      return m?.style.rotationDeg === 30 ? m : undefined;
    });
    expect(turned.zOrder).toBe(2);

    // The workstation restarts on the same data folder.
    await hostA.process.kill();
    hostA = await HostClient.start(path.join(root, "ws-a"), server.url);
    expect(await hostA.call("markups.history", { dossierId })).toEqual({
      canUndo: true,
      canRedo: false,
    });

    const undone = await hostA.call<MarkupUndoResult>("markups.undo", {
      dossierId,
    });
    expect(undone.markup?.style.rotationDeg).toBeUndefined();
    expect(undone.markup?.points[0]?.x).toBe(150);
    expect(undone).toMatchObject({ canUndo: true, canRedo: true });
    await drained(hostA);
    await waitFor(async () => {
      const m = await onB(created.id);
      return m !== null && m.style.rotationDeg === undefined ? m : undefined;
    });

    // Back to the move, then redo it; then undo down to nothing.
    const moved = await hostA.call<MarkupUndoResult>("markups.undo", {
      dossierId,
    });
    expect(moved.markup?.points[0]?.x).toBe(100);
    const redone = await hostA.call<MarkupUndoResult>("markups.redo", {
      dossierId,
    });
    expect(redone.markup?.points[0]?.x).toBe(150);
    await hostA.call("markups.undo", { dossierId });
    const gone = await hostA.call<MarkupUndoResult>("markups.undo", {
      dossierId,
    });
    expect(gone.markup?.deleted).toBe(true);
    expect(gone).toMatchObject({ canUndo: false, canRedo: true });
    const nothing = await hostA.call<MarkupUndoResult>("markups.undo", {
      dossierId,
    });
    expect(nothing.markup).toBeNull();

    await drained(hostA);
    await waitFor(async () =>
      (await onB(created.id)) === null ? true : undefined,
    );
  });

  it("keeps each member's history to their own edits", async () => {
    expect(await hostB.call("markups.history", { dossierId })).toEqual({
      canUndo: false,
      canRedo: false,
    });
    const nothing = await hostB.call<MarkupUndoResult>("markups.undo", {
      dossierId,
    });
    expect(nothing.markup).toBeNull();
  });
});
