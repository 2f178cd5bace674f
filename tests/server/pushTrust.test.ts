import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PullResponse } from "../../shared/contract/sync";
import type { Opinion } from "../../shared/domain/entities";
import { signPdf } from "../../shared/signature";
import { markupRecord, opinionRecord } from "../workstation/support/records";
import { corpusFile, makePdf, startSeededServer } from "./serverTestKit";
import type { TestServer } from "./serverTestKit";
import { SyncClient } from "./syncClient";

/*
 * Review finding F1: a Member must not be able to make up a quorum under
 * other Members' names, dates or unsigned files. The server takes who,
 * when and which Service from its own records and checks the signature.
 */

const P12 = corpusFile("signatures/certs/nodesignpdf_certificate.p12");
const HAS_P12 = existsSync(P12);
if (!HAS_P12) {
  process.stderr.write(`push trust: ${P12} missing; signed cases skipped\n`);
}

let server: TestServer;

beforeAll(async () => {
  server = await startSeededServer();
});
afterAll(async () => server.close());

const session = (username: string) => SyncClient.signIn(server.url, username);

async function pulled(who: SyncClient): Promise<PullResponse["changes"]> {
  return (await who.pull("0", 1000)).changes;
}

async function signedPdf(name: string): Promise<Uint8Array> {
  return signPdf(
    await makePdf(1, "avis"),
    { pkcs12: new Uint8Array(readFileSync(P12)), password: "" },
    { name, reason: "Avis", signingTime: new Date() },
  );
}

/** An opinion of `who` that claims another name and dates long past. */
function opinionOf(who: SyncClient, fields: Partial<Opinion> = {}): Opinion {
  return opinionRecord({
    dossierId: server.dossierA.dossier.id,
    memberId: who.userId,
    memberName: "Somebody Else",
    createdAt: "2020-01-01T00:00:00.000Z",
    updatedAt: "2020-01-01T00:00:00.000Z",
    ...fields,
  });
}

describe("a pushed opinion (F1)", () => {
  it("carries the signed-in member's own name, whatever the client says", async () => {
    const member = await session("member-a2");
    const draft = opinionOf(member, { round: 7 });
    expect(
      (await member.pushOne({ entity: "opinion", record: draft })).status,
    ).toBe("applied");

    const stored = (await pulled(member)).find(
      (c) => c.entity === "opinion" && c.record.id === draft.id,
    );
    expect(stored?.record).toMatchObject({ memberName: "member-a2" });
  });

  it("is one per member, dossier and round; the same id updates the draft", async () => {
    const member = await session("member-a2");
    const first = opinionOf(member, { round: 2 });
    const record = (o: Opinion) => ({ entity: "opinion", record: o });

    expect((await member.pushOne(record(first))).status).toBe("applied");
    expect(
      (await member.pushOne(record({ ...first, verdict: "unfavourable" })))
        .status,
    ).toBe("applied");
    expect(
      (await member.pushOne(record(opinionOf(member, { round: 2 })))).errorKey,
    ).toBe("opinion.error.duplicate");
    // Another round is another opinion.
    expect(
      (await member.pushOne(record(opinionOf(member, { round: 3 })))).status,
    ).toBe("applied");
  });

  it("is refused as signed when its PDF carries no valid signature", async () => {
    const member = await session("member-a");
    const notPdf = await member.upload(new TextEncoder().encode("not a pdf"));
    const unsigned = await member.upload(await makePdf(1, "unsigned"));

    for (const sha256 of [notPdf, unsigned]) {
      const result = await member.pushOne({
        entity: "opinion",
        record: opinionOf(member, {
          round: 4,
          signedAt: "2020-01-01T00:00:00.000Z",
          signedPdfSha256: sha256,
        }),
      });
      expect(result.errorKey).toBe("opinion.error.signatureInvalid");
    }
  });

  it.skipIf(!HAS_P12)(
    "is stamped with the server's time, and so is its dossier stage",
    async () => {
      const member = await session("member-a");
      const sha256 = await member.upload(await signedPdf("member-a"));
      const before = Date.now();
      const opinion = opinionOf(member, {
        round: 5,
        signedAt: "2020-01-01T00:00:00.000Z",
        signedPdfSha256: sha256,
      });
      const result = await member.pushOne({
        entity: "opinion",
        record: opinion,
      });
      expect(result).toMatchObject({ status: "applied", errorKey: null });

      const changes = await pulled(member);
      const stored = changes.find(
        (c) => c.entity === "opinion" && c.record.id === opinion.id,
      );
      const signedAt = Date.parse(
        stored?.entity === "opinion" ? (stored.record.signedAt ?? "") : "",
      );
      expect(signedAt).toBeGreaterThanOrEqual(before - 1000);
      expect(stored?.record).toMatchObject({ memberName: "member-a" });

      const dossier = changes.filter((c) => c.entity === "dossier").at(-1);
      const stages = dossier?.entity === "dossier" ? dossier.record.stages : [];
      expect(stages.map((s) => s.at)).not.toContain("2020-01-01T00:00:00.000Z");
    },
  );
});

describe("a pushed markup (F1)", () => {
  it("carries the author's own name and service", async () => {
    const member = await session("member-a2");
    const markup = markupRecord({
      dossierId: server.dossierA.dossier.id,
      documentId: server.dossierA.documents[0]!.id,
      points: [{ x: 1, y: 2 }],
      comment: "Recul",
      authorId: member.userId,
      // What the client claims; the server answers with its own records.
      authorName: "The Director",
      service: "agence",
    });
    expect(
      (await member.pushOne({ entity: "markup", record: markup })).status,
    ).toBe("applied");

    const stored = (await pulled(member)).find(
      (c) => c.entity === "markup" && c.record.id === markup.id,
    );
    expect(stored?.record).toMatchObject({
      authorName: "member-a2",
      service: "Commune",
    });
  });
});

describe("a pushed stamp", () => {
  it("is refused when its picture is not the file its fields describe", async () => {
    const member = await session("member-a2");
    const svg = new TextEncoder().encode("<svg/>");
    const markup = markupRecord({
      dossierId: server.dossierA.dossier.id,
      documentId: server.dossierA.documents[0]!.id,
      kind: "stamp",
      points: [
        { x: 1, y: 2 },
        { x: 60, y: 30 },
      ],
      authorId: member.userId,
      style: {
        stampLabel: "Approved",
        stampImage: {
          sha256: createHash("sha256").update(svg).digest("hex"),
          mediaType: "image/png",
          widthPx: 64,
          heightPx: 64,
          dataBase64: Buffer.from(svg).toString("base64"),
        },
      },
    });
    const result = await member.pushOne({ entity: "markup", record: markup });
    expect(result.errorKey).toBe("markup.error.stampPicture");
    const stored = (await pulled(member)).find(
      (c) => c.entity === "markup" && c.record.id === markup.id,
    );
    expect(stored).toBeUndefined();
  });
});

describe("mutation ids (F10)", () => {
  it("are scoped per user", async () => {
    const a = await session("member-a");
    const b = await session("member-a2");
    const mutationId = crypto.randomUUID();
    const draft = (who: SyncClient) => ({
      entity: "opinion",
      record: opinionOf(who, { round: 9 }),
    });

    expect((await a.pushOne(draft(a), mutationId)).status).toBe("applied");
    expect((await b.pushOne(draft(b), mutationId)).status).toBe("applied");
    expect((await a.pushOne(draft(a), mutationId)).status).toBe("duplicate");
  });
});
