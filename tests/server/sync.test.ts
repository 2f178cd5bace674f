import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  markupSchema,
  type Markup,
  type Opinion,
} from "../../shared/domain/entities";
import type { PullResponse, PushResponse } from "../../shared/contract/sync";
import { signPdf } from "../../shared/signature";
import {
  corpusFile,
  makePdf,
  signInAs,
  startSeededServer,
} from "./serverTestKit";
import type { TestServer } from "./serverTestKit";

const P12 = corpusFile("signatures/certs/nodesignpdf_certificate.p12");
if (!existsSync(P12)) {
  process.stderr.write(`sync tests: ${P12} missing; signing case skipped\n`);
}

let server: TestServer;

beforeAll(async () => {
  server = await startSeededServer();
});
afterAll(async () => server.close());

/** A signed-in workstation talking to the server. */
class Client {
  constructor(
    readonly auth: string,
    readonly userId: string,
  ) {}

  static async signIn(username: string): Promise<Client> {
    const auth = await signInAs(server.url, username);
    const response = await fetch(`${server.url}/api/auth/me`, {
      headers: { authorization: auth },
    });
    const { user } = (await response.json()) as { user: { id: string } };
    return new Client(auth, user.id);
  }

  async pull(since: string, limit: number): Promise<PullResponse> {
    const response = await fetch(
      `${server.url}/api/sync/changes?since=${since}&limit=${limit}`,
      { headers: { authorization: this.auth } },
    );
    return (await response.json()) as PullResponse;
  }

  async pullAll(since = "0"): Promise<PullResponse> {
    let cursor = since;
    const changes: PullResponse["changes"] = [];
    for (;;) {
      const page = await this.pull(cursor, 3);
      changes.push(...page.changes);
      cursor = page.cursor;
      if (!page.more) return { changes, cursor, more: false };
    }
  }

