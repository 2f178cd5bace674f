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
  firstSheet: () => void;
  lastSheet: () => void;
  panLeft: () => void;
  panRight: () => void;
  panUp: () => void;
  panDown: () => void;
  turnClockwise: () => void;
  turnAnticlockwise: () => void;
}

/**
 * The bindings. Letters belong to the markup tools (R is the rectangle),
 * so turning takes "." and ",", which need no modifier on French and
 * English keyboards alike ("." is Shift+; on AZERTY, and Shift is not a
 * modifier the viewer ignores).
 */
export const viewerKeyBindings: Readonly<
  Record<string, keyof ViewerKeyActions>
> = {
  "+": "zoomIn",
  "=": "zoomIn",
  "-": "zoomOut",
  "0": "fitPage",
  w: "fitWidth",
  W: "fitWidth",
  "1": "actualSize",
  PageDown: "nextSheet",
  PageUp: "previousSheet",
  Home: "firstSheet",
  End: "lastSheet",
  ArrowLeft: "panLeft",
  ArrowRight: "panRight",
  ArrowUp: "panUp",
  ArrowDown: "panDown",
  ".": "turnClockwise",
  ",": "turnAnticlockwise",
};

/**
 * The key a toolbar tooltip names for an action: its first binding, a
 * letter written in capitals as keyboards print it; null when unbound.
 */
export function viewerKeyOf(action: keyof ViewerKeyActions): string | null {
  const key = Object.keys(viewerKeyBindings).find(
    (k) => viewerKeyBindings[k] === action,
  );
  return key === undefined ? null : key.toUpperCase();
}

/** Keys typed into a form field belong to the field, not the viewer. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName)
  );
}

/**
 * The viewer's keyboard (see `viewerKeyBindings`): zoom, fits, arrows to
 * pan, PageUp / PageDown / Home / End to change sheet, "." and "," to
 * turn. `isActive` says whether the viewer is on screen, so a hidden
 * viewer (another tab) leaves the keys to whatever is shown.
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
      const action = viewerKeyBindings[event.key];
      if (action === undefined) return;
      event.preventDefault();
      latest.current.actions[action]();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
