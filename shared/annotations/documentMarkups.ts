import type { DossierDocument, Markup } from "../domain/entities";
import { markupSchema } from "../domain/entities";
import { markupsFromXfdf } from "./markupFromXfdf";
import { readPdfAnnotations } from "./pdfAnnotationReader";

/** The id of a document annotation's markup, the same on every side. */
export function documentMarkupId(documentId: string, name: string): string {
  return `document:${documentId}:${name}`;
}

/**
 * The annotations a submitted PDF already holds, as markups of origin
 * `document`: read-only for everyone (no member is their author, so
 * `authorId` is empty and only replies can be added), with the
 * annotation's own author name and dates. Links, form fields, popups and
 * other kinds that are not review markups are left out. Ids derive from
 * the document and the annotation's name, so reading the same file twice
 * gives the same markups and a conversion can be repeated safely.
 * Throws when the file cannot be read as a PDF, an annotation is out of
 * bounds (a `xfdf.error.*` UserError) or there are too many of them
 * (`document.error.tooManyAnnotations`).
 */
export async function documentMarkups(
  bytes: Uint8Array,
  document: Pick<DossierDocument, "id" | "dossierId" | "pageCount">,
  nowIso: string,
): Promise<Markup[]> {
  const annotations = await readPdfAnnotations(bytes);
  const set = markupsFromXfdf(annotations, {
    pageCount: document.pageCount ?? Number.MAX_SAFE_INTEGER,
    nowIso,
  });
  const idOf = (name: string) => documentMarkupId(document.id, name);
  return set.markups.map((m) =>
    markupSchema.parse({
      ...m,
      id: idOf(m.name),
      dossierId: document.dossierId,
      documentId: document.id,
      inReplyTo: m.inReplyToName ? idOf(m.inReplyToName) : null,
      authorId: "",
      service: "",
      deleted: false,
      round: 1,
      origin: "document",
    }),
  );
}
