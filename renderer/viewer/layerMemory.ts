import type { DossierDocument } from "../../shared/domain/entities";

/**
 * The reviewer's layer choices, remembered per sheet in the browser's
 * storage (they survive a reload and stay on this workstation). The key
 * is the dossier document's own id and the sheet's index: the same file
 * in another dossier is another document, reviewed for its own reasons,
 * so it opens with its own defaults, and so does a new revision.
 *
 * Choices were once keyed by the file's content (`lajna.layers.<sha256>.
 * <sheet>`); those entries are never read again, which is why this
 * prefix differs from theirs, and the renderer removes them as it starts
 * (forgetLayerChoicesByContent).
 */

const PREFIX = "lajna.sheetLayers.";

/** A choice an older build stored by file content and sheet index. */
const BY_CONTENT = /^lajna\.layers\.[0-9a-f]{64}\.\d+$/;

/** Each layer's visibility, by pdf.js group id. */
export type LayerChoice = Readonly<Record<string, boolean>>;

/** The storage key of one sheet's choice in one dossier document. */
export function layerMemoryKey(
  document: Pick<DossierDocument, "id">,
  sheetIndex: number,
): string {
  return `${PREFIX}${encodeURIComponent(document.id)}.${sheetIndex}`;
}

/** The remembered choice, or null (never chosen, or unreadable). */
export function loadLayerChoice(key: string): LayerChoice | null {
  const stored = globalThis.localStorage?.getItem(key);
  if (stored === null || stored === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(stored);
    return isChoice(parsed) ? parsed : null;
  } catch {
    // Damaged by hand or by another version: the defaults apply.
    return null;
  }
}

/** Remembers a choice; one equal to the defaults is forgotten. */
export function saveLayerChoice(
  key: string,
  choice: LayerChoice,
  defaults: ReadonlyMap<string, boolean>,
): void {
  const storage = globalThis.localStorage;
  if (storage === undefined) return;
  const changed = Object.entries(choice).some(
    ([id, visible]) => defaults.get(id) !== visible,
  );
  if (changed) storage.setItem(key, JSON.stringify(choice));
  else storage.removeItem(key);
}

/**
 * Each layer's visibility for a sheet: a locked layer as the document
 * sets it, the others as remembered, else as the document sets them.
 */
export function sheetVisibility(
  defaults: ReadonlyMap<string, boolean>,
  locked: ReadonlySet<string>,
  remembered: LayerChoice | null,
): Map<string, boolean> {
  const visible = new Map<string, boolean>();
  for (const [id, shown] of defaults) {
    const chosen = locked.has(id) ? undefined : remembered?.[id];
    visible.set(id, chosen ?? shown);
  }
  return visible;
}

/**
 * Removes the choices older builds stored by file content: nothing reads
 * them, and they would otherwise stay on the workstation for good. Run
 * once as the renderer starts. The keys are gathered first, as removing
 * one renumbers the storage's keys.
 */
export function forgetLayerChoicesByContent(): void {
  const storage = globalThis.localStorage;
  if (storage === undefined) return;
  const stale: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key !== null && BY_CONTENT.test(key)) stale.push(key);
  }
  for (const key of stale) storage.removeItem(key);
}

function isChoice(value: unknown): value is LayerChoice {
  if (typeof value !== "object" || value === null) return false;
  return Object.values(value).every((v) => typeof v === "boolean");
}
