import { describe, expect, it } from "vitest";
import { defaultPair, sameSheet } from "../../../renderer/compare/defaultPair";
import type { DossierDocument } from "../../../shared/domain/entities";

function doc(
  id: string,
  title: string,
  extra: Partial<DossierDocument> = {},
): DossierDocument {
  return {
    id,
    dossierId: "d1",
    kind: "level_plan",
    title,
    fileName: `${id}.pdf`,
    sha256: "a".repeat(64),
    sizeBytes: 100,
    pageCount: 1,
    error: null,
    ...extra,
  };
}

describe("defaultPair", () => {
  it("prefers the latest document that revises another", () => {
    const documents = [
      doc("rdc", "Plan du RDC"),
      doc("etage", "Plan de l'étage"),
      doc("rdc2", "RDC modifié", { round: 2, revisionOf: "rdc" }),
      doc("etage2", "Étage modifié", { round: 2, revisionOf: "etage" }),
    ];
    expect(defaultPair(documents)).toEqual({
      older: { documentId: "etage", sheetIndex: 0 },
      newer: { documentId: "etage2", sheetIndex: 0 },
    });
  });

  it("else pairs a title that extends an earlier one of the same kind", () => {
    const documents = [
      doc("situation", "Plan de situation", { kind: "location_plan" }),
      doc("rdc", "Plan du rez-de-chaussée"),
      doc("etage", "Plan de l'étage"),
      doc("rev", "Plan du rez-de-chaussée, révision 1"),
    ];
    expect(defaultPair(documents)).toEqual({
      older: { documentId: "rdc", sheetIndex: 0 },
      newer: { documentId: "rev", sheetIndex: 0 },
    });
  });

  it("else takes the first two sheets, skipping unreadable documents", () => {
    const documents = [
      doc("broken", "Plan illisible", { error: "pdf.error.unreadable" }),
      doc("set", "Jeu de plans", { pageCount: 7 }),
    ];
    const pair = defaultPair(documents);
    expect(pair).toEqual({
      older: { documentId: "set", sheetIndex: 0 },
      newer: { documentId: "set", sheetIndex: 1 },
    });
    expect(pair && sameSheet(pair)).toBe(false);
    expect(defaultPair([doc("only", "Seul plan")])).toBeNull();
  });
});
