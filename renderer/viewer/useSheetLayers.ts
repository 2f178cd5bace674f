import { useCallback, useEffect, useState } from "react";
import type { OptionalContentConfig } from "pdfjs-dist/types/src/display/optional_content_config";
import type { PDFDocumentProxy } from "./pdfjs";

/** One layer (optional content group) of a sheet, as CAD exports make. */
export interface SheetLayer {
  readonly id: string;
  readonly name: string;
  readonly visible: boolean;
}

/** What pdf.js's optional content groups expose. */
interface GroupFields {
  name?: unknown;
  visible?: unknown;
}

function layersOf(config: OptionalContentConfig): SheetLayer[] {
  const layers: SheetLayer[] = [];
  for (const [id, group] of config) {
    const { name, visible } = group as GroupFields;
    layers.push({
      id: String(id),
      name: typeof name === "string" && name !== "" ? name : String(id),
      visible: visible !== false,
    });
  }
  return layers;
}

/**
 * The document's layers and their visibility. Hiding dimensions or
 * furniture is how a reviewer reads a dense plan; `version` changes with
 * every toggle so the viewer knows to render again.
 */
export function useSheetLayers(pdf: PDFDocumentProxy | null) {
  const [config, setConfig] = useState<OptionalContentConfig | null>(null);
  const [layers, setLayers] = useState<SheetLayer[]>([]);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    setConfig(null);
    setLayers([]);
    if (pdf === null) return undefined;
    let live = true;
    pdf.getOptionalContentConfig().then(
      (loaded) => {
        if (!live) return;
        setConfig(loaded);
        setLayers(layersOf(loaded));
      },
      // A document without usable layers simply shows everything.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [pdf]);

  const toggle = useCallback(
    (id: string) => {
      if (config === null) return;
      const group = config.getGroup(id) as GroupFields | null;
      config.setVisibility(id, group?.visible === false);
      setLayers(layersOf(config));
      setVersion((v) => v + 1);
    },
    [config],
  );

  return { config, layers, version, toggle };
}
