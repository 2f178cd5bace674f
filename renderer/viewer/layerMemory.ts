import type { DossierDocument } from "../../shared/domain/entities";

/**
 * The reviewer's layer choices, remembered per member, document and sheet
 * in the browser's storage (they survive a reload and stay on this
 * workstation). Members share workstations in a committee room: one
 * member's hidden layers must not greet the next member signing in, who
 * would read a sheet with missing lettering and nothing telling why. So
 * the key holds the signed-in member's id (and nothing else about them),
 * the dossier document's own id and the sheet's index: the same file in
 * another dossier is another document, reviewed for its own reasons, so
 * it opens with its own defaults, and so does a new revision.
 *
 * Older builds keyed choices by the file's content (`lajna.layers.
 * <sha256>.<sheet>`), then by document without the member (`lajna.
 * sheetLayers.<documentId>.<sheet>`). Nobody can tell whose those were;
 * they are never read, and the renderer removes them as it starts
 * (forgetOldLayerChoices).
 */

const PREFIX = "lajna.memberLayers.";

/** Choices older builds stored by file content, or by document alone. */
const OLD_KEYS = [
  /^lajna\.layers\.[0-9a-f]{64}\.\d+$/,
  /^lajna\.sheetLayers\./,
] as const;

/** Each layer's visibility, by pdf.js group id. */
export type LayerChoice = Readonly<Record<string, boolean>>;

/**
 * The storage key of one member's choice for one sheet of one dossier
 * document. The ids are encoded, so the "/" between them (which encoding
 * never leaves in an id) keeps every pair apart.
 */
export function layerMemoryKey(
  memberId: string,
  document: Pick<DossierDocument, "id">,
  sheetIndex: number,
): string {
  const member = encodeURIComponent(memberId);
  return `${PREFIX}${member}/${encodeURIComponent(document.id)}.${sheetIndex}`;
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
 * Removes the choices older builds stored by file content or by document
 * without the member: nothing reads them, and they would otherwise stay
 * on the workstation for good. Run once as the renderer starts. The keys
 * are gathered first, as removing one renumbers the storage's keys.
 */
export function forgetOldLayerChoices(): void {
  const storage = globalThis.localStorage;
  if (storage === undefined) return;
  const stale: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key !== null && OLD_KEYS.some((old) => old.test(key))) {
      stale.push(key);
    }
  }
  for (const key of stale) storage.removeItem(key);
}

function isChoice(value: unknown): value is LayerChoice {
  if (typeof value !== "object" || value === null) return false;
  return Object.values(value).every((v) => typeof v === "boolean");
}
