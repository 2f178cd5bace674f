import { useState, type PointerEvent } from "react";
import type { Markup } from "../../shared/domain/entities";
import {
  pdfPoint,
  viewportPixel,
  type PdfPoint,
  type ViewportPixel,
} from "../../shared/geo/coordinates";
import {
  toPdfPoint,
  toViewportPixel,
  type SheetViewport,
} from "../viewer/sheetCoordinates";
import { editHandles, editedPixels, type EditGesture } from "./markupEditing";
import { ArrowHeadMarker, MarkupShape } from "./MarkupShape";
import { handleAt, hitsMarkup } from "./shapeGeometry";
import { HIGHLIGHT_COLOUR, MARKUP_COLOUR, stampColours } from "./tools";
import "./markup.css";

/** A shape being drawn or waiting for its comment, in PDF points. */
export interface PendingShape {
  kind: Markup["kind"];
  points: readonly PdfPoint[];
  comment: string;
  color?: string;
  style?: Markup["style"];
}

/** New geometry for a markup moved, resized or reshaped on the sheet. */
export interface GeometryChange {
  points: PdfPoint[];
  strokes: PdfPoint[][];
}

/** How close, in CSS pixels, a click must come to a line or a handle. */
const HIT_TOLERANCE_PX = 6;
const HANDLE_PX = 8;

/**
 * The SVG overlay over the sheet: every markup of this sheet, converted
 * from PDF user space at the current zoom and rotation, plus the shape
 * being drawn. With the hand tool a click selects the topmost markup
 * under it; the author can then drag it, its corners or its vertices.
 */
export function MarkupLayer(props: {
  viewport: SheetViewport;
  zoom: number;
  markups: readonly Markup[];
  selectedId: string | null;
  pending: PendingShape | null;
  interactive: boolean;
  onSelect: (markupId: string) => void;
  canEdit?: (markup: Markup) => boolean;
  onEdited?: (markup: Markup, change: GeometryChange) => void;
}) {
  const { viewport } = props;
  const [gesture, setGesture] = useState<EditGesture | null>(null);
  const toPixels = (points: readonly { x: number; y: number }[]) =>
    points.map((p) => toViewportPixel(viewport, pdfPoint(p.x, p.y)));
  const drawn = props.markups.filter((m) => m.kind !== "reply");
  const selected = drawn.find((m) => m.id === props.selectedId) ?? null;
  const editable =
    selected !== null && (props.canEdit?.(selected) ?? false) ? selected : null;
  const colours = new Set([
    MARKUP_COLOUR,
    HIGHLIGHT_COLOUR,
    ...Object.values(stampColours),
    ...props.markups.map((m) => m.color),
  ]);

  const localPixel = (event: PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return viewportPixel(event.clientX - box.left, event.clientY - box.top);
  };

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (!props.interactive || event.button !== 0) return;
    const at = localPixel(event);
    const start = startGesture(at);
    if (start === null) return;

    event.stopPropagation();
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    props.onSelect(start.markupId);
    setGesture(start.gesture);
  };

  // A handle of the selected markup wins over any shape; then the
  // topmost shape under the pointer.
  const startGesture = (at: ViewportPixel) => {
    if (editable !== null) {
      const handles = editHandles(editable.kind, toPixels(editable.points));
      const handle = handleAt(handles, at, HANDLE_PX);
      if (handle >= 0) {
        return {
          markupId: editable.id,
          gesture: { markupId: editable.id, handle, from: at, to: at },
        };
      }
    }
    const hit = [...drawn].reverse().find((m) => {
      const strokes =
        m.kind === "ink" && m.strokes.length > 0 ? m.strokes.flat() : m.points;
      return hitsMarkup(m.kind, toPixels(strokes), at, HIT_TOLERANCE_PX);
    });
    if (hit === undefined) return null;
    const movable = props.canEdit?.(hit) ?? false;
    return {
      markupId: hit.id,
      gesture: movable
        ? { markupId: hit.id, handle: -1, from: at, to: at }
        : null,
    };
  };

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (gesture === null) return;
    event.stopPropagation();
    setGesture({ ...gesture, to: localPixel(event) });
  };

  const onPointerUp = (event: PointerEvent<SVGSVGElement>) => {
    if (gesture === null) return;
    event.stopPropagation();
    const done = gesture;
    setGesture(null);
    const markup = drawn.find((m) => m.id === done.markupId);
    const moved = Math.hypot(done.to.x - done.from.x, done.to.y - done.from.y);
    if (markup === undefined || moved < 2) return;

    const toPdf = (p: ViewportPixel) => toPdfPoint(viewport, p);
    const edited = editedPixels(markup.kind, toPixels(markup.points), done);
    const strokes = markup.strokes.map((s) =>
      editedPixels("ink", toPixels(s), { ...done, handle: -1 }).map(toPdf),
    );
    props.onEdited?.(markup, { points: edited.map(toPdf), strokes });
  };

  const shapeFor = (markup: Markup) => {
    const pixels = toPixels(markup.points);
    const strokePixels = markup.strokes.map(toPixels);
    if (gesture === null || gesture.markupId !== markup.id) {
      return { pixels, strokePixels };
    }
    return {
      pixels: editedPixels(markup.kind, pixels, gesture),
      strokePixels: strokePixels.map((s) =>
        editedPixels("ink", s, { ...gesture, handle: -1 }),
      ),
    };
  };

  return (
    <svg
      className={props.interactive ? "markup-layer" : "markup-layer passive"}
      width="100%"
      height="100%"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => setGesture(null)}
    >
      <defs>
        {[...colours].map((color) => (
          <ArrowHeadMarker key={color} color={color} />
        ))}
      </defs>
      {drawn.map((markup) => (
        <MarkupShape
          key={markup.id}
          markupId={markup.id}
          shape={{ ...markup, ...shapeFor(markup) }}
          zoom={props.zoom}
          selected={markup.id === props.selectedId}
        />
      ))}
      {editable !== null && (
        <Handles
          pixels={editHandles(editable.kind, shapeFor(editable).pixels)}
        />
      )}
      {props.pending && (
        <MarkupShape
          shape={{
            kind: props.pending.kind,
            color: props.pending.color ?? MARKUP_COLOUR,
            comment: props.pending.comment,
            pixels: toPixels(props.pending.points),
            style: props.pending.style,
          }}
          zoom={props.zoom}
          selected={false}
        />
      )}
    </svg>
  );
}

/** The grips of the selected markup's corners or vertices. */
function Handles(props: { pixels: readonly ViewportPixel[] }) {
  const half = HANDLE_PX / 2;
  return (
    <g className="markup-handles" data-testid="markup-handles">
      {props.pixels.map((p, i) => (
        <rect
          key={i}
          data-testid="markup-handle"
          x={p.x - half}
          y={p.y - half}
          width={HANDLE_PX}
          height={HANDLE_PX}
        />
      ))}
    </g>
  );
}
