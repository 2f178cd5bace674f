import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  DossierDetail,
  DossierSummary,
  MarkupDraftInput,
} from "../../shared/contract/requests";
import type { Markup, Opinion } from "../../shared/domain/entities";
import {
  HostClient,
  corpusDir,
  startServer,
  waitFor,
  type ServerProcess,
} from "./support/processes";
import { dataCli, seedCommission } from "./support/seed";

/*
 * A resubmission seen by two workstations: the admin resubmits through
 * the server's command line while both hosts run; the carried remark
 * reaches both through sync, its author marks it resolved on one and the
 * other sees it; opinions go to the new round.
 */

const firstPlan = path.join(
  corpusDir,
  "plans/pdfjs_issue21570_freecad_techdraw_A4.pdf",
);
const revisedPlan = path.join(
  corpusDir,
  "plans/pdfjs_Test-plusminus_autocad_titleblock_3layers.pdf",
);
const haveCorpus = existsSync(firstPlan) && existsSync(revisedPlan);
if (!haveCorpus) {
  process.stderr.write(
    `skipping rounds tests: corpus missing in ${corpusDir}\n`,
  );
}

const COMMISSION = "Commission Khemisset";
let root = "";
let serverDir = "";
let server: ServerProcess;
let hostA: HostClient;
let hostB: HostClient;
let dossierId = "";
let documentId = "";

async function seed(dataDir: string): Promise<void> {
  await seedCommission(dataDir, {
    services: [
      { key: "au", name: "Agence urbaine", binding: true },
      { key: "commune", name: "Commune" },
    ],
    commission: { name: COMMISSION, commune: "Khemisset", quorum: 1 },
    users: [
      ...[["amina", "au"] as const, ["brahim", "commune"] as const].map(
        ([username, service]) => ({
          username,
          password: `${username}-pass-123`,
          name: username,
          role: "member" as const,
          service,
        }),
      ),
    ],
  });
  await dataCli(dataDir)(
    ...["dossier", "register", "--number", "KH-RND-1"],
    ...["--procedure", "building_permit", "--commune", "Khemisset"],
    ...["--applicant", "A", "--architect", "B", "--land-title", "T-1"],
    ...["--parcel", "420000,360000 420030,360000 420030,360025"],
    ...["--commission", COMMISSION, "--deadline", "2026-12-31"],
    ...["--doc", `site_plan:${firstPlan}:Plan de masse`],
  );
}

async function signIn(host: HostClient, username: string): Promise<void> {
  await host.call("session.signIn", {
    username,
    password: `${username}-pass-123`,
  });
}

async function detailOf(host: HostClient): Promise<DossierDetail> {
  return host.call<DossierDetail>("dossiers.get", { dossierId });
}

/** Syncs `host` until `probe` finds what it waits for in the detail. */
async function seen<T>(
  host: HostClient,
  probe: (detail: DossierDetail) => T | undefined,
  what: string,
): Promise<T> {
  return waitFor(
    async () => {
      await host.answer("sync.now", {});
      return probe(await detailOf(host));
    },
    60_000,
    what,
  );
}

function remark(comment: string, status: Markup["status"]): MarkupDraftInput {
  return {
    id: randomUUID(),
    dossierId,
    documentId,
    sheetIndex: 0,
    kind: "rectangle",
    points: [
      { x: 60, y: 80 },
      { x: 160, y: 140 },
    ],
    comment,
    color: "#d03030",
    status,
  };
}

