import { useState } from "react";

/**
 * Which lower corner of the stage the measuring panel sits in: the
 * reviewer moves it off the part of the sheet being measured (a point
 * under the panel lands on the panel), and the choice is remembered in
 * the browser's storage for the next sheets.
 */
export type PanelSide = "start" | "end";

const KEY = "lajna.measurePanel.side";

/** The panel's side and a way to move it to the other one. */
export function usePanelSide(): [PanelSide, () => void] {
  const [side, setSide] = useState<PanelSide>(() =>
    globalThis.localStorage?.getItem(KEY) === "end" ? "end" : "start",
  );
  const move = () => {
    const next = side === "start" ? "end" : "start";
    globalThis.localStorage?.setItem(KEY, next);
    setSide(next);
  };
  return [side, move];
}
