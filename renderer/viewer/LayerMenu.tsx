import { useEffect, useRef, useState } from "react";
import { useT, type Translate } from "../i18n/useT";
import type { SheetLayer } from "./useSheetLayers";

/**
 * The layers button and its checklist, with "show all" and "hide all";
 * a locked layer shows a lock and cannot be switched. Absent for a flat
 * sheet.
 */
export function LayerMenu(props: {
  layers: readonly SheetLayer[];
  onToggle: (id: string) => void;
  onShowAll: () => void;
  onHideAll: () => void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEscapeCloses(open, () => {
    setOpen(false);
    buttonRef.current?.focus();
  });
  if (props.layers.length === 0) return null;

  return (
    <div className="layer-menu">
      <button
        ref={buttonRef}
        type="button"
        data-testid="layers-button"
        aria-expanded={open}
        data-hidden={props.layers.some((layer) => !layer.visible)}
        className={open ? "active" : ""}
        onClick={() => setOpen((o) => !o)}
      >
        {layersLabel(t, props.layers)}
      </button>
      {open && (
        <div className="layer-list" data-testid="layer-list">
          <div className="layer-actions">
            <button
              type="button"
              data-testid="layers-show-all"
              onClick={props.onShowAll}
            >
              {t("viewer.layers.showAll")}
            </button>
            <button
              type="button"
              data-testid="layers-hide-all"
              onClick={props.onHideAll}
            >
              {t("viewer.layers.hideAll")}
            </button>
          </div>
          <ul>
            {props.layers.map((layer) => (
              <LayerItem
                key={layer.id}
                layer={layer}
                onToggle={props.onToggle}
              />
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/**
 * The button's words: the number of layers, and while some are hidden
 * (by the reviewer, a choice remembered from earlier, or the document's
 * own defaults) how many of them show, so a sheet read with lettering
 * or dimensions switched off never looks complete.
 */
function layersLabel(t: Translate, layers: readonly SheetLayer[]): string {
  const count = layers.length;
  const shown = layers.filter((layer) => layer.visible).length;
  return shown === count
    ? t("viewer.layers", { count })
    : t("viewer.layers.someHidden", { shown, count });
}

/**
 * Escape closes the open menu, and only the menu: it is caught before the
 * viewer's own Escape (which drops a selection or a shape being drawn),
 * as a reviewer expects the topmost thing to close first.
 */
function useEscapeCloses(open: boolean, close: () => void): void {
  const closeRef = useRef(close);
  closeRef.current = close;

  useEffect(() => {
    if (!open) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      event.preventDefault();
      event.stopPropagation();
      closeRef.current();
    };
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, [open]);
}

function LayerItem(props: {
  layer: SheetLayer;
  onToggle: (id: string) => void;
}) {
  const t = useT();
  const { layer } = props;
  return (
    <li data-testid="layer-item" data-locked={layer.locked}>
      <label title={layer.locked ? t("viewer.layers.locked") : undefined}>
        <input
          type="checkbox"
          data-testid="layer-toggle"
          checked={layer.visible}
          disabled={layer.locked}
          onChange={() => props.onToggle(layer.id)}
        />
        <bdi>{layer.name}</bdi>
        {layer.locked && (
          <span
            className="layer-lock"
            data-testid="layer-lock"
            role="img"
            aria-label={t("viewer.layers.locked")}
          >
            <LockIcon />
          </span>
        )}
      </label>
    </li>
  );
}

/** A small padlock, drawn so it shows without an emoji font. */
function LockIcon() {
  return (
    <svg width="11" height="13" viewBox="0 0 11 13" aria-hidden>
      <path
        d="M2.5 6V4a3 3 0 0 1 6 0v2"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
      />
      <rect x="0.5" y="6" width="10" height="6.5" rx="1" fill="currentColor" />
    </svg>
  );
}
