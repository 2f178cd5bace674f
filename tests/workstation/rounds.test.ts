import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MarkupDraftInput } from "../../shared/contract/requests";
import type { Markup, Opinion } from "../../shared/domain/entities";
import { corpusDir } from "./support/processes";
import { dataCli } from "./support/seed";
import { AMINA_AND_BRAHIM, TwoWorkstations } from "./support/twoWorkstations";

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

const ws = new TwoWorkstations({
  tempPrefix: "lajna-rounds-",
  commission: { name: "Commission Khemisset", commune: "Khemisset", quorum: 1 },
  members: AMINA_AND_BRAHIM,
  dossier: {
    number: "KH-RND-1",
    landTitle: "T-1",
    sitePlan: firstPlan,
    sitePlanTitle: "Plan de masse",
  },
});

function remark(comment: string, status: Markup["status"]): MarkupDraftInput {
  const points = [
    { x: 60, y: 80 },
    { x: 160, y: 140 },
  ];
  return ws.draft({ kind: "rectangle", points, comment, status });
}

describe.skipIf(!haveCorpus)("review rounds on two workstations", () => {
  let open: Markup;

  beforeAll(() => ws.start(), 180_000);
  afterAll(() => ws.close());

  it("carries the open remark to the revision, for both workstations", async () => {
    open = await ws.a.call<Markup>(
      "markups.save",
      remark("الارتداد عن الطريق غير كاف", "open"),
    );
    await ws.a.call("markups.save", remark("Cote ajoutée", "resolved"));
    const roundOne = await ws.a.call<Opinion>("opinions.saveDraft", {
      dossierId: ws.dossierId,
      verdict: "incomplete",
      conditions: [],
      reasons: [{ text: "Plan de masse sans cotes", markupIds: [open.id] }],
    });
    expect(roundOne.round).toBe(1);
    await ws.seen(
      ws.b,
      (d) => d.markups.find((m) => m.id === open.id),
      "remark",
    );

    await dataCli(ws.serverDir)(
      ...["dossier", "resubmit", "--number", "KH-RND-1"],
      ...["--deadline", "2027-01-31"],
      ...[
        "--document",
        `site_plan:${revisedPlan}:Plan de masse B:revises=${ws.documentId}`,
      ],
    );

    for (const host of [ws.a, ws.b]) {
      const carried = await ws.seen(
        host,
        (d) => d.markups.find((m) => m.carriedFrom === open.id),
        "the carried remark",
      );
      const detail = await ws.detail(host);
      const revision = detail.documents.find(
        (d) => d.revisionOf === ws.documentId,
      );
      expect(detail.dossier.round).toBe(2);
      expect(revision?.round).toBe(2);
      expect(carried).toMatchObject({
        documentId: revision?.id,
        round: 2,
        status: "open",
        comment: "الارتداد عن الطريق غير كاف",
        authorName: "Amina A.",
        points: open.points,
      });
      // The resolved remark stays behind; the original keeps round 1.
      expect(detail.markups.filter((m) => m.carriedFrom)).toHaveLength(1);
      expect(detail.markups.find((m) => m.id === open.id)?.round).toBe(1);
    }
  });

  it("lets the author mark the carried remark resolved; the other sees it", async () => {
    const detail = await ws.detail(ws.a);
    const carried = detail.markups.find((m) => m.carriedFrom === open.id)!;
    const saved = await ws.a.call<Markup>("markups.save", {
      ...remark(carried.comment, "resolved"),
      id: carried.id,
      documentId: carried.documentId,
      points: carried.points,
    });
    expect(saved).toMatchObject({ round: 2, carriedFrom: open.id });

    const onB = await ws.seen(
      ws.b,
      (d) =>
        d.markups.find((m) => m.id === carried.id && m.status === "resolved"),
      "the resolved carried remark on B",
    );
    expect(onB.carriedFrom).toBe(open.id);
    // Brahim is not its author: he may reply but not resolve it.
    const refused = await ws.b.answer("markups.save", {
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
    const draft = await ws.a.call<Opinion>("opinions.saveDraft", {
      dossierId: ws.dossierId,
      verdict: "favourable",
      conditions: [],
      reasons: [],
    });
    expect(draft.round).toBe(2);
    const fresh = await ws.b.call<Markup>("markups.save", {
      ...remark("Nouvelle remarque", "open"),
      documentId: (await ws.detail(ws.b)).documents.find((d) => d.round === 2)!
        .id,
    });
    expect(fresh.round).toBe(2);

    const opinions = await ws.seen(
      ws.b,
      (d) => {
        const rounds = d.opinions.map((o) => o.round).sort();
        return rounds.length === 2 ? rounds : undefined;
      },
      "both rounds' opinions on B",
    );
    expect(opinions).toEqual([1, 2]);

    // The decision is the current round's: round 1's reasons are not on it.
    const { bytes } = await ws.a.call<{ bytes: Uint8Array }>(
      "decisions.print",
      { dossierId: ws.dossierId },
    );
    const file = path.join(ws.root, "decision.pdf");
    writeFileSync(file, bytes);
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
    expect(text).toContain("KH-RND-1");
    expect(text).not.toContain("Plan de masse sans cotes");
  });

  it("prints the round's markups list as a PDF summary", async () => {
    // Brahim's new remark reaches Amina's workstation first.
    await ws.seen(
      ws.a,
      (d) => d.markups.find((m) => m.comment === "Nouvelle remarque"),
      "Brahim's remark on A",
    );
    const detail = await ws.detail(ws.a);
    const roundTwo = detail.markups.filter(
      (m) => m.round === 2 && m.kind !== "reply",
    );
    const { bytes } = await ws.a.call<{ bytes: Uint8Array }>(
      "markups.printSummary",
      {
        dossierId: ws.dossierId,
        markupIds: roundTwo.map((m) => m.id),
        round: 2,
        language: "ar",
      },
    );
    const file = path.join(ws.root, "summary.pdf");
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
