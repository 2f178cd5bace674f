import { useCallback, useState } from "react";
import { UserError } from "../../shared/contract/errors";
import type { Alignment } from "./alignment";
import { addPick } from "./alignmentPicking";
import type { PickedPoints, Side } from "./SidePanes";

/**
 * Picking an alignment on two point pairs: the points picked so far (null
 * when not picking) and what a click on a pane adds. Once both pairs are
 * in, the sheets are aligned on them (`onAligned`), or the reviewer is
 * told the points cannot align them (`onError`).
 */
export function useAlignmentPicking(
  onAligned: (alignment: Alignment) => void,
  onError: (error: unknown) => void,
) {
  const [picking, setPicking] = useState<PickedPoints | null>(null);

  const onPick = useCallback(
    (side: Side, point: { x: number; y: number }) => {
      if (picking === null) return;
      const outcome = addPick(picking, side, point);
      if (outcome.kind === "picking") {
        setPicking(outcome.picked);
        return;
      }
      setPicking(null);
      if (outcome.kind === "aligned") onAligned(outcome.alignment);
      else onError(new UserError("compare.align.samePoints"));
    },
    [picking, onAligned, onError],
  );
  return { picking, setPicking, onPick };
}
