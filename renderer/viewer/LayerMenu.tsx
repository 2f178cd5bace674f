import { useState } from "react";
import { useT } from "../i18n/useT";
import type { SheetLayer } from "./useSheetLayers";

/** The layers button and its checklist; absent for a flat sheet. */
export function LayerMenu(props: {
  layers: readonly SheetLayer[];
  onToggle: (id: string) => void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  if (props.layers.length === 0) return null;

  return (
    <div className="layer-menu">
      <button
        type="button"
        data-testid="layers-button"
        aria-expanded={open}
        className={open ? "active" : ""}
        onClick={() => setOpen((o) => !o)}
      >
        {t("viewer.layers", { count: props.layers.length })}
      </button>
      {open && (
        <ul className="layer-list" data-testid="layer-list">
          {props.layers.map((layer) => (
            <li key={layer.id}>
              <label>
                <input
                  type="checkbox"
                  data-testid="layer-toggle"
                  checked={layer.visible}
                  onChange={() => props.onToggle(layer.id)}
                />
                <bdi>{layer.name}</bdi>
              </label>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
