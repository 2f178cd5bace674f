import { z } from "zod";
import {
  clampZoom,
  keepInView,
  MAX_ZOOM,
  MIN_ZOOM,
  type Size,
  type ViewState,
} from "../viewer/viewState";

/**
 * Where the reviewer left the Compare view, in the older sheet's frame:
 * the zoom and the sheet point at the middle of the pane. Pane pixels
 * would not do: the same view must land on the same spot of the sheet in
 * a pane of another size (a resized window, side by side after overlay).
 */
export interface SheetView {
  /** CSS pixels per point of the older sheet. */
  readonly zoom: number;
  /** The point at the pane's middle, from the sheet's left, in points. */
  readonly centreXPt: number;
  /** The same point from the sheet's top (y down), in points. */
  readonly centreYPt: number;
}

const PREFIX = "lajna.compare-view.";
const session = new Map<string, unknown>();

const finite = z.number().finite();
const viewSchema = z.object({
  pairKey: z.string(),
  zoom: finite.min(MIN_ZOOM).max(MAX_ZOOM),
  centreXPt: finite,
  centreYPt: finite,
});

/**
 * The view left on the dossier's comparison of `pairKey` (see
 * defaultPair.ts), or null: none kept, kept for another pair (a changed
 * pair starts fitted), or unreadable (NaN, a zoom out of range, damaged
 * JSON), which the tab shows fitted too.
 */
export function loadCompareView(
  dossierId: string,
  pairKey: string,
): SheetView | null {
  const kept = session.has(dossierId)
    ? session.get(dossierId)
    : stored(dossierId);
  const parsed = viewSchema.safeParse(kept);
  if (!parsed.success || parsed.data.pairKey !== pairKey) return null;
  const { zoom, centreXPt, centreYPt } = parsed.data;
  return { zoom, centreXPt, centreYPt };
}

/**
 * Remembers the view of the dossier's comparison of `pairKey`; null (the
 * view fitted) forgets it, so that the tab fits the sheet to whatever
 * pane it comes back to.
 */
export function saveCompareView(
  dossierId: string,
  pairKey: string,
  view: SheetView | null,
): void {
  const kept = view === null ? null : { pairKey, ...view };
  session.set(dossierId, kept);
  const storage = globalThis.localStorage;
  if (kept === null) storage?.removeItem(PREFIX + dossierId);
  else storage?.setItem(PREFIX + dossierId, JSON.stringify(kept));
}

/** A pane's view as the sheet point at its middle and the zoom. */
export function toSheetView(view: ViewState, pane: Size): SheetView {
  return {
    zoom: view.zoom,
    centreXPt: (pane.width / 2 - view.x) / view.zoom,
    centreYPt: (pane.height / 2 - view.y) / view.zoom,
  };
}

/**
 * The pane's view that puts a sheet view's point at the pane's middle,
 * kept within the zoom limits and with the sheet still in reach.
 */
export function fromSheetView(
  kept: SheetView,
  sheet: Size,
  pane: Size,
): ViewState {
  const zoom = clampZoom(kept.zoom);
  const view = {
    zoom,
    x: pane.width / 2 - kept.centreXPt * zoom,
    y: pane.height / 2 - kept.centreYPt * zoom,
  };
  return keepInView(view, sheet, pane);
}

function stored(dossierId: string): unknown {
  const text = globalThis.localStorage?.getItem(PREFIX + dossierId);
  if (text === null || text === undefined) return null;
  try {
    return JSON.parse(text);
  } catch {
    // Damaged by hand or by another version: the view starts fitted.
    return null;
  }
}