describe.skipIf(!haveCorpus)("review rounds on two workstations", () => {
  let open: Markup;

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), "lajna-rounds-"));
    serverDir = path.join(root, "server");
    await seed(serverDir);
    server = await startServer(serverDir);
    [hostA, hostB] = await Promise.all([
      HostClient.start(path.join(root, "ws-a"), server.url),
      HostClient.start(path.join(root, "ws-b"), server.url),
    ]);
    await signIn(hostA, "amina");
    await signIn(hostB, "brahim");
    const inbox = await waitFor(async () => {
      await hostA.answer("sync.now", {});
      const list = await hostA.call<DossierSummary[]>("dossiers.list", {});
      return list.length > 0 ? list : undefined;
    });
    dossierId = inbox[0]!.id;
    documentId = (await detailOf(hostA)).documents[0]!.id;
  }, 180_000);

  afterAll(async () => {
    await Promise.all([
      hostA?.process.kill(),
      hostB?.process.kill(),
      server?.process.kill(),
    ]);
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("carries the open remark to the revision, for both workstations", async () => {
    open = await hostA.call<Markup>(
      "markups.save",
      remark("الارتداد عن الطريق غير كاف", "open"),
    );
    await hostA.call("markups.save", remark("Cote ajoutée", "resolved"));
    const roundOne = await hostA.call<Opinion>("opinions.saveDraft", {
      dossierId,
      verdict: "incomplete",
      conditions: [],
      reasons: [{ text: "Plan de masse sans cotes", markupIds: [open.id] }],
    });
    expect(roundOne.round).toBe(1);
    await seen(hostB, (d) => d.markups.find((m) => m.id === open.id), "remark");

    await dataCli(serverDir)(
      ...["dossier", "resubmit", "--number", "KH-RND-1"],
      ...["--deadline", "2027-01-31"],
      ...[
        "--document",
        `site_plan:${revisedPlan}:Plan de masse B:revises=${documentId}`,
      ],
    );

    for (const host of [hostA, hostB]) {
      const carried = await seen(
        host,
        (d) => d.markups.find((m) => m.carriedFrom === open.id),
        "the carried remark",
      );
      const detail = await detailOf(host);
      const revision = detail.documents.find(
        (d) => d.revisionOf === documentId,
      );
      expect(detail.dossier.round).toBe(2);
      expect(revision?.round).toBe(2);
      expect(carried).toMatchObject({
        documentId: revision?.id,
        round: 2,
        status: "open",
        comment: "الارتداد عن الطريق غير كاف",
        authorName: "amina",
        points: open.points,
      });
      // The resolved remark stays behind; the original keeps round 1.
      expect(detail.markups.filter((m) => m.carriedFrom)).toHaveLength(1);
      expect(detail.markups.find((m) => m.id === open.id)?.round).toBe(1);
    }
  });

  it("lets the author mark the carried remark resolved; the other sees it", async () => {
    const detail = await detailOf(hostA);
    const carried = detail.markups.find((m) => m.carriedFrom === open.id)!;
    const saved = await hostA.call<Markup>("markups.save", {
      ...remark(carried.comment, "resolved"),
      id: carried.id,
      documentId: carried.documentId,
      points: carried.points,
    });
    expect(saved).toMatchObject({ round: 2, carriedFrom: open.id });

    const onB = await seen(
      hostB,
      (d) =>
        d.markups.find((m) => m.id === carried.id && m.status === "resolved"),
      "the resolved carried remark on B",
    );
    expect(onB.carriedFrom).toBe(open.id);
    // Brahim is not its author: he may reply but not resolve it.
    const refused = await hostB.answer("markups.save", {
      ...remark(carried.comment, "open"),
      id: carried.id,
      documentId: carried.documentId,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { key: "markup.error.notAuthor" },
    });
  });

  it("takes opinions and new remarks in the new round only", async () => {
    const draft = await hostA.call<Opinion>("opinions.saveDraft", {
      dossierId,
      verdict: "favourable",
      conditions: [],
      reasons: [],
    });
    expect(draft.round).toBe(2);
    const fresh = await hostB.call<Markup>("markups.save", {
      ...remark("Nouvelle remarque", "open"),
      documentId: (await detailOf(hostB)).documents.find((d) => d.round === 2)!
        .id,
    });
    expect(fresh.round).toBe(2);

    const opinions = await seen(
      hostB,
      (d) => {
        const rounds = d.opinions.map((o) => o.round).sort();
        return rounds.length === 2 ? rounds : undefined;
      },
      "both rounds' opinions on B",
    );
    expect(opinions).toEqual([1, 2]);

    // The decision is the current round's: round 1's reasons are not on it.
    const { bytes } = await hostA.call<{ bytes: Uint8Array }>(
      "decisions.print",
      { dossierId },
    );
    const file = path.join(root, "decision.pdf");
    writeFileSync(file, bytes);
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
    expect(text).toContain("KH-RND-1");
    expect(text).not.toContain("Plan de masse sans cotes");
  });

  it("prints the round's markups list as a PDF summary", async () => {
    // Brahim's new remark reaches Amina's workstation first.
    await seen(
      hostA,
      (d) => d.markups.find((m) => m.comment === "Nouvelle remarque"),
      "Brahim's remark on A",
    );
    const detail = await detailOf(hostA);
    const roundTwo = detail.markups.filter(
      (m) => m.round === 2 && m.kind !== "reply",
    );
    const { bytes } = await hostA.call<{ bytes: Uint8Array }>(
      "markups.printSummary",
      {
        dossierId,
        markupIds: roundTwo.map((m) => m.id),
        round: 2,
        language: "ar",
      },
    );
    const file = path.join(root, "summary.pdf");
    writeFileSync(file, bytes);
    writeFileSync(path.join(tmpdir(), "lajna-rounds-summary.pdf"), bytes);
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" })
      // pdftotext marks right-to-left runs with bidi controls.
      .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "");
    expect(text).toContain("KH-RND-1");
    expect(text).toContain("Nouvelle remarque");
    // The Arabic comment of the carried remark, letter for letter.
    const letters = (s: string) => s.replace(/\s+/g, "");
    expect(letters(text)).toContain(letters("الارتداد عن الطريق غير كاف"));
    // Each remark comes with a picture of its sheet around it.
    const images = execFileSync("pdfimages", ["-list", file], {
      encoding: "utf8",
    });
    expect(images.trim().split("\n").length - 2).toBe(roundTwo.length);
  });
});
