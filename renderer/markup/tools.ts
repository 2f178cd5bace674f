import {
  markupKindSchema,
  type MarkupKind,
} from "../../shared/domain/entities";

/**
 * The markup kinds this part of the workstation draws. Measurements
 * (`measure_*`) belong to the measuring tools and replies are written in
 * the details panel, never drawn.
 */
export type DrawingKind = Exclude<MarkupKind, "reply" | `measure_${string}`>;

/** What a drag on the sheet does: pan (hand), or draw a markup kind. */
export type Tool = "pan" | MarkupKind;

function isDrawingKind(kind: MarkupKind): kind is DrawingKind {
  return kind !== "reply" && !kind.startsWith("measure_");
}

/**
 * The drawing tools, in toolbar order: the order of the markup kinds, so
 * a kind added to the model gets its tool without a second list.
 */
export const drawingTools: readonly DrawingKind[] =
  markupKindSchema.options.filter(isDrawingKind);

/**
 * How a tool takes its points: `drag` from corner to corner (or tail to
 * head), `click` at one place, `vertices` one click per vertex finished
 * by a double-click or Enter, `freehand` along the pointer's path.
 */
export type Construction = "drag" | "click" | "vertices" | "freehand";

/** The construction of each drawing kind. */
export function constructionOf(kind: MarkupKind): Construction {
  if (kind === "polyline" || kind === "polygon") return "vertices";
  if (kind === "ink") return "freehand";
  if (kind === "text" || kind === "note" || kind === "stamp") return "click";
  return "drag";
}

/**
 * Single-key shortcuts, close to what Bluebeam and Acrobat users know:
 * C cloud, A arrow, L line, R rectangle, E ellipse, T text, N note,
 * P pen (ink), Shift+P polyline, G polygon, K callout, H highlight,
 * S stamp, V or Space-less hand for panning.
 */
export const toolShortcuts: Readonly<Record<string, Tool>> = {
  v: "pan",
  c: "cloud",
  a: "arrow",
  l: "line",
  r: "rectangle",
  e: "ellipse",
  P: "polyline",
  g: "polygon",
  k: "callout",
  t: "text",
  n: "note",
  p: "ink",
  h: "highlight",
  s: "stamp",
};

/** The tool a key selects, if any; case tells P (pen) from Shift+P. */
export function toolForKey(key: string): Tool | null {
  const exact = toolShortcuts[key];
  if (exact !== undefined) return exact;
  return toolShortcuts[key.toLowerCase()] ?? null;
}

/** The colour of new markups: a review red that stands out on plans. */
export const MARKUP_COLOUR = "#d62828";

/** The colour of a new highlight: a marker yellow. */
export const HIGHLIGHT_COLOUR = "#ffd60a";

/** The default translucency of a highlight, so the drawing shows. */
export const HIGHLIGHT_OPACITY = 0.35;

/** The stamps every member has, by key (label is translated). */
export const stampKinds = [
  "approved",
  "rejected",
  "toRevise",
  "incomplete",
] as const;
export type StampKind = (typeof stampKinds)[number];

/** The colour of each stamp: green for yes, red for no, amber between. */
export const stampColours: Readonly<Record<StampKind, string>> = {
  approved: "#2b8a3e",
  rejected: "#c92a2a",
  toRevise: "#e67700",
  incomplete: "#5f3dc4",
};

/** The colour of a service's own stamps: an official ink blue. */
export const SERVICE_STAMP_COLOUR = "#1c4e80";

/** The tool setting that picks a service stamp, by the stamp's id. */
export const serviceStampChoice = (id: string) => `service:${id}`;

/** The cloud intensity (XFDF's /BE /I) of a new cloud: a medium arc. */
export const DEFAULT_CLOUD_INTENSITY = 1;

/** The cloud's arc length on paper for an intensity, in PDF points. */
export function cloudArcPt(intensity: number): number {
  return 4 + 8 * Math.max(0, Math.min(10, intensity));
}

/** The key that picks a tool, as shown in its tooltip (Shift+P...). */
export function shortcutOf(tool: Tool): string | null {
  const key = Object.keys(toolShortcuts).find((k) => toolShortcuts[k] === tool);
  if (key === undefined) return null;
  return key === key.toUpperCase() ? `Shift+${key}` : key.toUpperCase();
}
