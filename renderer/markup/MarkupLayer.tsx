import type { Markup } from "../../shared/domain/entities";
import { pdfPoint, type PdfPoint } from "../../shared/geo/coordinates";
import {
  toViewportPixel,
  type SheetViewport,
} from "../viewer/sheetCoordinates";
import { ArrowHeadMarker, MarkupShape } from "./MarkupShape";
import { MARKUP_COLOUR } from "./tools";

/** A shape being drawn or waiting for its comment, in PDF points. */
export interface PendingShape {
  kind: Markup["kind"];
  points: readonly PdfPoint[];
  comment: string;
}

/**
 * The SVG overlay over the sheet: every markup of this sheet, converted
 * from PDF user space at the current zoom and rotation, plus the shape
 * being drawn.
 */
export function MarkupLayer(props: {
  viewport: SheetViewport;
  zoom: number;
  markups: readonly Markup[];
  selectedId: string | null;
  pending: PendingShape | null;
  interactive: boolean;
  onSelect: (markupId: string) => void;
}) {
  const { viewport } = props;
  const toPixels = (points: readonly { x: number; y: number }[]) =>
    points.map((p) => toViewportPixel(viewport, pdfPoint(p.x, p.y)));
  const colours = new Set([
    MARKUP_COLOUR,
    ...props.markups.map((m) => m.color),
  ]);

  return (
    <svg
      className={props.interactive ? "markup-layer" : "markup-layer passive"}
      width="100%"
      height="100%"
    >
      <defs>
        {[...colours].map((color) => (
          <ArrowHeadMarker key={color} color={color} />
        ))}
      </defs>
      {props.markups.map((markup) => (
        <MarkupShape
          key={markup.id}
          markupId={markup.id}
          shape={{ ...markup, pixels: toPixels(markup.points) }}
          zoom={props.zoom}
          selected={markup.id === props.selectedId}
          onSelect={() => props.onSelect(markup.id)}
        />
      ))}
      {props.pending && (
        <MarkupShape
          shape={{
            kind: props.pending.kind,
            color: MARKUP_COLOUR,
            comment: props.pending.comment,
            pixels: toPixels(props.pending.points),
          }}
          zoom={props.zoom}
          selected={false}
        />
      )}
    </svg>
  );
}
