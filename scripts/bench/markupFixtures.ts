import {
  markupSchema,
  type DossierDocument,
  type Markup,
} from "../../shared/domain/entities";

const comments = [
  "Recul sur voie non respecté",
  "Accès pompiers à préciser",
  "Cour intérieure sous 12 m²",
  "Coter la hauteur totale",
  "الارتفاع يتجاوز الحد المسموح به",
  "Raccordement au réseau d'assainissement à montrer",
];
const authors = [
  ["u1", "Amal", "Agence urbaine"],
  ["u2", "Youssef", "Commune"],
  ["u3", "Salma", "ONEE eau"],
  ["u4", "Karim", "Protection civile"],
] as const;
const kinds = [
  "cloud",
  "arrow",
  "rectangle",
  "text",
  "callout",
  "stamp",
] as const;
const statuses = ["open", "accepted", "rejected", "resolved"] as const;

/**
 * A dossier's worth of markups for benchmarks and tests: `count` remarks
 * spread over 12 documents, four members, six kinds and four statuses,
 * plus one reply for every tenth remark. Deterministic.
 */
export function syntheticMarkups(count: number): {
  markups: Markup[];
  documents: DossierDocument[];
} {
  const documents = Array.from({ length: 12 }, (_, i) => ({
    id: `doc${i}`,
    dossierId: "d1",
    kind: "plan" as DossierDocument["kind"],
    title: `Plan ${i + 1}`,
    fileName: `plan${i + 1}.pdf`,
    sha256: "0".repeat(64),
    sizeBytes: 1,
    pageCount: 4,
    error: null,
  }));
  const markups: Markup[] = [];
  for (let i = 0; i < count; i++) {
    const [authorId, authorName, service] = authors[i % authors.length]!;
    const day = String(1 + (i % 28)).padStart(2, "0");
    const base = {
      dossierId: "d1",
      documentId: `doc${i % 12}`,
      sheetIndex: i % 4,
      points: [{ x: i % 1000, y: (i * 7) % 800 }],
      color: "#d62828",
      authorId,
      authorName,
      service,
      createdAt: `2026-03-${day}T10:00:00Z`,
      updatedAt: `2026-03-${day}T11:00:00Z`,
      deleted: false,
    };
    markups.push(
      markupSchema.parse({
        ...base,
        id: `m${i}`,
        kind: kinds[i % kinds.length],
        comment: `${comments[i % comments.length]} #${i}`,
        status: statuses[(i >> 2) % statuses.length],
        round: 1 + (i % 3),
      }),
    );
    if (i % 10 === 0) {
      markups.push(
        markupSchema.parse({
          ...base,
          id: `r${i}`,
          kind: "reply",
          comment: "Vu, à corriger",
          inReplyTo: `m${i}`,
        }),
      );
    }
  }
  return { markups, documents };
}
