import { describe, expect, it } from "vitest";
import type { DossierDetail } from "../../shared/contract/requests";
import type { Opinion, Verdict } from "../../shared/domain/entities";
import { summariseDecision } from "../../renderer/secretary/decisionSummary";

function opinion(
  id: string,
  verdict: Verdict,
  options: { binding?: boolean; signed?: boolean; round?: number } = {},
): Opinion {
  return {
    id,
    dossierId: "d1",
    sessionId: null,
    round: options.round ?? 1,
    memberId: `member-${id}`,
    memberName: `Member ${id}`,
    serviceId: `service-${id}`,
    serviceName: options.binding ? "Agence urbaine" : `Service ${id}`,
    binding: options.binding ?? false,
    verdict,
    conditions: [],
    reasons: [],
    createdAt: "2026-12-01T09:00:00Z",
    updatedAt: "2026-12-01T09:00:00Z",
    signedAt: options.signed === false ? null : "2026-12-02T10:00:00Z",
    signedPdfSha256: null,
  };
}

function detailWith(opinions: Opinion[], quorum: number): DossierDetail {
  return {
    dossier: {
      id: "d1",
      number: "KH-2026-0001",
      procedure: "building_permit",
      commune: "Khemisset",
      applicant: "A",
      architect: "B",
      landTitle: "T-1",
      parcel: [],
      parcelCrs: "EPSG:26191",
      commissionId: "c1",
      sessionId: null,
      status: "under_review",
      deadline: "2026-12-20",
      registeredAt: "2026-11-30",
      stages: [],
    },
    documents: [],
    markups: [],
    opinions,
    georeferences: [],
    commission: { id: "c1", name: "C", commune: "Khemisset", quorum },
    session: null,
  };
}

describe("the decision summary", () => {
  it("is pending on quorum with the counts to show", () => {
    const summary = summariseDecision(
      detailWith([opinion("a", "favourable", { binding: true })], 3),
    );
    expect(summary.explanation.outcome).toBe("pending");
    expect(summary.pendingReason).toEqual({
      key: "decision.pending.quorum",
      params: { counted: 1, quorum: 3 },
    });
  });

  it("waits for the binding opinion even when advisory ones suffice", () => {
    const summary = summariseDecision(
      detailWith(
        [
          opinion("a", "favourable"),
          opinion("b", "favourable"),
          opinion("c", "favourable", { binding: true, signed: false }),
        ],
        2,
      ),
    );
    expect(summary.pendingReason?.key).toBe("decision.pending.binding");
  });

  it("decides on the latest round only, binding opinion listed first", () => {
    const summary = summariseDecision(
      detailWith(
        [
          opinion("old", "unfavourable", { binding: true, round: 1 }),
          opinion("b", "favourable_with_conditions", { round: 2 }),
          opinion("a", "favourable", { binding: true, round: 2 }),
          opinion("c", "favourable", { round: 2 }),
        ],
        3,
      ),
    );
    expect(summary.round).toBe(2);
    expect(summary.opinions.map((o) => o.id)).toEqual(["a", "b", "c"]);
    expect(summary.explanation.outcome).toBe("favourable_with_conditions");
    expect(summary.pendingReason).toBeNull();
  });

  it("uses a quorum of zero when the dossier has no commission", () => {
    const detail = {
      ...detailWith([opinion("a", "unfavourable", { binding: true })], 9),
      commission: null,
    };
    expect(summariseDecision(detail).explanation.outcome).toBe("unfavourable");
  });
});
