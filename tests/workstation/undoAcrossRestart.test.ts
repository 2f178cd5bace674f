import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  MarkupDraftInput,
  MarkupUndoResult,
} from "../../shared/contract/requests";
import type { Markup } from "../../shared/domain/entities";
import { drained } from "./support/hostSync";
import { corpusDir, waitFor, type HostClient } from "./support/processes";
import { AMINA_AND_BRAHIM, TwoWorkstations } from "./support/twoWorkstations";

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

const ws = new TwoWorkstations({
  tempPrefix: "lajna-undo-restart-",
  commission: {
    name: "Commission provinciale Khemisset",
    commune: "Khemisset",
    quorum: 2,
  },
  members: AMINA_AND_BRAHIM,
  dossier: { number: "KH-2026-0077", landTitle: "T-777/R", sitePlan: planPdf },
});

/** The markup as workstation B sees it after syncing, or null. */
async function onB(id: string): Promise<Markup | null> {
  await ws.b.answer("sync.now", {});
  const detail = await ws.detail(ws.b);
  return detail.markups.find((m) => m.id === id) ?? null;
}

/** The member's undo state on the dossier, as `host` has it. */
const history = (host: HostClient) =>
  host.call("markups.history", { dossierId: ws.dossierId });

/** Steps the member's edits on the dossier back, or forward again. */
const undo = (host: HostClient) =>
  host.call<MarkupUndoResult>("markups.undo", { dossierId: ws.dossierId });
const redo = (host: HostClient) =>
  host.call<MarkupUndoResult>("markups.redo", { dossierId: ws.dossierId });

describe.skipIf(!haveCorpus)("markup undo across a host restart", () => {
  beforeAll(() => ws.start());
  afterAll(() => ws.close());

  it("steps back after a restart and the earlier version syncs", async () => {
    const box = (x: number): MarkupDraftInput["points"] => [
      { x, y: 100 },
      { x: x + 80, y: 100 },
      { x: x + 80, y: 60 },
      { x, y: 60 },
    ];
    const created = ws.draft({
      kind: "rectangle",
      points: box(100),
      comment: "Recul insuffisant",
      color: "#d62828",
    });
    await ws.a.call<Markup>("markups.save", created);
    await ws.a.call<Markup>("markups.save", { ...created, points: box(150) });
    await ws.a.call<Markup>("markups.save", {
      ...created,
      points: box(150),
      style: { rotationDeg: 30 },
      zOrder: 2,
    });
    await drained(ws.a);
    const turned = await waitFor(async () => {
      const m = await onB(created.id);
      return m?.style.rotationDeg === 30 ? m : undefined;
    });
    expect(turned.zOrder).toBe(2);

    // The workstation restarts on the same data folder.
    await ws.a.process.kill();
    await ws.startHost(0);
    expect(await history(ws.a)).toEqual({ canUndo: true, canRedo: false });

    const undone = await undo(ws.a);
    expect(undone.markup?.style.rotationDeg).toBeUndefined();
    expect(undone.markup?.points[0]?.x).toBe(150);
    expect(undone).toMatchObject({ canUndo: true, canRedo: true });
    await drained(ws.a);
    await waitFor(async () => {
      const m = await onB(created.id);
      return m !== null && m.style.rotationDeg === undefined ? m : undefined;
    });

    // Back to the move, then redo it; then undo down to nothing.
    const moved = await undo(ws.a);
    expect(moved.markup?.points[0]?.x).toBe(100);
    const redone = await redo(ws.a);
    expect(redone.markup?.points[0]?.x).toBe(150);
    await undo(ws.a);
    const gone = await undo(ws.a);
    expect(gone.markup?.deleted).toBe(true);
    expect(gone).toMatchObject({ canUndo: false, canRedo: true });
    const nothing = await undo(ws.a);
    expect(nothing.markup).toBeNull();

    await drained(ws.a);
    await waitFor(async () =>
      (await onB(created.id)) === null ? true : undefined,
    );
  });

  it("keeps each member's history to their own edits", async () => {
    expect(await history(ws.b)).toEqual({ canUndo: false, canRedo: false });
    const nothing = await undo(ws.b);
    expect(nothing.markup).toBeNull();
  });
});
