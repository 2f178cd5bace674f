import type { Markup } from "../domain/entities";
import {
  stampAppearances,
  type StampAppearanceOptions,
} from "./xfdfStampAppearance";
import { writeXfdf } from "./xfdfWriter";

/**
 * The XFDF file the workstation exports: `writeXfdf` with every stamp's
 * appearance drawn as the annotated PDF draws it, so Acrobat, Bluebeam
 * and pdf.js show the stamps Lajna shows. Give `textFont` (Noto Naskh
 * Arabic) for stamps with Arabic words or names, as to annotatedPdf.
 */
export async function exportXfdf(
  markups: readonly Markup[],
  pdfFileName: string,
  options: StampAppearanceOptions = {},
): Promise<string> {
  const appearances = await stampAppearances(markups, options);
  return writeXfdf(markups, pdfFileName, appearances);
}
