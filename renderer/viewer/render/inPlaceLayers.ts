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
  /** Each marked object's top-level ancestor, per sheet, once needed. */
  private readonly tops = new Map<number, Map<number, number>>();
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

  /**
   * The top-level objects of the sheet whose visibility differs between
   * two choices, for redrawing only where they lie; null when either
   * choice cannot be decided in place.
   */
  changed(
    pageIndex: number,
    page: number,
    from: LayerChoice | null,
    to: LayerChoice | null,
  ): number[] | null {
    const before = from === null ? [] : this.plan(pageIndex, page, from);
    const after = to === null ? [] : this.plan(pageIndex, page, to);
    if (before === null || after === null) return null;

    const was = new Set(before);
    const now = new Set(after);
    const switched = [...was, ...now].filter((h) => was.has(h) !== now.has(h));
    let tops = this.tops.get(pageIndex);
    if (tops === undefined) {
      tops = topLevelOf(this.marked.get(pageIndex) ?? []);
      this.tops.set(pageIndex, tops);
    }
    return [...new Set(switched.map((handle) => tops.get(handle) ?? handle))];
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

/**
 * Each marked object's top-level ancestor: bounds inside a form are in
 * the form's space, its own bounds in the page's.
 */
function topLevelOf(objects: readonly MarkedObject[]): Map<number, number> {
  const tops = new Map<number, number>();
  const visit = (object: MarkedObject, top: number) => {
    tops.set(object.handle, top);
    for (const inner of object.inside) visit(inner, top);
  };
  for (const object of objects) visit(object, object.handle);
  return tops;
}
