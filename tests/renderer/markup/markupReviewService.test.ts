import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  DossierDetail,
  DossierSummary,
} from "../../../shared/contract/requests";
import type { Markup } from "../../../shared/domain/entities";
import {
  HostClient,
  serverCli,
  startServer,
  waitFor,
  type ServerProcess,
} from "../../workstation/support/processes";

/**
 * Review status and replies through the real workstation services (a
 * browser-mode host on the demo server): the author sets the status,
 * another member replies but cannot change it, and a reply must answer a
 * living markup of the same dossier.
 */

let root = "";
let server: ServerProcess;
let host: HostClient;
let detail: DossierDetail;

/** Signs in and waits until the demo building permit has synced. */
async function signInAs(username: string): Promise<DossierSummary> {
  await host.answer("session.signOut", {});
  await host.call("session.signIn", {
    username,
    password: `demo-${username}`,
  });
  return waitFor(async () => {
    await host.answer("sync.now", {});
    const list = await host.call<DossierSummary[]>("dossiers.list", {});
    return list.find((d) => d.number.includes("-AC-"));
  });
}

function draft(overrides: Partial<Markup>) {
  const document = detail.documents[0];
  return {
    id: crypto.randomUUID(),
    dossierId: detail.dossier.id,
    documentId: document?.id ?? "",
    sheetIndex: 0,
    kind: "cloud",
    points: [
      { x: 100, y: 100 },
      { x: 200, y: 100 },
      { x: 200, y: 160 },
    ],
    comment: "Recul non respecté",
    color: "#d62828",
    ...overrides,
  };
}

describe("review status and replies in the services", () => {
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), "lajna-markup-review-"));
    await serverCli(["demo", "--data", path.join(root, "server")]);
    server = await startServer(path.join(root, "server"));
    host = await HostClient.start(path.join(root, "host"), server.url);
    const permit = await signInAs("k.benali");
    detail = await host.call<DossierDetail>("dossiers.get", {
      dossierId: permit.id,
    });
  }, 180_000);

  afterAll(async () => {
    await host?.process.kill();
    await server?.process.kill();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("lets the author set the status; others reply but cannot change it", async () => {
    const remark = await host.call<Markup>("markups.save", draft({}));
    expect(remark.status).toBe("open");
    const resolved = await host.call<Markup>("markups.save", {
      ...draft(remark),
      status: "resolved",
    });
    expect(resolved.status).toBe("resolved");
    expect(resolved.round).toBe(1);

    await signInAs("s.elidrissi");
    const reply = await host.call<Markup>(
      "markups.save",
      draft({ kind: "reply", inReplyTo: remark.id, comment: "Vu" }),
    );
    expect(reply.authorName).toBe("Salma El Idrissi");
    expect(reply.inReplyTo).toBe(remark.id);

    const takeover = await host.answer("markups.save", {
      ...draft(remark),
      status: "accepted",
    });
    expect(takeover).toMatchObject({
      ok: false,
      error: { key: "markup.error.notAuthor" },
    });

    const again = await host.call<DossierDetail>("dossiers.get", {
      dossierId: detail.dossier.id,
    });
    const stored = again.markups.find((m) => m.id === remark.id);
    expect(stored?.status).toBe("resolved");
    expect(again.markups.filter((m) => m.inReplyTo === remark.id)).toHaveLength(
      1,
    );
    await signInAs("k.benali");
  }, 60_000);

  it("refuses a reply to nothing, a reply without a target, and a deleted target", async () => {
    const orphan = await host.answer(
      "markups.save",
      draft({ kind: "reply", inReplyTo: "no-such-markup" }),
    );
    expect(orphan).toMatchObject({
      ok: false,
      error: { key: "markup.error.replyTarget" },
    });

    const untargeted = await host.answer(
      "markups.save",
      draft({ kind: "reply" }),
    );
    expect(untargeted).toMatchObject({
      ok: false,
      error: { key: "markup.error.replyTarget" },
    });

    const gone = await host.call<Markup>("markups.save", draft({}));
    await host.call("markups.delete", { markupId: gone.id });
    const late = await host.answer(
      "markups.save",
      draft({ kind: "reply", inReplyTo: gone.id }),
    );
    expect(late).toMatchObject({
      ok: false,
      error: { key: "markup.error.replyTarget" },
    });
  }, 60_000);
});
