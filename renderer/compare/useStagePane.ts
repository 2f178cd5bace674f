import { useMemo, useRef } from "react";
import { useElementSize } from "../viewer/useElementSize";
import type { Size } from "../viewer/viewState";
import type { CompareMode } from "./CompareToolbar";

/**
 * The Compare stage's element and the size of one pane in it: the whole
 * stage for the overlay, half of its width side by side.
 */
export function useStagePane(mode: CompareMode) {
  const stageRef = useRef<HTMLDivElement>(null);
  const stage = useElementSize(stageRef);
  const pane = useMemo<Size | null>(
    () =>
      stage === null
        ? null
        : mode === "side"
          ? { width: Math.floor(stage.width / 2), height: stage.height }
          : stage,
    [stage, mode],
  );
  return { stageRef, pane };
}
