import type { WrappedPdfiumModule } from "@embedpdf/pdfium";
import { objectsToHide, streamsCarryLayers } from "./layerMembership";
import type { LayerChoice } from "./layerPatch";
import { readMarkedObjects, switchObjects } from "./markedObjects";
import type { MarkedObject } from "./layerMembership";

/**
 * A document's layer switches done on its already-read sheets: the
 * objects of hidden layers are switched off (FPDFPageObj_SetIsActive)
 * instead of reading a patched copy again, which on a heavy sheet costs
 * more than the drawing itself. Decided per sheet and choice; when it
 * cannot be, the sheet goes back to its defaults and the caller draws
 * the patched copy.
 */
export class InPlaceLayers {
  private readonly marked = new Map<number, MarkedObject[]>();
  private readonly off = new Map<number, Set<number>>();
  private streamLayers: boolean | null = null;

  /** `bytes` gives the document's bytes, read at once (heap may move). */
  constructor(
    private readonly module: WrappedPdfiumModule,
    private readonly bytes: () => Uint8Array,
  ) {}

  /**
   * Makes sheet `pageIndex` (PDFium handle `page`) draw as `choice`
   * asks; false when only the patched copy can, the sheet then being
   * back at the document's defaults.
   */
  apply(pageIndex: number, page: number, choice: LayerChoice | null): boolean {
    const hide = choice === null ? [] : this.plan(pageIndex, page, choice);
    const previous = this.off.get(pageIndex) ?? new Set<number>();
    this.off.set(pageIndex, switchObjects(this.module, previous, hide ?? []));
    return hide !== null;
  }

  /**
   * Reads what a switch on the sheet needs ahead of it, so the first
   * switch only pays for the drawing; null when the document always
   * takes the patched copy.
   */
  prepare(pageIndex: number, page: number): readonly MarkedObject[] | null {
    // A form or image whose own dictionary names a layer is invisible to
    // the marks PDFium reports, so such a document always takes the copy.
    this.streamLayers ??= streamsCarryLayers(this.bytes());
    if (this.streamLayers) return null;

    let objects = this.marked.get(pageIndex);
    if (objects === undefined) {
      objects = readMarkedObjects(this.module, page);
      this.marked.set(pageIndex, objects);
    }
    return objects;
  }

  private plan(
    pageIndex: number,
    page: number,
    choice: LayerChoice,
  ): number[] | null {
    if (choice.names === undefined) return null;
    const objects = this.prepare(pageIndex, page);
    return objects === null ? null : objectsToHide(objects, choice);
  }
}
