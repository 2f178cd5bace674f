import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { markupRecord } from "../workstation/support/records";
import { signInAs, startSeededServer } from "./serverTestKit";
import type { TestServer } from "./serverTestKit";
import { SyncClient } from "./syncClient";

let server: TestServer;

beforeAll(async () => {
  server = await startSeededServer();
});
afterAll(async () => server.close());

describe("sign-in", () => {
  it("refuses a wrong password and an unknown user alike", async () => {
    for (const body of [
      { username: "member-a", password: "not-the-password" },
      { username: "nobody", password: "whatever-it-is" },
    ]) {
      const response = await fetch(`${server.url}/api/auth/sign-in`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({
        error: { key: "auth.error.invalidCredentials", params: {} },
      });
    }
  });

  it("gives a token that identifies the user, and no password hash", async () => {
    const response = await fetch(`${server.url}/api/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        username: "member-a",
        password: "correct-horse-42",
      }),
    });
    const body = (await response.json()) as Record<string, unknown>;
    expect(response.status).toBe(200);
    expect(JSON.stringify(body)).not.toMatch(/scrypt|passwordHash/);

    const me = await fetch(`${server.url}/api/auth/me`, {
      headers: { authorization: `Bearer ${String(body["token"])}` },
    });
    const { user } = (await me.json()) as {
      user: { username: string; role: string };
    };
    expect(user.username).toBe("member-a");
    expect(user.role).toBe("member");
  });

  it("stops honouring a token after sign-out", async () => {
    const auth = await signInAs(server.url, "member-a2");
    const out = await fetch(`${server.url}/api/auth/sign-out`, {
      method: "POST",
      headers: { authorization: auth },
    });
    expect(out.status).toBe(204);
    const after = await fetch(`${server.url}/api/auth/me`, {
      headers: { authorization: auth },
    });
    expect(after.status).toBe(401);
  });

  it("refuses calls without a valid token", async () => {
    const none = await fetch(`${server.url}/api/sync/changes`);
    const forged = await fetch(`${server.url}/api/sync/changes`, {
      headers: { authorization: "Bearer forged-token" },
    });
    expect(none.status).toBe(401);
    expect(forged.status).toBe(401);
  });
});

describe("access by commission", () => {
  it("hides commission B's document from a member of A (404)", async () => {
    const auth = await signInAs(server.url, "member-a");
    const own = server.dossierA.documents[0]!.sha256;
    const other = server.dossierB.documents[0]!.sha256;

    const ownResponse = await fetch(`${server.url}/api/documents/${own}`, {
      headers: { authorization: auth },
    });
    const otherResponse = await fetch(`${server.url}/api/documents/${other}`, {
      headers: { authorization: auth },
    });
    expect(ownResponse.status).toBe(200);
    expect(otherResponse.status).toBe(404);
  });

  it("pulls only the member's commission's dossiers; the admin pulls all", async () => {
    const numbersFor = async (username: string): Promise<string[]> => {
      const auth = await signInAs(server.url, username);
      const response = await fetch(
        `${server.url}/api/sync/changes?limit=1000`,
        {
          headers: { authorization: auth },
        },
      );
      const { changes } = (await response.json()) as {
        changes: { entity: string; record: { number?: string } }[];
      };
      return changes
        .filter((c) => c.entity === "dossier")
        .map((c) => c.record.number ?? "");
    };

    expect(await numbersFor("member-a")).toEqual(["KH-1"]);
    expect(await numbersFor("secretary-a")).toEqual(["KH-1"]);
    expect(await numbersFor("member-b")).toEqual(["TF/2026/1"]);
    expect((await numbersFor("admin")).sort()).toEqual(["KH-1", "TF/2026/1"]);
  });

  it("refuses a push on commission B's dossier by a member of A", async () => {
    const member = await SyncClient.signIn(server.url, "member-a");
    const result = await member.pushOne({
      entity: "markup",
      record: markupRecord({
        dossierId: server.dossierB.dossier.id,
        documentId: server.dossierB.documents[0]!.id,
        authorId: member.userId,
      }),
    });
    expect(result).toMatchObject({
      status: "rejected",
      errorKey: "dossier.error.notFound",
    });
  });
});
