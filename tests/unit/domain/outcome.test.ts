import { describe, expect, it } from "vitest";
import { committeeOutcome } from "../../../shared/domain/outcome";
import type { Opinion, Verdict } from "../../../shared/domain/entities";

function opinion(
  service: string,
  verdict: Verdict,
  options: { binding?: boolean; signed?: boolean } = {},
): Opinion {
  return {
    id: `op-${service}`,
    dossierId: "d1",
    sessionId: "s1",
    round: 1,
    memberId: `m-${service}`,
    memberName: `Member ${service}`,
    serviceId: service,
    serviceName: service,
    binding: options.binding ?? false,
    verdict,
    conditions: [],
    reasons: [],
    createdAt: "2026-12-01T09:00:00Z",
    updatedAt: "2026-12-01T09:00:00Z",
    signedAt: options.signed === false ? null : "2026-12-01T10:00:00Z",
    signedPdfSha256: null,
  };
}

const rule = { quorum: 3, requireBinding: true };

describe("committee outcome", () => {
  it("is unfavourable when the binding member objects, whatever the others say", () => {
    const result = committeeOutcome(
      [
        opinion("agency", "unfavourable", { binding: true }),
        opinion("commune", "favourable"),
        opinion("water", "favourable"),
      ],
      rule,
    );
    expect(result.outcome).toBe("unfavourable");
  });

  it("is favourable when the binding member agrees over an advisory objection", () => {
    const result = committeeOutcome(
      [
        opinion("agency", "favourable", { binding: true }),
        opinion("commune", "unfavourable"),
        opinion("water", "favourable"),
      ],
      rule,
    );
    expect(result.outcome).toBe("favourable");
  });

  it("carries advisory conditions into the outcome", () => {
    const result = committeeOutcome(
      [
        opinion("agency", "favourable", { binding: true }),
        opinion("commune", "favourable_with_conditions"),
        opinion("water", "favourable"),
      ],
      rule,
    );
    expect(result.outcome).toBe("favourable_with_conditions");
  });

  it("sends the file back when any member finds it incomplete", () => {
    const result = committeeOutcome(
      [
        opinion("agency", "favourable", { binding: true }),
        opinion("commune", "incomplete"),
        opinion("water", "favourable"),
      ],
      rule,
    );
    expect(result.outcome).toBe("incomplete");
  });

  it("waits for the binding opinion even with a quorum", () => {
    const result = committeeOutcome(
      [
        opinion("commune", "favourable"),
        opinion("water", "favourable"),
        opinion("telecom", "favourable"),
      ],
      rule,
    );
    expect(result).toEqual({
      outcome: "pending",
      missing: "binding_opinion",
      counted: 3,
    });
  });

  it("counts only signed opinions towards the quorum", () => {
    const result = committeeOutcome(
      [
        opinion("agency", "favourable", { binding: true }),
        opinion("commune", "favourable"),
        opinion("water", "unfavourable", { signed: false }),
      ],
      rule,
    );
    expect(result).toEqual({
      outcome: "pending",
      missing: "quorum",
      counted: 2,
    });
  });

  it("counts a member once, however many opinions they signed", () => {
    const forged = (name: string, signedAt: string): Opinion => ({
      ...opinion("agency", "favourable", { binding: true }),
      id: `op-${name}`,
      memberName: name,
      signedAt,
    });
    const result = committeeOutcome(
      [
        forged("Saïd", "2026-12-01T10:00:00Z"),
        forged("Yassine", "2026-12-01T11:00:00Z"),
        forged("Nadia", "2026-12-01T12:00:00Z"),
      ],
      rule,
    );
    expect(result).toEqual({
      outcome: "pending",
      missing: "quorum",
      counted: 1,
    });
  });

  it("takes a member's latest signed opinion", () => {
    const earlier = {
      ...opinion("agency", "unfavourable", { binding: true }),
      id: "op-1",
      signedAt: "2026-12-01T10:00:00Z",
    };
    const later = {
      ...opinion("agency", "favourable", { binding: true }),
      id: "op-2",
      signedAt: "2026-12-02T10:00:00Z",
    };
    const result = committeeOutcome(
      [later, earlier, opinion("commune", "favourable")],
      { quorum: 2, requireBinding: true },
    );
    expect(result.outcome).toBe("favourable");
  });
});
