import { useEffect, useRef } from "react";
import { isTypingTarget } from "./keyTargets";
import { toolForKey, type Tool } from "./tools";

/**
 * The drawing keyboard of the sheet viewer: a letter picks a tool (see
 * `toolShortcuts`), Enter finishes a polyline or polygon, Escape cancels
 * what is being drawn or, when nothing is, goes back to the hand.
 * Inactive while the viewer is hidden or a field has the focus.
 */
export function useToolKeys(options: {
  isActive: () => boolean;
  onTool: (tool: Tool) => void;
  onEnter: () => void;
  /** Returns true when it cancelled something in progress. */
  onEscape: () => boolean;
}): void {
  const latest = useRef(options);
  latest.current = options;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // Taken already by what is on top (a menu, the measuring tools).
      if (event.defaultPrevented) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const current = latest.current;
      if (isTypingTarget(event.target) || !current.isActive()) return;

      if (event.key === "Escape") {
        if (!current.onEscape()) current.onTool("pan");
        return;
      }
      if (event.key === "Enter") {
        current.onEnter();
        return;
      }
      const tool = toolForKey(event.key);
      if (tool === null) return;
      event.preventDefault();
      current.onTool(tool);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
