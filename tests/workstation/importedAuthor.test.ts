import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  DossierDetail,
  DossierSummary,
  SyncStatus,
} from "../../shared/contract/requests";
import type { PushResponse } from "../../shared/contract/sync";
import type { Markup } from "../../shared/domain/entities";
import { corpusFile } from "../annotations/support";
import {
  HostClient,
  startServer,
  waitFor,
  type ServerProcess,
} from "./support/processes";
import { dataCli, seedCommission } from "./support/seed";

/*
 * A markup imported from Acrobat keeps its Acrobat author through the
 * real server to a second workstation; the importing member stays its
 * owner (authorId) and nobody can turn it into a markup of their own.
 */

const pdf = corpusFile("annotations/acrobat_ink.pdf");
const xfdfFile = corpusFile("annotations/acrobat_ink.xfdf");
const INK_ID = "74071439-12ca-4112-837d-08925634fd3c";
const COMMISSION = "Commission provinciale Khemisset";
const MEMBERS = [
  { username: "amina", password: "amina-demo-pass", name: "Amina A." },
  { username: "karim", password: "karim-demo-pass", name: "Karim B." },
] as const;

let root = "";
let server: ServerProcess;
const hosts: HostClient[] = [];
const userIds: string[] = [];
let dossierId = "";
let documentId = "";

async function seed(dataDir: string): Promise<void> {
  await seedCommission(dataDir, {
    services: [{ key: "au", name: "Agence urbaine" }],
    commission: { name: COMMISSION, commune: "Khemisset", quorum: 1 },
    users: MEMBERS.map((m) => ({ ...m, role: "member", service: "au" })),
  });
  await dataCli(dataDir)(
    ...["dossier", "register", "--number", "KH-2026-0201"],
    ...["--procedure", "building_permit", "--commune", "Khemisset"],
    ...["--applicant", "Demo applicant", "--architect", "Demo architect"],
    ...["--land-title", "T-779/R", "--commission", COMMISSION],
    ...["--parcel", "420000,360000 420030,360000 420030,360025"],
    ...["--deadline", "2026-12-31", "--doc", `site_plan:${pdf}:Site plan`],
  );
}

async function signedIn(index: number): Promise<HostClient> {
  const member = MEMBERS[index]!;
  const host = await HostClient.start(
    path.join(root, `ws-${member.username}`),
    server.url,
  );
  const user = await host.call<{ id: string }>("session.signIn", {
    username: member.username,
    password: member.password,
  });
  userIds[index] = user.id;
  return host;
}

async function settled(host: HostClient): Promise<void> {
  await waitFor(async () => {
    const status = await host.call<SyncStatus>("sync.now", {});
    return status.pendingChanges === 0 ? status : undefined;
  });
}

async function inkOn(host: HostClient): Promise<Markup | undefined> {
  await host.answer("sync.now", {});
  const detail = await host.call<DossierDetail>("dossiers.get", {
    dossierId,
  });
  return detail.markups.find((m) => m.id === INK_ID && !m.deleted);
}

describe.skipIf(pdf === null || xfdfFile === null)("imported author", () => {
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), "lajna-imported-author-"));
    await seed(path.join(root, "server"));
    server = await startServer(path.join(root, "server"));
    hosts.push(await signedIn(0), await signedIn(1));
    const inbox = await waitFor(async () => {
      await hosts[0]!.answer("sync.now", {});
      const list = await hosts[0]!.call<DossierSummary[]>("dossiers.list", {});
      return list.length > 0 ? list : undefined;
    });
    dossierId = inbox[0]?.id ?? "";
    const detail = await hosts[0]!.call<DossierDetail>("dossiers.get", {
      dossierId,
    });
    documentId = detail.documents[0]?.id ?? "";
  });

  afterAll(async () => {
    await Promise.all([...hosts.map((h) => h.process.kill())]);
    await server?.process.kill();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("keeps Acrobat's author through the server to another member", async () => {
    const [importer, other] = hosts as [HostClient, HostClient];
    await importer.call("markups.importXfdf", {
      dossierId,
      documentId,
      xfdf: readFileSync(xfdfFile ?? "", "utf8"),
    });
    await settled(importer);

    // The importer stays recorded as its owner, apart from its author.
    const seen = await waitFor(() => inkOn(other));
    expect(seen).toMatchObject({
      authorName: "Alex",
      authorId: userIds[0],
      origin: "imported",
    });

    // The importer's own copy came back from the server unchanged.
    expect(await inkOn(importer)).toMatchObject({ authorName: "Alex" });
  });

  it("is read-only except replies, for the importer too", async () => {
    const [importer, other] = hosts as [HostClient, HostClient];
    const ink = (await inkOn(importer))!;

    const edited = await importer.answer("markups.save", {
      ...ink,
      comment: "corrected here",
    });
    expect(edited).toMatchObject({
      ok: false,
      error: { key: "markup.error.readOnly" },
    });
    const byOther = await other.answer("markups.delete", { markupId: ink.id });
    expect(byOther).toMatchObject({ ok: false });

    const reply = await other.call<Markup>("markups.save", {
      id: crypto.randomUUID(),
      dossierId,
      documentId,
      sheetIndex: ink.sheetIndex,
      kind: "reply",
      inReplyTo: ink.id,
      points: ink.points.slice(0, 1),
      comment: "Vu",
      color: "#1d3557",
    });
    await settled(other);
    const answered = await waitFor(async () => {
      await importer.answer("sync.now", {});
      const detail = await importer.call<DossierDetail>("dossiers.get", {
        dossierId,
      });
      return detail.markups.find((m) => m.id === reply.id);
    });
    expect(answered).toMatchObject({
      inReplyTo: ink.id,
      authorName: "Karim B.",
    });
  });

  it("is refused by the server when pushed as one of ours", async () => {
    const ink = (await inkOn(hosts[0]!))!;
    const signIn = await fetch(`${server.url}/api/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        username: MEMBERS[0].username,
        password: MEMBERS[0].password,
      }),
    });
    const { token } = (await signIn.json()) as { token: string };
    const push = async (record: Markup) => {
      const response = await fetch(`${server.url}/api/sync/push`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${token}`,
          "content-type": "application/json",
        },
        body: JSON.stringify({
          mutations: [
            {
              mutationId: crypto.randomUUID(),
              change: { entity: "markup", record },
            },
          ],
        }),
      });
      const body = (await response.json()) as PushResponse;
      return body.results[0];
    };

    expect(
      await push({ ...ink, origin: "lajna", comment: "mine now" }),
    ).toMatchObject({ status: "rejected", errorKey: "markup.error.readOnly" });
    expect(
      await push({ ...ink, id: crypto.randomUUID(), origin: "document" }),
    ).toMatchObject({ status: "rejected", errorKey: "markup.error.readOnly" });

    // A fresh import under another name keeps the file's author, trimmed.
    const id = crypto.randomUUID();
    expect(
      await push({ ...ink, id, authorName: "  Bluebeam Reviewer  " }),
    ).toMatchObject({ status: "applied" });
    const other = await waitFor(async () => {
      await hosts[1]!.answer("sync.now", {});
      const detail = await hosts[1]!.call<DossierDetail>("dossiers.get", {
        dossierId,
      });
      return detail.markups.find((m) => m.id === id);
    });
    expect(other.authorName).toBe("Bluebeam Reviewer");
  });
});
