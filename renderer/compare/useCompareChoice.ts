import { useEffect, useState } from "react";
import type { Alignment } from "./alignment";
import { saveCompareChoice, type CompareChoice } from "./compareMemory";
import type { CompareMode } from "./CompareToolbar";
import { pairKey, type SheetPair } from "./defaultPair";
import type { ShownRevisions } from "./OverlayPane";
import { useOnNewPair } from "./useOnNewPair";

/**
 * How the tab shows its pair: overlay or side by side, the blend, the
 * revisions shown and an alignment picked by hand. It opens as the
 * reviewer last left it (`remembered`) and is remembered at each change;
 * another pair drops the alignment picked for the last one.
 */
export function useCompareChoice(
  dossierId: string,
  pair: SheetPair,
  remembered: CompareChoice | null,
) {
  const [mode, setMode] = useState<CompareMode>(remembered?.mode ?? "overlay");
  const [blend, setBlend] = useState(remembered?.blend ?? 0.5);
  const [shown, setShown] = useState<ShownRevisions>(
    remembered?.shown ?? "both",
  );
  const [manual, setManual] = useState<Alignment | null>(
    remembered?.manual ?? null,
  );
  useOnNewPair(pairKey(pair), () => setManual(null));

  useEffect(
    () => saveCompareChoice(dossierId, { pair, mode, manual, blend, shown }),
    [dossierId, pair, mode, manual, blend, shown],
  );
  return { mode, setMode, blend, setBlend, shown, setShown, manual, setManual };
}
