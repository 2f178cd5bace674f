import { useEffect, useState } from "react";
import type { Size } from "../viewer/viewState";
import { loadCompareView, saveCompareView } from "./compareViewMemory";
import { useCompareView } from "./useCompareView";

/**
 * The Compare view (useCompareView.ts), opened where the reviewer left
 * this dossier's pair, on another visit to the tab or before a reload,
 * and remembered at each move (compareViewMemory.ts).
 */
export function useRememberedView(
  dossierId: string,
  pairKey: string,
  olderSize: Size | null,
  pane: Size | null,
) {
  // Read once, on entering the tab: later the view's own state leads.
  const [kept] = useState(() => loadCompareView(dossierId, pairKey));
  const compareView = useCompareView(olderSize, pane, pairKey, kept);
  const { sheetView } = compareView;

  useEffect(
    () => saveCompareView(dossierId, pairKey, sheetView),
    [dossierId, pairKey, sheetView],
  );
  return compareView;
}
