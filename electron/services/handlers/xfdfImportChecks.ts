import { PDFDocument } from "pdf-lib";
import type { ExchangedMarkup } from "../../../shared/annotations/exchangeTypes";
import {
  namesDocument,
  xfdfTargetFile,
} from "../../../shared/annotations/xfdfTarget";
import { UserError } from "../../../shared/contract/errors";
import type { DossierDocument } from "../../../shared/domain/entities";

/** A sheet's visible box in PDF points. */
export interface SheetBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Refuses, unless the reviewer confirmed, an XFDF whose `<f href>` names
 * another document of the dossier: its markups belong on that drawing.
 * A name the dossier does not know says nothing (files are renamed on
 * their way to Acrobat and back), so such a file is not questioned.
 */
export function requireSameDocument(
  xfdf: string,
  document: DossierDocument,
  dossierDocuments: readonly DossierDocument[],
): void {
  const target = xfdfTargetFile(xfdf);
  if (target === null || namesDocument(target, document.fileName)) return;
  const other = dossierDocuments.find(
    (d) => d.id !== document.id && namesDocument(target, d.fileName),
  );
  if (other === undefined) return;
  throw new UserError("xfdf.error.otherDocument", {
    file: other.title,
    document: document.title,
  });
}

/**
 * Each sheet's crop box, or null when pdf-lib cannot read the file (the
 * import then goes on without the off-sheet check).
 */
export async function sheetBoxes(
  bytes: Uint8Array,
): Promise<SheetBox[] | null> {
  try {
    const pdf = await PDFDocument.load(bytes, {
      ignoreEncryption: true,
      updateMetadata: false,
    });
    return pdf.getPages().map((page) => page.getCropBox());
  } catch {
    return null;
  }
}

/** Whether any point of a markup lies on its sheet's box. */
export function touchesSheet(
  markup: ExchangedMarkup,
  boxes: readonly SheetBox[],
): boolean {
  const box = boxes[markup.sheetIndex];
  if (box === undefined) return false;
  const points = [...markup.points, ...(markup.strokes ?? []).flat()];
  // A reply sits on its parent; with no place of its own it is kept.
  if (points.length === 0) return true;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return (
    Math.max(...xs) >= box.x &&
    Math.min(...xs) <= box.x + box.width &&
    Math.max(...ys) >= box.y &&
    Math.min(...ys) <= box.y + box.height
  );
}
