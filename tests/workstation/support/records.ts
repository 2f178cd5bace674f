import { randomUUID } from "node:crypto";
import {
  markupSchema,
  type Markup,
  type Opinion,
} from "../../../shared/domain/entities";

/**
 * A complete markup record as stores and the sync API hold it: a cloud on
 * the first sheet, with the schema's defaults for the fields a test does
 * not name. Without an id, a fresh one.
 */
export function markupRecord(fields: Partial<Markup> = {}): Markup {
  return markupSchema.parse({
    id: randomUUID(),
    dossierId: "d1",
    documentId: "doc1",
    sheetIndex: 0,
    kind: "cloud",
    points: [
      { x: 10, y: 20 },
      { x: 30, y: 40 },
    ],
    comment: "",
    color: "#ff0000",
    authorId: "u1",
    authorName: "Member One",
    service: "Agence urbaine",
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
    deleted: false,
    ...fields,
  });
}

/**
 * A complete opinion record of `memberId` on `dossierId`: a favourable
 * first-round draft of the binding Agence urbaine, unsigned, with the
 * fields a test names in place of those.
 */
export function opinionRecord(
  fields: Pick<Opinion, "dossierId" | "memberId"> & Partial<Opinion>,
): Opinion {
  return {
    id: randomUUID(),
    sessionId: null,
    round: 1,
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
    ...fields,
  };
}
