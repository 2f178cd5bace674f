import type {
  DossierDocument,
  Georeference,
} from "../../shared/domain/entities";

/**
 * The documents a user can place on the map: readable plan sheets. Signed
 * opinions are records, not drawings, and a file the server could not read
 * has no page to show.
 */
export function placeableDocuments(
  documents: readonly DossierDocument[],
): DossierDocument[] {
  return documents.filter(
    (d) =>
      d.error === null && (d.pageCount ?? 0) > 0 && d.kind !== "signed_opinion",
  );
}

/**
 * The document offered first: the site plan, which is drawn on the parcel
 * and carries the corners a placement needs; else the first placeable.
 */
export function defaultDocument(
  documents: readonly DossierDocument[],
): DossierDocument | null {
  const candidates = placeableDocuments(documents);
  return (
    candidates.find((d) => d.kind === "site_plan") ??
    candidates.find((d) => d.kind === "location_plan") ??
    candidates[0] ??
    null
  );
}

/** The most recently saved placement of the dossier, if any. */
export function latestGeoreference(
  georeferences: readonly Georeference[],
  documents: readonly DossierDocument[],
): Georeference | null {
  const known = new Set(placeableDocuments(documents).map((d) => d.id));
  return (
    [...georeferences]
      .filter((g) => known.has(g.documentId))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0] ?? null
  );
}
