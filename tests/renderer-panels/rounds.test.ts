import { describe, expect, it } from "vitest";
import type { DossierDetail } from "../../shared/contract/requests";
import {
  markupSchema,
  type Markup,
  type Opinion,
} from "../../shared/domain/entities";
import { isOpenRemark } from "../../shared/domain/rounds";
import {
  awaitsCheck,
  resolvedDraft,
  stillOpenReply,
} from "../../renderer/markup/carriedRemark";
import {
  buildRows,
  filterChoices,
  filterRows,
} from "../../renderer/markup/markupTable";
import {
  currentRound,
  earlierRounds,
  summariseDecision,
} from "../../renderer/secretary/decisionSummary";
import { carryOpenRemarks } from "../../server/dossiers/carryRemarks";

/*
 * The pure parts of review rounds: which markups are carried, how the
 * markups list filters by round and names where a remark came from, the
 * reviewer's two answers, and which round's opinions decide.
 */

function markup(id: string, over: Partial<Markup> = {}): Markup {
  return markupSchema.parse({
    id,
    dossierId: "d1",
    documentId: "doc-1",
    sheetIndex: 0,
    kind: "cloud",
    points: [
      { x: 10, y: 20 },
      { x: 40, y: 60 },
    ],
    comment: `remark ${id}`,
    color: "#d03030",
    authorId: "amina",
    authorName: "Amina",
    service: "AU",
    createdAt: "2026-11-01T09:00:00Z",
    updatedAt: "2026-11-01T09:00:00Z",
    deleted: false,
    ...over,
  });
}

const revision = {
  id: "doc-2",
  dossierId: "d1",
  kind: "site_plan" as const,
  title: "Plan B",
  fileName: "b.pdf",
  sha256: "0".repeat(64),
  sizeBytes: 1,
  pageCount: 2,
  error: null,
  round: 2,
  revisionOf: "doc-1",
};

describe("carrying open remarks", () => {
  it("carries open remarks only, to the same sheet of the revision", () => {
    const markups = [
      markup("open"),
      markup("second-sheet", { sheetIndex: 1 }),
      markup("third-sheet", { sheetIndex: 2 }),
      markup("resolved", { status: "resolved" }),
      markup("accepted", { status: "accepted" }),
      markup("reply", { kind: "reply", inReplyTo: "open" }),
      markup("measure", { kind: "measure_length" }),
      markup("calibration", { kind: "measure_calibration" }),
      markup("pdf", { origin: "document" }),
      markup("gone", { deleted: true }),
      markup("other-doc", { documentId: "doc-9" }),
    ];
    const { carried, left } = carryOpenRemarks(markups, [revision], 2, "now");

    expect(carried.map((m) => m.carriedFrom)).toEqual(["open", "second-sheet"]);
    expect(left.map((m) => m.id)).toEqual(["third-sheet"]);
    expect(carried[1]).toMatchObject({
      documentId: "doc-2",
      sheetIndex: 1,
      round: 2,
      status: "open",
      authorId: "amina",
      createdAt: "2026-11-01T09:00:00Z",
      updatedAt: "now",
    });
    expect(carried[0]?.id).not.toBe("open");
  });

  it("does not carry a remark twice", () => {
    const markups = [
      markup("open"),
      markup("copy", { documentId: "doc-2", carriedFrom: "open", round: 2 }),
    ];
    const { carried } = carryOpenRemarks(markups, [revision], 3, "now");
    expect(carried).toEqual([]);
  });

  it("counts measurements and replies as not remarks", () => {
    expect(isOpenRemark(markup("a", { kind: "measure_area" }))).toBe(false);
    expect(isOpenRemark(markup("b", { kind: "stamp" }))).toBe(true);
  });
});

describe("markups list by round", () => {
  const markups = [
    markup("old", { round: 1 }),
    markup("carried", { round: 2, carriedFrom: "old" }),
    markup("orphan", { round: 3, carriedFrom: "deleted-one" }),
    markup("new", { round: 2 }),
  ];
  const rows = buildRows(markups, []);

  it("filters to one round and offers every round, latest first", () => {
    const two = filterRows(rows, { round: 2 }).map((r) => r.markup.id);
    expect(two).toEqual(["carried", "new"]);
    expect(filterRows(rows, {}).length).toBe(4);
    expect(filterChoices(rows, 4).rounds).toEqual([4, 3, 2, 1]);
  });

  it("keeps in a later round the open remarks no revision carried", () => {
    const left = [
      markup("kept", { round: 1 }),
      markup("settled", { round: 1, status: "resolved" }),
      markup("moved", { round: 1 }),
      markup("copy", { round: 2, carriedFrom: "moved" }),
    ];
    const three = filterRows(buildRows(left, []), { round: 3 });
    expect(three.map((r) => r.markup.id)).toEqual(["kept", "copy"]);
  });

  it("names the round a carried remark came from", () => {
    const from = Object.fromEntries(
      rows.map((r) => [r.markup.id, r.carriedFromRound]),
    );
    expect(from).toEqual({ old: null, carried: 1, orphan: 2, new: null });
  });

  it("offers the check to the carried remark's author while it is open", () => {
    const carried = markups[1]!;
    expect(awaitsCheck(carried, "amina")).toBe(true);
    expect(awaitsCheck(carried, "brahim")).toBe(false);
    expect(awaitsCheck({ ...carried, status: "resolved" }, "amina")).toBe(
      false,
    );
    expect(awaitsCheck(markups[3]!, "amina")).toBe(false);

    expect(resolvedDraft(carried)).toMatchObject({
      id: "carried",
      status: "resolved",
      points: carried.points,
    });
    expect(stillOpenReply(carried, "still open", "r1")).toMatchObject({
      id: "r1",
      kind: "reply",
      inReplyTo: "carried",
      comment: "still open",
      points: [{ x: 10, y: 20 }],
    });
  });
});

describe("opinions by round", () => {
  function opinion(id: string, round: number, verdict: Opinion["verdict"]) {
    return {
      id,
      dossierId: "d1",
      sessionId: null,
      round,
      memberId: `m-${id}`,
      memberName: id,
      serviceId: "au",
      serviceName: "AU",
      binding: true,
      verdict,
      conditions: [],
      reasons: [],
      createdAt: "2026-11-01T09:00:00Z",
      updatedAt: "2026-11-01T09:00:00Z",
      signedAt: "2026-11-02T09:00:00Z",
      signedPdfSha256: null,
    } satisfies Opinion;
  }

  function detail(round: number | undefined, opinions: Opinion[]) {
    return {
      dossier: { id: "d1", round },
      opinions,
      commission: { quorum: 1 },
    } as unknown as DossierDetail;
  }

  it("decides on the dossier's round, not on the latest opinion", () => {
    // Round 1 was signed unfavourable; round 2 has no opinion yet.
    const resubmitted = detail(2, [opinion("a", 1, "unfavourable")]);
    expect(currentRound(resubmitted)).toBe(2);
    expect(summariseDecision(resubmitted).explanation.outcome).toBe("pending");
    expect(earlierRounds(resubmitted)).toEqual([1]);
    expect(summariseDecision(resubmitted, 1).explanation.outcome).toBe(
      "unfavourable",
    );
  });

  it("reads a dossier written before rounds as round 1", () => {
    const old = detail(undefined, [opinion("a", 1, "favourable")]);
    expect(currentRound(old)).toBe(1);
    expect(earlierRounds(old)).toEqual([]);
    expect(summariseDecision(old).explanation.outcome).toBe("favourable");
  });
});
