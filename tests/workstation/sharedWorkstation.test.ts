import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SyncStatus } from "../../shared/contract/requests";
import type { Opinion, User } from "../../shared/domain/entities";
import { dossierDetail, drained, firstDossierId } from "./support/hostSync";
import {
  HostClient,
  corpusDir,
  startServer,
  type ServerProcess,
} from "./support/processes";
import { registerDossier, seedCommission } from "./support/seed";

/*
 * Two members take turns on ONE workstation (one host, one data dir)
 * against a real server process. N. Tazi's opinion saved offline must
 * never vanish when C. Moreau signs in: sign-out waits for the push and
 * another user's sign-in is refused until N. Tazi has sent it. Signing out
 * revokes the token on the server. Signing with an expired certificate is
 * refused and leaves the opinion a draft.
 */

const expiredP12 = path.join(corpusDir, "signatures/certs/pyhanko_signer1.pfx");
const COMMISSION = { name: "Commission locale Tiflet", commune: "Tiflet" };

let root = "";
let serverDir = "";
let wsDir = "";
let server: ServerProcess;
let host: HostClient;
let dossierId = "";

async function seedServer(): Promise<void> {
  const sheet = await PDFDocument.create();
  sheet.addPage([842, 595]);
  const sheetFile = path.join(root, "site-plan.pdf");
  await writeFile(sheetFile, await sheet.save());

  await seedCommission(serverDir, {
    services: [
      { key: "au", name: "Agence urbaine" },
      { key: "commune", name: "Commune" },
    ],
    commission: { ...COMMISSION, quorum: 2 },
    users: (
      [
        ["ntazi", "N. Tazi", "au"],
        ["cmoreau", "C. Moreau", "commune"],
      ] as const
    ).map(([username, name, service]) => ({
      username,
      password: `${username}-pass`,
      name,
      role: "member",
      service,
    })),
  });
  await registerDossier(serverDir, COMMISSION, {
    number: "TF-2026-0007",
    landTitle: "T-4711/R",
    sitePlan: sheetFile,
    parcel: "430000,350000 430020,350000 430020,350020 430000,350020",
  });
}

const signIn = (username: string) =>
  host.answer("session.signIn", { username, password: `${username}-pass` });

const syncStatus = () => host.call<SyncStatus>("sync.status", {});

function draftOpinion(reason: string) {
  return {
    dossierId,
    verdict: "unfavourable",
    conditions: [],
    reasons: [{ text: reason, markupIds: [] }],
  };
}

describe("one workstation shared by two members", () => {
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), "lajna-shared-"));
    serverDir = path.join(root, "server");
    wsDir = path.join(root, "ws");
    await seedServer();
    server = await startServer(serverDir);
    host = await HostClient.start(wsDir, server.url);
  });

  afterAll(async () => {
    await Promise.all([host?.process.kill(), server?.process.kill()]);
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("keeps N. Tazi's offline opinion until N. Tazi sends it", async () => {
    expect(await signIn("ntazi")).toMatchObject({ ok: true });
    dossierId = await firstDossierId(host);

    await server.process.kill("SIGKILL");
    const offline = await host.call<Opinion>(
      "opinions.saveDraft",
      draftOpinion("Drawn up offline by N. Tazi"),
    );
    expect((await syncStatus()).pendingChanges).toBeGreaterThan(0);

    // Offline, sign-out cannot push, so it is refused.
    expect(await host.answer("session.signOut", {})).toMatchObject({
      ok: false,
      error: { key: "session.error.signOutPending" },
    });
    const still = await host.call<{ user: User | null }>("session.status", {});
    expect(still.user?.username).toBe("ntazi");

    // Another member is refused, naming whose changes wait.
    expect(await signIn("cmoreau")).toMatchObject({
      ok: false,
      error: {
        key: "session.error.pendingChanges",
        params: { name: "N. Tazi" },
      },
    });

    // The workstation restarts without N. Tazi's token (a lost keychain
    // entry): signed out, the outbox still full, the server back online.
    await host.process.kill();
    rmSync(path.join(wsDir, "secrets/server-token"), { force: true });
    server = await startServer(serverDir, server.port);
    host = await HostClient.start(wsDir, server.url);
    const after = await host.call<{ user: User | null }>("session.status", {});
    expect(after.user).toBeNull();

    expect(await signIn("cmoreau")).toMatchObject({
      ok: false,
      error: {
        key: "session.error.pendingChanges",
        params: { name: "N. Tazi" },
      },
    });
    expect((await syncStatus()).pendingChanges).toBeGreaterThan(0);

    // N. Tazi signs in again: the opinion goes out, then sign-out works.
    expect(await signIn("ntazi")).toMatchObject({ ok: true });
    await drained(host, "N. Tazi's outbox to drain");
    const token = readFileSync(
      path.join(wsDir, "secrets/server-token"),
      "utf8",
    );
    expect(await host.answer("session.signOut", {})).toMatchObject({
      ok: true,
    });

    // The server no longer accepts the token of the signed-out member.
    const me = await fetch(`${server.url}/api/auth/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.status).toBe(401);

    expect(await signIn("cmoreau")).toMatchObject({ ok: true });
    dossierId = await firstDossierId(host);
    const detail = await dossierDetail(host, dossierId);
    expect(detail.opinions.map((o) => o.id)).toContain(offline.id);
  });

  it.skipIf(!existsSync(expiredP12))(
    "refuses an expired certificate and keeps the opinion a draft",
    async () => {
      const draft = await host.call<Opinion>(
        "opinions.saveDraft",
        draftOpinion("C. Moreau's reasons"),
      );
      const answer = await host.answer("opinions.sign", {
        opinionId: draft.id,
        pkcs12: new Uint8Array(readFileSync(expiredP12)),
        password: "",
      });
      expect(answer).toMatchObject({
        ok: false,
        error: {
          key: "signature.error.certificateExpired",
          params: { notAfter: "2022-01-01T00:00:00.000Z" },
        },
      });

      const detail = await dossierDetail(host, dossierId);
      const mine = detail.opinions.find((o) => o.id === draft.id);
      expect(mine?.signedAt).toBeNull();
      expect(mine?.signedPdfSha256).toBeNull();
      expect(detail.documents.some((d) => d.kind === "signed_opinion")).toBe(
        false,
      );
    },
  );

  it("signs out offline, telling the server when it can", async () => {
    await drained(host, "C. Moreau's outbox to drain");
    await server.process.kill("SIGKILL");
    const started = Date.now();
    expect(await host.answer("session.signOut", {})).toMatchObject({
      ok: true,
    });
    expect(Date.now() - started).toBeLessThan(10_000);
    const after = await host.call<{ user: User | null }>("session.status", {});
    expect(after.user).toBeNull();
  });
});
