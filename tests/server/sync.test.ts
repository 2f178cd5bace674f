import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Markup, Opinion } from "../../shared/domain/entities";
import { signPdf } from "../../shared/signature";
import { markupRecord, opinionRecord } from "../workstation/support/records";
import { corpusFile, makePdf, startSeededServer } from "./serverTestKit";
import type { TestServer } from "./serverTestKit";
import { SyncClient } from "./syncClient";

const P12 = corpusFile("signatures/certs/nodesignpdf_certificate.p12");
if (!existsSync(P12)) {
  process.stderr.write(`sync tests: ${P12} missing; signing case skipped\n`);
}

let server: TestServer;

beforeAll(async () => {
  server = await startSeededServer();
});
afterAll(async () => server.close());

const signIn = (username: string) => SyncClient.signIn(server.url, username);

function markupBy(client: SyncClient, fields: Partial<Markup> = {}): Markup {
  return markupRecord({
    dossierId: server.dossierA.dossier.id,
    documentId: server.dossierA.documents[0]!.id,
    comment: "Recul sur voie insuffisant",
    authorId: client.userId,
    ...fields,
  });
}

function opinionBy(client: SyncClient, fields: Partial<Opinion> = {}): Opinion {
  return opinionRecord({
    dossierId: server.dossierA.dossier.id,
    memberId: client.userId,
    ...fields,
  });
}

describe("pull", () => {
  it("pages through the log with the cursor, in order, without gaps", async () => {
    const client = await signIn("member-a");
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
    const client = await signIn("member-a");
    const response = await fetch(`${server.url}/api/sync/changes?since=abc`, {
      headers: { authorization: client.auth },
    });
    expect(response.status).toBe(400);
  });
});

describe("push", () => {
  it("applies a mutation replayed after a lost response exactly once", async () => {
    const author = await signIn("member-a");
    const reader = await signIn("secretary-a");
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
    const author = await signIn("member-a");
    const other = await signIn("member-a2");
    const markup = markupBy(author);
    await author.pushOne({ entity: "markup", record: markup });

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
      const member = await signIn("member-a");
      const reader = await signIn("secretary-a");
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
        member.pushOne({ entity: "opinion", record });

      expect((await push(draft)).status).toBe("applied");
      // Signing before the signed PDF is uploaded is refused.
      expect((await push(signed)).errorKey).toBe(
        "opinion.error.signedPdfMissing",
      );

      await member.upload(pdf);
      expect((await push(signed)).status).toBe("applied");
      expect(
        (await push({ ...signed, verdict: "unfavourable" })).errorKey,
      ).toBe("opinion.error.signed");

      // The other Members of the commission can fetch the signed PDF.
      const download = await fetch(`${server.url}/api/documents/${sha256}`, {
        headers: { authorization: reader.auth },
      });
      expect(download.status).toBe(200);
      const outsider = await signIn("member-b");
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
    const author = await signIn("member-a");
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
    const member = await signIn("member-a2");
    const reader = await signIn("secretary-a");
    const { cursor } = await reader.pullAll();
    const claimed = opinionBy(member, { serviceId: "agence", binding: true });
    const result = await member.pushOne({ entity: "opinion", record: claimed });
    expect(result.status).toBe("applied");

    const stored = (await reader.pullAll(cursor)).changes.find(
      (c) => c.entity === "opinion" && c.record.id === claimed.id,
    );
    expect(stored?.record).toMatchObject({
      serviceId: "commune",
      serviceName: "Commune",
      binding: false,
    });

    const secretaryOpinion = opinionBy(reader);
    const refused = await reader.pushOne({
      entity: "opinion",
      record: secretaryOpinion,
    });
    expect(refused.errorKey).toBe("opinion.error.notMember");
  });

  it("rejects another member's opinion and non-writable entities", async () => {
    const member = await signIn("member-a");
    const other = await signIn("member-a2");
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
    const member = await signIn("member-a");
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
      member.pushOne({ entity: "document", record: { ...record, kind } });

    expect((await push("signed_opinion")).errorKey).toBe(
      "document.error.blobMissing",
    );
    await member.upload(pdf);
    expect((await push("site_plan")).errorKey).toBe(
      "document.error.kindNotWritable",
    );
    expect((await push("signed_opinion")).status).toBe("applied");
  });
});
