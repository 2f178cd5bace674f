import type { MarkupKind } from "../../shared/domain/entities";

/** What a drag on the sheet does: pan (hand), or draw a markup kind. */
export type Tool = "pan" | MarkupKind;

/** The drawing tools, in toolbar order. */
export const drawingTools: readonly MarkupKind[] = [
  "cloud",
  "arrow",
  "rectangle",
  "text",
];

/** The colour of new markups: a review red that stands out on plans. */
export const MARKUP_COLOUR = "#d62828";
