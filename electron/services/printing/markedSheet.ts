import { annotatedPdf } from "../../../shared/annotations/annotatedPdf";
import type { StampLanguage } from "../../../shared/domain/stamps";
import type { Markup } from "../../../shared/domain/entities";

/**
 * A document with the given markups drawn into its pages, for the crops
 * of the printed markups summary: each remark's picture then shows the
 * cloud, arrow or stamp as the viewer draws it, not only the sheet under
 * it. When drawing them fails the sheet is given as it is, so the summary
 * still prints.
 */
export async function markedSheet(
  bytes: Uint8Array,
  markups: readonly Markup[],
  options: { language: StampLanguage; textFont: Uint8Array | null },
): Promise<Uint8Array> {
  try {
    return await annotatedPdf(bytes, markups, true, options);
  } catch {
    return bytes;
  }
}
