import { useEffect, useRef } from "react";
import { isTypingTarget } from "./keyTargets";

/** What the editing keys do; each may be absent when it does not apply. */
export interface MarkupEditKeyActions {
  deleteSelected: () => void;
  undo: () => void;
  redo: () => void;
  copy: () => void;
  paste: () => void;
}

/** The action of a key press, as Acrobat and Bluebeam bind them. */
export function editActionFor(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}): keyof MarkupEditKeyActions | null {
  const command = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (!command) {
    return key === "delete" || key === "backspace" ? "deleteSelected" : null;
  }
  if (key === "z") return event.shiftKey ? "redo" : "undo";
  if (key === "y") return "redo";
  if (key === "c") return "copy";
  if (key === "v") return "paste";
  return null;
}

/**
 * Delete, Ctrl+Z / Ctrl+Y (or Ctrl+Shift+Z), Ctrl+C / Ctrl+V on markups
 * while the sheets are on screen. Keys typed in a field stay the
 * field's, so undoing text in a comment box is the browser's job.
 */
export function useMarkupEditKeys(
  actions: MarkupEditKeyActions,
  isActive: () => boolean,
): void {
  const latest = useRef({ actions, isActive });
  latest.current = { actions, isActive };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || isTypingTarget(event.target)) return;
      if (!latest.current.isActive()) return;
      const action = editActionFor(event);
      if (action === null) return;
      // Copying text selected on the page stays the browser's.
      if (action === "copy" && String(window.getSelection() ?? "") !== "") {
        return;
      }
      event.preventDefault();
      latest.current.actions[action]();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
