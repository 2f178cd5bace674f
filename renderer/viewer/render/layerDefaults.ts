import type { OptionalContentConfig } from "pdfjs-dist/types/src/display/optional_content_config";
import type { LayerChoice } from "./layerPatch";

/** Each layer's visibility by id, as pdf.js's config says now. */
export function visibilityOf(
  config: OptionalContentConfig,
): Map<string, boolean> {
  const visible = new Map<string, boolean>();
  for (const [id, group] of config) {
    visible.set(String(id), (group as { visible?: unknown }).visible !== false);
  }
  return visible;
}

/**
 * Whether the reviewer's layer choice is the document's own default,
 * which PDFium draws as the document is (it follows the default /D
 * config and has no call to switch a layer; layerPatch.ts rewrites /D
 * for the other choices). Unknown defaults count as changed.
 */
export function layersAtDefault(
  layers: OptionalContentConfig | null,
  defaults: ReadonlyMap<string, boolean> | null,
): boolean {
  if (layers === null) return true;
  if (defaults === null) return false;
  for (const [id, visible] of visibilityOf(layers)) {
    if (defaults.get(id) !== visible) return false;
  }
  return true;
}

/**
 * The layer choice PDFium needs for the reviewer's visibility: null at
 * the document's defaults (PDFium draws them as they are), else every
 * layer and which of them are hidden. Undefined while the document's
 * defaults or page objects are still unknown.
 */
export function layerChoiceFor(
  layers: OptionalContentConfig | null,
  defaults: ReadonlyMap<string, boolean> | null,
  pages: readonly string[] | null,
): LayerChoice | null | undefined {
  if (layersAtDefault(layers, defaults)) return null;
  if (layers === null || defaults === null || pages === null) return undefined;
  const visible = visibilityOf(layers);
  const groups = [...visible.keys()];
  const hidden = groups.filter((id) => visible.get(id) === false);
  const names: Record<string, string> = {};
  for (const [id, group] of layers) {
    names[String(id)] = (group as { name?: unknown }).name?.toString() ?? "";
  }
  // A layer without a known default leaves the in-place switch undecided.
  if (!groups.every((id) => defaults.has(id))) return { groups, hidden, pages };
  const defaultHidden = groups.filter((id) => defaults.get(id) === false);
  return { groups, hidden, pages, names, defaultHidden };
}
