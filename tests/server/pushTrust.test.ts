import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PullResponse, PushResponse } from "../../shared/contract/sync";
import type { Markup, Opinion } from "../../shared/domain/entities";
import { signPdf } from "../../shared/signature";
import {
  corpusFile,
  makePdf,
  signInAs,
  startSeededServer,
} from "./serverTestKit";
import type { TestServer } from "./serverTestKit";

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

interface Session {
  readonly auth: string;
  readonly userId: string;
}

async function session(username: string): Promise<Session> {
  const auth = await signInAs(server.url, username);
  const response = await fetch(`${server.url}/api/auth/me`, {
    headers: { authorization: auth },
  });
  const { user } = (await response.json()) as { user: { id: string } };
  return { auth, userId: user.id };
}

async function push(
  who: Session,
  change: unknown,
  mutationId: string = crypto.randomUUID(),
): Promise<PushResponse["results"][number]> {
  const response = await fetch(`${server.url}/api/sync/push`, {
    method: "POST",
    headers: { authorization: who.auth, "content-type": "application/json" },
    body: JSON.stringify({ mutations: [{ mutationId, change }] }),
  });
  expect(response.status).toBe(200);
  const { results } = (await response.json()) as PushResponse;
  return results[0]!;
}

async function upload(who: Session, bytes: Uint8Array): Promise<string> {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const response = await fetch(`${server.url}/api/documents/${sha256}`, {
    method: "PUT",
    headers: { authorization: who.auth, "content-type": "application/pdf" },
    body: new Uint8Array(bytes),
  });
  expect(response.status).toBeLessThan(300);
  return sha256;
}

async function pulled(who: Session): Promise<PullResponse["changes"]> {
  const response = await fetch(
    `${server.url}/api/sync/changes?since=0&limit=1000`,
    { headers: { authorization: who.auth } },
  );
  return ((await response.json()) as PullResponse).changes;
}

async function signedPdf(name: string): Promise<Uint8Array> {
  return signPdf(
    await makePdf(1, "avis"),
    { pkcs12: new Uint8Array(readFileSync(P12)), password: "" },
    { name, reason: "Avis", signingTime: new Date() },
  );
}

function opinionOf(who: Session, overrides: Partial<Opinion> = {}): Opinion {
  return {
    id: crypto.randomUUID(),
    dossierId: server.dossierA.dossier.id,
    sessionId: null,
    round: 1,
    memberId: who.userId,
    memberName: "Somebody Else",
    serviceId: "agence",
    serviceName: "Agence urbaine",
    binding: true,
    verdict: "favourable",
    conditions: [],
    reasons: [],
    createdAt: "2020-01-01T00:00:00.000Z",
    updatedAt: "2020-01-01T00:00:00.000Z",
    signedAt: null,
    signedPdfSha256: null,
    ...overrides,
  };
}

describe("a pushed opinion (F1)", () => {
  it("carries the signed-in member's own name, whatever the client says", async () => {
    const member = await session("member-a2");
    const draft = opinionOf(member, { round: 7 });
    expect(
      (await push(member, { entity: "opinion", record: draft })).status,
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

    expect((await push(member, record(first))).status).toBe("applied");
    expect(
      (await push(member, record({ ...first, verdict: "unfavourable" })))
        .status,
    ).toBe("applied");
    expect(
      (await push(member, record(opinionOf(member, { round: 2 })))).errorKey,
    ).toBe("opinion.error.duplicate");
    // Another round is another opinion.
    expect(
      (await push(member, record(opinionOf(member, { round: 3 })))).status,
    ).toBe("applied");
  });

  it("is refused as signed when its PDF carries no valid signature", async () => {
    const member = await session("member-a");
    const notPdf = await upload(member, new TextEncoder().encode("not a pdf"));
    const unsigned = await upload(member, await makePdf(1, "unsigned"));

    for (const sha256 of [notPdf, unsigned]) {
      const result = await push(member, {
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
      const sha256 = await upload(member, await signedPdf("member-a"));
      const before = Date.now();
      const opinion = opinionOf(member, {
        round: 5,
        signedAt: "2020-01-01T00:00:00.000Z",
        signedPdfSha256: sha256,
      });
      const result = await push(member, { entity: "opinion", record: opinion });
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
    const markup: Markup = {
      id: crypto.randomUUID(),
      dossierId: server.dossierA.dossier.id,
      documentId: server.dossierA.documents[0]!.id,
      sheetIndex: 0,
      kind: "cloud",
      points: [{ x: 1, y: 2 }],
      comment: "Recul",
      color: "#cc0000",
      authorId: member.userId,
      authorName: "The Director",
      service: "agence",
      createdAt: "2026-12-04T10:00:00.000Z",
      updatedAt: "2026-12-04T10:00:00.000Z",
      deleted: false,
      strokes: [],
      style: {},
      status: "open",
      inReplyTo: null,
      round: 1,
      subject: "",
      origin: "lajna",
    };
    expect(
      (await push(member, { entity: "markup", record: markup })).status,
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

describe("mutation ids (F10)", () => {
  it("are scoped per user", async () => {
    const a = await session("member-a");
    const b = await session("member-a2");
    const mutationId = crypto.randomUUID();
    const draft = (who: Session) => ({
      entity: "opinion",
      record: opinionOf(who, { round: 9 }),
    });

    expect((await push(a, draft(a), mutationId)).status).toBe("applied");
    expect((await push(b, draft(b), mutationId)).status).toBe("applied");
    expect((await push(a, draft(a), mutationId)).status).toBe("duplicate");
  });
});
