import { useEffect, useRef } from "react";

/**
 * Runs `reset` when another pair is chosen, but not for the pair the tab
 * opened on, whose state may have been remembered with it.
 */
export function useOnNewPair(pairKey: string, reset: () => void): void {
  const shownPair = useRef(pairKey);
  const resetRef = useRef(reset);
  resetRef.current = reset;

  useEffect(() => {
    if (shownPair.current === pairKey) return;
    shownPair.current = pairKey;
    resetRef.current();
  }, [pairKey]);
}
