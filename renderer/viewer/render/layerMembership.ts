import type { LayerChoice } from "./layerPatch";

/**
 * Which drawn objects of an already-read sheet a layer choice hides,
 * decided from their marked content (`/OC ... BDC`), so the worker can
 * switch them off in place instead of reading the sheet again. Every
 * case it cannot decide for certain answers null: the caller then draws
 * from the patched copy (layerPatch.ts), whose pixels are the reference.
 */

/** One `/OC` mark of an object, as PDFium reports its properties. */
export type LayerMark =
  /** A layer (OCG), known only by its /Name: PDFium gives no reference. */
  | { readonly kind: "group"; readonly name: string }
  /**
   * A membership dictionary (OCMD) with members and the default
   * /P /AnyOn, no /VE; which layers it lists PDFium does not say.
   */
  | { readonly kind: "anyOn" }
  /** Anything else (/P, /VE, unreadable properties). */
  | { readonly kind: "unknown" };

/** A drawn object carrying layer marks, or a form holding some. */
export interface MarkedObject {
  /** PDFium's page-object handle. */
  readonly handle: number;
  readonly marks: readonly LayerMark[];
  /** The marked objects inside a form XObject; empty otherwise. */
  readonly inside: readonly MarkedObject[];
}

/** Layer id -> visible, under one configuration. */
type States = ReadonlyMap<string, boolean>;

/**
 * The handles to switch off so the sheet draws as `choice` asks; null
 * when any object's membership or default visibility is undecided, or
 * the choice shows an object PDFium hides by default (switching an
 * object on cannot override the document's own configuration).
 */
export function objectsToHide(
  objects: readonly MarkedObject[],
  choice: LayerChoice,
): number[] | null {
  const names = choice.names;
  const defaultHidden = choice.defaultHidden;
  if (names === undefined || defaultHidden === undefined) return null;

  const now = statesOf(choice.groups, choice.hidden);
  const before = statesOf(choice.groups, defaultHidden);
  const hide: number[] = [];
  const decided = collect(objects, { names, now, before }, hide);
  return decided ? hide : null;
}

interface Context {
  readonly names: Readonly<Record<string, string>>;
  readonly now: States;
  readonly before: States;
}

function collect(
  objects: readonly MarkedObject[],
  context: Context,
  hide: number[],
): boolean {
  for (const object of objects) {
    const now = objectVisible(object.marks, context.names, context.now);
    if (now === undefined) return false;
    if (!now) {
      hide.push(object.handle);
      continue;
    }

    // Shown now: it must be shown by PDFium's defaults as well.
    const before = objectVisible(object.marks, context.names, context.before);
    if (before !== true) return false;
    if (!collect(object.inside, context, hide)) return false;
  }
  return true;
}

function statesOf(
  groups: readonly string[],
  hidden: readonly string[],
): States {
  const off = new Set(hidden);
  return new Map(groups.map((id) => [id, !off.has(id)]));
}

/**
 * Nested marks all have to be visible; one hidden mark hides the object
 * whatever the others are. Undefined when that cannot be told.
 */
function objectVisible(
  marks: readonly LayerMark[],
  names: Readonly<Record<string, string>>,
  states: States,
): boolean | undefined {
  let known = true;
  for (const mark of marks) {
    const visible = markVisible(mark, names, states);
    if (visible === false) return false;
    if (visible === undefined) known = false;
  }
  return known ? true : undefined;
}

function markVisible(
  mark: LayerMark,
  names: Readonly<Record<string, string>>,
  states: States,
): boolean | undefined {
  if (mark.kind === "unknown") return undefined;

  // A group by name: every layer of that name must agree; an OCMD of
  // unknown members is decided only when all layers agree.
  const candidates = [...states.keys()].filter(
    (id) => mark.kind === "anyOn" || names[id] === mark.name,
  );
  const values = new Set(candidates.map((id) => states.get(id)));
  if (values.size !== 1) return undefined;
  return [...values][0];
}

/**
 * Whether a form or image XObject's own dictionary carries /OC, which
 * PDFium's page objects do not report: stream dictionaries are never
 * compressed, so a scan of the file's bytes finds them all. A `/OC`
 * inside stream data (an uncompressed content stream's BDC) is skipped:
 * the marks cover it.
 */
export function streamsCarryLayers(bytes: Uint8Array): boolean {
  const text = new TextDecoder("latin1").decode(bytes);
  const key = /\/OC(?![A-Za-z0-9_])/g;
  for (const match of text.matchAll(key)) {
    const at = match.index;
    if (insideStreamData(text, at)) continue;
    const stream = text.indexOf("stream", at);
    const end = text.indexOf("endobj", at);
    if (stream !== -1 && (end === -1 || stream < end)) return true;
  }
  return false;
}

function insideStreamData(text: string, at: number): boolean {
  const ended = text.lastIndexOf("endstream", at);
  let start = text.lastIndexOf("stream", at);
  while (start !== -1 && text.startsWith("end", start - 3)) {
    start = text.lastIndexOf("stream", start - 1);
  }
  return start > ended;
}
