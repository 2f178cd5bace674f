import { useEffect, useRef } from "react";

/** What the viewer's keys do. */
export interface ViewerKeyActions {
  zoomIn: () => void;
  zoomOut: () => void;
  fitPage: () => void;
  fitWidth: () => void;
  actualSize: () => void;
  nextSheet: () => void;
  previousSheet: () => void;
}

const bindings: Record<string, keyof ViewerKeyActions> = {
  "+": "zoomIn",
  "=": "zoomIn",
  "-": "zoomOut",
  "0": "fitPage",
  w: "fitWidth",
  W: "fitWidth",
  "1": "actualSize",
  PageDown: "nextSheet",
  ArrowRight: "nextSheet",
  PageUp: "previousSheet",
  ArrowLeft: "previousSheet",
};

/** Keys typed into a form field belong to the field, not the viewer. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName)
  );
}

/**
 * The viewer's keyboard: + / - zoom, 0 fit page, W fit width, 1 actual
 * size, PageDown / PageUp or the arrows change sheet. `isActive` says
 * whether the viewer is on screen, so a hidden viewer (another tab) leaves
 * the keys to whatever is shown.
 */
export function useViewerKeys(
  actions: ViewerKeyActions,
  isActive: () => boolean,
): void {
  const latest = useRef({ actions, isActive });
  latest.current = { actions, isActive };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || !latest.current.isActive()) return;
      const action = bindings[event.key];
      if (action === undefined) return;
      event.preventDefault();
      latest.current.actions[action]();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
