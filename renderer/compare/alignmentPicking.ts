import { DegenerateControlPointsError } from "../../shared/geo/similarity";
import { pointAlignment, type Alignment, type PointPair } from "./alignment";
import type { PickedPoints, Side } from "./SidePanes";

/** Where picking stands after a click. */
export type PickOutcome =
  | { readonly kind: "picking"; readonly picked: PickedPoints }
  | { readonly kind: "aligned"; readonly alignment: Alignment }
  | { readonly kind: "degenerate" };

/**
 * Adds a click to the points picked so far. The order is older point 1,
 * newer point 1, older point 2, newer point 2; a click on the other pane
 * than the one expected is ignored. The fourth click gives the alignment,
 * or `degenerate` when a sheet's two points coincide.
 */
export function addPick(
  picked: PickedPoints,
  side: Side,
  point: { x: number; y: number },
): PickOutcome {
  const last = picked[picked.length - 1];
  const open = last !== undefined && last.newer === undefined;
  if (side === "older") {
    if (open) return { kind: "picking", picked };
    return { kind: "picking", picked: [...picked, { older: point }] };
  }
  if (!open || last === undefined) return { kind: "picking", picked };

  const next = [...picked.slice(0, -1), { ...last, newer: point }];
  if (next.length < 2) return { kind: "picking", picked: next };
  try {
    const pairs = next as readonly PointPair[];
    const alignment = pointAlignment([
      pairs[0] as PointPair,
      pairs[1] as PointPair,
    ]);
    return { kind: "aligned", alignment };
  } catch (error) {
    if (error instanceof DegenerateControlPointsError) {
      return { kind: "degenerate" };
    }
    throw error;
  }
}