  async push(
    mutations: { mutationId: string; change: unknown }[],
  ): Promise<PushResponse["results"]> {
    const response = await fetch(`${server.url}/api/sync/push`, {
      method: "POST",
      headers: { authorization: this.auth, "content-type": "application/json" },
      body: JSON.stringify({ mutations }),
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as PushResponse).results;
  }
}

function markupBy(client: Client, overrides: Partial<Markup> = {}): Markup {
  return markupSchema.parse({
    id: crypto.randomUUID(),
    dossierId: server.dossierA.dossier.id,
    documentId: server.dossierA.documents[0]!.id,
    sheetIndex: 0,
    kind: "cloud",
    points: [
      { x: 10, y: 20 },
      { x: 30, y: 40 },
    ],
    comment: "Recul sur voie insuffisant",
    color: "#cc0000",
    authorId: client.userId,
    authorName: "member",
    service: "agence",
    createdAt: "2026-12-04T10:00:00.000Z",
    updatedAt: "2026-12-04T10:00:00.000Z",
    deleted: false,
    ...overrides,
  });
}

function opinionBy(client: Client, overrides: Partial<Opinion> = {}): Opinion {
  return {
    id: crypto.randomUUID(),
    dossierId: server.dossierA.dossier.id,
    sessionId: null,
    round: 1,
    memberId: client.userId,
    memberName: "member",
    serviceId: "agence",
    serviceName: "Agence urbaine",
    binding: true,
    verdict: "favourable",
    conditions: [],
    reasons: [],
    createdAt: "2026-12-04T10:00:00.000Z",
    updatedAt: "2026-12-04T10:00:00.000Z",
    signedAt: null,
    signedPdfSha256: null,
    ...overrides,
  };
}

describe("pull", () => {
  it("pages through the log with the cursor, in order, without gaps", async () => {
    const client = await Client.signIn("member-a");
    const all = await client.pull("0", 1000);
    const paged = await client.pullAll();

    expect(all.more).toBe(false);
    expect(paged.changes.map((c) => c.seq)).toEqual(
      all.changes.map((c) => c.seq),
    );
    const seqs = paged.changes.map((c) => c.seq);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    expect(paged.cursor).toBe(String(seqs.at(-1)));

    const nothingNew = await client.pull(paged.cursor, 10);
    expect(nothingNew).toEqual({
      changes: [],
      cursor: paged.cursor,
      more: false,
    });
  });

  it("refuses a malformed cursor", async () => {
    const client = await Client.signIn("member-a");
    const response = await fetch(`${server.url}/api/sync/changes?since=abc`, {
      headers: { authorization: client.auth },
    });
    expect(response.status).toBe(400);
  });
});

describe("push", () => {
  it("applies a mutation replayed after a lost response exactly once", async () => {
    const author = await Client.signIn("member-a");
    const reader = await Client.signIn("secretary-a");
    const { cursor } = await reader.pullAll();
    const mutation = {
      mutationId: crypto.randomUUID(),
      change: { entity: "markup" as const, record: markupBy(author) },
    };

    const first = await author.push([mutation]);
    // The answer is "lost"; the workstation sends the same mutation again.
    const replay = await author.push([mutation]);

    expect(first[0]).toEqual({
      mutationId: mutation.mutationId,
      status: "applied",
      errorKey: null,
    });
    expect(replay[0]?.status).toBe("duplicate");
    const seen = (await reader.pullAll(cursor)).changes;
    expect(seen.filter((c) => c.entity === "markup")).toHaveLength(1);
  });

  it("rejects a markup authored by someone else", async () => {
    const author = await Client.signIn("member-a");
    const other = await Client.signIn("member-a2");
    const markup = markupBy(author);
    await author.push([
      {
        mutationId: crypto.randomUUID(),
        change: { entity: "markup", record: markup },
      },
    ]);

    const results = await other.push([
      {
        mutationId: crypto.randomUUID(),
        change: {
          entity: "markup",
          record: { ...markup, comment: "hijacked" },
        },
      },
      {
        mutationId: crypto.randomUUID(),
        change: {
          entity: "markup",
          record: markupBy(other, { authorId: author.userId }),
        },
      },
    ]);
    expect(results.map((r) => r.errorKey)).toEqual([
      "markup.error.notAuthor",
      "markup.error.notAuthor",
    ]);
  });

  it.skipIf(!existsSync(P12))(
    "freezes a signed opinion and moves its dossier under review",
    async () => {
      const member = await Client.signIn("member-a");
      const reader = await Client.signIn("secretary-a");
      const { cursor } = await reader.pullAll();
      // The server verifies the signature, so the PDF is really signed.
      const pdf = new Uint8Array(
        await signPdf(
          await makePdf(1, "avis signe"),
          { pkcs12: new Uint8Array(readFileSync(P12)), password: "" },
          { name: "member-a", reason: "Avis", signingTime: new Date() },
        ),
      );
      const sha256 = createHash("sha256").update(pdf).digest("hex");
      const draft = opinionBy(member);
      const signed = {
        ...draft,
        signedAt: "2026-12-05T09:00:00.000Z",
        signedPdfSha256: sha256,
      };
      const push = (record: Opinion) =>
        member.push([
          {
            mutationId: crypto.randomUUID(),
            change: { entity: "opinion", record },
          },
        ]);

      expect((await push(draft))[0]?.status).toBe("applied");
      // Signing before the signed PDF is uploaded is refused.
      expect((await push(signed))[0]?.errorKey).toBe(
        "opinion.error.signedPdfMissing",
      );

      await fetch(`${server.url}/api/documents/${sha256}`, {
        method: "PUT",
        headers: {
          authorization: member.auth,
          "content-type": "application/pdf",
        },
        body: pdf,
      });
      expect((await push(signed))[0]?.status).toBe("applied");
      expect(
        (await push({ ...signed, verdict: "unfavourable" }))[0]?.errorKey,
      ).toBe("opinion.error.signed");

      // The other Members of the commission can fetch the signed PDF.
      const download = await fetch(`${server.url}/api/documents/${sha256}`, {
        headers: { authorization: reader.auth },
      });
      expect(download.status).toBe(200);
      const outsider = await Client.signIn("member-b");
      const hidden = await fetch(`${server.url}/api/documents/${sha256}`, {
        headers: { authorization: outsider.auth },
      });
      expect(hidden.status).toBe(404);

      const changes = (await reader.pullAll(cursor)).changes;
      const dossier = changes.filter((c) => c.entity === "dossier").at(-1);
      expect(dossier?.entity === "dossier" && dossier.record.status).toBe(
        "under_review",
      );
      expect(
        dossier?.entity === "dossier" &&
          dossier.record.stages.some((s) => s.stage === "opinion_given"),
      ).toBe(true);
    },
  );

  it("rejects one malformed record without failing its neighbours", async () => {
    const author = await Client.signIn("member-a");
    const results = await author.push([
      {
        mutationId: crypto.randomUUID(),
        change: { entity: "markup", record: { id: "half a markup" } },
      },
      {
        mutationId: crypto.randomUUID(),
        change: { entity: "markup", record: markupBy(author) },
      },
    ]);
    expect(results.map((r) => [r.status, r.errorKey])).toEqual([
      ["rejected", "sync.error.invalidRecord"],
      ["applied", null],
    ]);
  });

  it("takes the opinion's service and binding from the member's record", async () => {
    const member = await Client.signIn("member-a2");
    const reader = await Client.signIn("secretary-a");
    const { cursor } = await reader.pullAll();
    const claimed = opinionBy(member, { serviceId: "agence", binding: true });
    const results = await member.push([
      {
        mutationId: crypto.randomUUID(),
        change: { entity: "opinion", record: claimed },
      },
    ]);
    expect(results[0]?.status).toBe("applied");

    const stored = (await reader.pullAll(cursor)).changes.find(
      (c) => c.entity === "opinion" && c.record.id === claimed.id,
    );
    expect(stored?.record).toMatchObject({
      serviceId: "commune",
      serviceName: "Commune",
      binding: false,
    });

    const secretaryOpinion = opinionBy(reader);
    const refused = await reader.push([
      {
        mutationId: crypto.randomUUID(),
        change: { entity: "opinion", record: secretaryOpinion },
      },
    ]);
    expect(refused[0]?.errorKey).toBe("opinion.error.notMember");
  });

  it("rejects another member's opinion and non-writable entities", async () => {
    const member = await Client.signIn("member-a");
    const other = await Client.signIn("member-a2");
    const results = await other.push([
      {
        mutationId: crypto.randomUUID(),
        change: { entity: "opinion", record: opinionBy(member) },
      },
      {
        mutationId: crypto.randomUUID(),
        change: { entity: "dossier", record: server.dossierA.dossier },
      },
    ]);
    expect(results.map((r) => r.errorKey)).toEqual([
      "opinion.error.notOwner",
      "sync.error.entityNotWritable",
    ]);
  });

  it("accepts a signed_opinion document only once its blob is uploaded", async () => {
    const member = await Client.signIn("member-a");
    const pdf = await makePdf(1, "pv");
    const sha256 = createHash("sha256").update(pdf).digest("hex");
    const record = {
      id: crypto.randomUUID(),
      dossierId: server.dossierA.dossier.id,
      kind: "signed_opinion" as const,
      title: "Avis signé",
      fileName: "avis.pdf",
      sha256,
      sizeBytes: pdf.byteLength,
      pageCount: 1,
      error: null,
    };
    const push = (kind: "signed_opinion" | "site_plan") =>
      member.push([
        {
          mutationId: crypto.randomUUID(),
          change: { entity: "document", record: { ...record, kind } },
        },
      ]);

    expect((await push("signed_opinion"))[0]?.errorKey).toBe(
      "document.error.blobMissing",
    );
    await fetch(`${server.url}/api/documents/${sha256}`, {
      method: "PUT",
      headers: {
        authorization: member.auth,
        "content-type": "application/pdf",
      },
      body: pdf,
    });
    expect((await push("site_plan"))[0]?.errorKey).toBe(
      "document.error.kindNotWritable",
    );
    expect((await push("signed_opinion"))[0]?.status).toBe("applied");
  });
});
