import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PushResponse } from "../../shared/contract/sync";
import type { Markup } from "../../shared/domain/entities";
import { corpusFile } from "../annotations/support";
import { drained } from "./support/hostSync";
import { waitFor, type HostClient } from "./support/processes";
import { TwoWorkstations, type TestMember } from "./support/twoWorkstations";

/*
 * A markup imported from Acrobat keeps its Acrobat author through the
 * real server to a second workstation; the importing member stays its
 * owner (authorId) and nobody can turn it into a markup of their own.
 */

const pdf = corpusFile("annotations/acrobat_ink.pdf");
const xfdfFile = corpusFile("annotations/acrobat_ink.xfdf");
const INK_ID = "74071439-12ca-4112-837d-08925634fd3c";
const MEMBERS = [
  { username: "amina", password: "amina-demo-pass", name: "Amina A." },
  { username: "karim", password: "karim-demo-pass", name: "Karim B." },
].map((member) => ({ ...member, service: "au" })) as [TestMember, TestMember];

const ws = new TwoWorkstations({
  tempPrefix: "lajna-imported-author-",
  services: [{ key: "au", name: "Agence urbaine" }],
  commission: {
    name: "Commission provinciale Khemisset",
    commune: "Khemisset",
    quorum: 1,
  },
  members: MEMBERS,
  dossier: {
    number: "KH-2026-0201",
    landTitle: "T-779/R",
    sitePlan: pdf ?? "",
  },
});

async function inkOn(host: HostClient): Promise<Markup | undefined> {
  await host.answer("sync.now", {});
  const detail = await ws.detail(host);
  return detail.markups.find((m) => m.id === INK_ID && !m.deleted);
}

describe.skipIf(pdf === null || xfdfFile === null)("imported author", () => {
  beforeAll(() => ws.start());
  afterAll(() => ws.close());

  it("keeps Acrobat's author through the server to another member", async () => {
    const [importer, other] = [ws.a, ws.b];
    await importer.call("markups.importXfdf", {
      dossierId: ws.dossierId,
      documentId: ws.documentId,
      xfdf: readFileSync(xfdfFile ?? "", "utf8"),
    });
    await drained(importer);

    // The importer stays recorded as its owner, apart from its author.
    const seen = await waitFor(() => inkOn(other));
    expect(seen).toMatchObject({
      authorName: "Alex",
      authorId: ws.users[0]!.id,
      origin: "imported",
    });

    // The importer's own copy came back from the server unchanged.
    expect(await inkOn(importer)).toMatchObject({ authorName: "Alex" });
  });

  it("is read-only except replies, for the importer too", async () => {
    const [importer, other] = [ws.a, ws.b];
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

    const reply = await other.call<Markup>(
      "markups.save",
      ws.draft({
        sheetIndex: ink.sheetIndex,
        kind: "reply",
        inReplyTo: ink.id,
        points: ink.points.slice(0, 1),
        comment: "Vu",
        color: "#1d3557",
      }),
    );
    await drained(other);
    const answered = await ws.seen(
      importer,
      (detail) => detail.markups.find((m) => m.id === reply.id),
      "the reply on the importer's workstation",
    );
    expect(answered).toMatchObject({
      inReplyTo: ink.id,
      authorName: "Karim B.",
    });
  });

  it("is refused by the server when pushed as one of ours", async () => {
    const ink = (await inkOn(ws.a))!;
    const signIn = await fetch(`${ws.server.url}/api/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        username: MEMBERS[0].username,
        password: MEMBERS[0].password,
      }),
    });
    const { token } = (await signIn.json()) as { token: string };
    const push = async (record: Markup) => {
      const response = await fetch(`${ws.server.url}/api/sync/push`, {
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
    const other = await ws.seen(
      ws.b,
      (detail) => detail.markups.find((m) => m.id === id),
      "the fresh import on the other workstation",
    );
    expect(other.authorName).toBe("Bluebeam Reviewer");
  });
});
