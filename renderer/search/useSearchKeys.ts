import { useEffect, useRef } from "react";

/** What the search keys do. */
export interface SearchKeyActions {
  focusField: () => void;
  next: () => void;
  previous: () => void;
}

/** The search action of a key press, as document viewers bind them. */
export function searchActionFor(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}): keyof SearchKeyActions | null {
  if (event.altKey) return null;
  const command = event.ctrlKey || event.metaKey;
  if (command && event.key.toLowerCase() === "f") return "focusField";
  if (!command && event.key === "F3") {
    return event.shiftKey ? "previous" : "next";
  }
  return null;
}

/**
 * Ctrl+F focuses the search field (instead of the browser's own find,
 * which cannot see text drawn on a canvas); F3 and Shift+F3 go to the
 * next and previous hit, also while typing in the field. `isActive`
 * says whether the search is on screen (the Sheets tab is shown).
 */
export function useSearchKeys(
  actions: SearchKeyActions,
  isActive: () => boolean,
): void {
  const latest = useRef({ actions, isActive });
  latest.current = { actions, isActive };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = searchActionFor(event);
      if (action === null || !latest.current.isActive()) return;
      event.preventDefault();
      latest.current.actions[action]();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
