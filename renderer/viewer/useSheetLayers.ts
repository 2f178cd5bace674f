import { useCallback, useEffect, useMemo, useState } from "react";
import type { OptionalContentConfig } from "pdfjs-dist/types/src/display/optional_content_config";
import { describeCause, rendererLogger } from "../log/rendererLog";
import { readLockedLayers } from "./layerLocks";
import {
  loadLayerChoice,
  saveLayerChoice,
  sheetVisibility,
} from "./layerMemory";
import type { PDFDocumentProxy } from "./pdfjs";
import { visibilityOf } from "./render/layerDefaults";

const log = rendererLogger("viewer");

/** One layer (optional content group) of a sheet, as CAD exports make. */
export interface SheetLayer {
  readonly id: string;
  readonly name: string;
  readonly visible: boolean;
  /** Locked by the document (/D /Locked): shown as set, not togglable. */
  readonly locked: boolean;
}

function layersOf(
  config: OptionalContentConfig,
  locked: ReadonlySet<string>,
): SheetLayer[] {
  const layers: SheetLayer[] = [];
  for (const [id, group] of config) {
    const { name, visible } = group as { name?: unknown; visible?: unknown };
    layers.push({
      id: String(id),
      name: typeof name === "string" && name !== "" ? name : String(id),
      visible: visible !== false,
      locked: locked.has(String(id)),
    });
  }
  return layers;
}

/** A document's layers as its default configuration sets them. */
interface LayerDefaults {
  readonly config: OptionalContentConfig;
  readonly visible: ReadonlyMap<string, boolean>;
  readonly locked: ReadonlySet<string>;
}

/**
 * The document's layers and their visibility on the current sheet.
 * Hiding dimensions or furniture is how a reviewer reads a dense plan.
 * The document's defaults (/D with /BaseState, /ON, /OFF) apply until
 * the reviewer chooses; the choice is remembered per sheet under
 * `memoryKey`; locked layers keep their default. `version` changes with
 * every change so the viewer knows to render again.
 */
export function useSheetLayers(
  pdf: PDFDocumentProxy | null,
  memoryKey: string | null,
) {
  const defaults = useLayerDefaults(pdf);
  const [version, setVersion] = useState(0);
  const config = defaults?.config ?? null;

  // Each sheet shows its remembered choice, or the document's defaults.
  useEffect(() => {
    if (defaults === null) return;
    const remembered = memoryKey === null ? null : loadLayerChoice(memoryKey);
    const visible = sheetVisibility(
      defaults.visible,
      defaults.locked,
      remembered,
    );
    for (const [id, shown] of visible) {
      defaults.config.setVisibility(id, shown, false);
    }
    setVersion((v) => v + 1);
  }, [defaults, memoryKey]);

  const layers = useMemo(
    () => (defaults === null ? [] : layersOf(defaults.config, defaults.locked)),
    // `version` marks the config's changes in place.
    [defaults, version],
  );

  // Applies a change to the unlocked layers and remembers the result.
  const change = useCallback(
    (visibleOf: (layer: SheetLayer) => boolean) => {
      if (defaults === null) return;
      for (const layer of layersOf(defaults.config, defaults.locked)) {
        if (layer.locked) continue;
        const next = visibleOf(layer);
        if (next !== layer.visible) {
          defaults.config.setVisibility(layer.id, next);
        }
      }
      if (memoryKey !== null) {
        const choice = Object.fromEntries(visibilityOf(defaults.config));
        saveLayerChoice(memoryKey, choice, defaults.visible);
      }
      setVersion((v) => v + 1);
    },
    [defaults, memoryKey],
  );

  const toggle = useCallback(
    (id: string) => change((l) => (l.id === id ? !l.visible : l.visible)),
    [change],
  );
  const showAll = useCallback(() => change(() => true), [change]);
  const hideAll = useCallback(() => change(() => false), [change]);

  return { config, layers, version, toggle, showAll, hideAll };
}

/** Loads the document's layer config, its defaults and its locks. */
function useLayerDefaults(pdf: PDFDocumentProxy | null): LayerDefaults | null {
  const [defaults, setDefaults] = useState<LayerDefaults | null>(null);

  useEffect(() => {
    setDefaults(null);
    if (pdf === null) return undefined;
    let live = true;
    const load = async () => {
      const config = await pdf.getOptionalContentConfig();
      const visible = visibilityOf(config);
      const locked =
        visible.size === 0
          ? new Set<string>()
          : await readLockedLayers(await pdf.getData()).catch(
              (cause: unknown) => {
                // The layers still work; none is shown as locked.
                log.warn("layer locks unreadable", describeCause(cause));
                return new Set<string>();
              },
            );
      if (live) setDefaults({ config, visible, locked });
    };
    // A document without usable layers simply shows everything.
    load().catch(() => undefined);
    return () => {
      live = false;
    };
  }, [pdf]);

  return defaults;
}
