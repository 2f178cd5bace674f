import type { OptionalContentConfig } from "pdfjs-dist/types/src/display/optional_content_config";

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
 * Whether the reviewer's layer choice is the document's own default, the
 * only state PDFium draws (it follows the document's default /D config
 * and has no call to switch a layer). Unknown defaults count as changed,
 * so pdf.js draws until they are known.
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
