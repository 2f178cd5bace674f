import { useEffect, useState } from "react";
import type { ChangeBox } from "./changeRegions";
import type { SheetOverview } from "./compareRender";

/**
 * The walk through the whole sheet's boxes of change: which one is in
 * focus (none before the first step, nor once the overview changed) and
 * the step to the next, which `show` brings into view.
 */
export function useDifferenceWalk(
  overview: SheetOverview | null,
  show: (box: ChangeBox) => void,
) {
  const [focused, setFocused] = useState<number | null>(null);
  useEffect(() => setFocused(null), [overview]);

  const next = () => {
    const boxes = overview?.boxesPt ?? [];
    if (boxes.length === 0) return;
    const index = focused === null ? 0 : (focused + 1) % boxes.length;
    setFocused(index);
    const box = boxes[index];
    if (box !== undefined) show(box);
  };
  const focusBox =
    focused === null ? null : (overview?.boxesPt[focused] ?? null);
  return { focused, setFocused, next, focusBox };
}
