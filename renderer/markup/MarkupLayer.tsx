import { useMemo, useRef, useState, type PointerEvent } from "react";
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
import {
  drawnPixels,
  editHandles,
  editedShape,
  editedStrokes,
  ROTATE_HANDLE,
  type EditGesture,
} from "./markupEditing";
import { drawOrder } from "./markupOrder";
import { followMatrix, useSettledView } from "./settledView";
import { shapeAt } from "./shapeAt";
import { rotationGrip, rotationModeOf } from "./markupRotation";
import { ArrowHeadMarker, MarkupShape } from "./MarkupShape";
import { MarkupCanvas } from "./canvas/MarkupCanvas";
import { MarkupGhosts } from "./MarkupGhosts";
import { noteUnder } from "./canvas/noteHover";
import { handleAt, markupHitAt } from "./shapeGeometry";
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
  /** The rotation of a box or text after a turn (style.rotationDeg). */
  rotationDeg?: number;
}

/** The two drawings of the layer lie over each other and the sheet. */
const FILL = {
  position: "absolute",
  inset: 0,
  overflow: "visible",
} as const;

/** How close, in CSS pixels, a click must come to a line or a handle. */
const HIT_TOLERANCE_PX = 6;
const HANDLE_PX = 8;
/** How far a press may wander, in CSS pixels, and still be a click. */
const CLICK_SLOP_PX = 3;

/**
 * A press inside the surface of a filled markup not selected: a click
 * selects it, a drag pans the sheet (in client pixels).
 */
interface InsidePress {
  markupId: string;
  from: { x: number; y: number };
  last: { x: number; y: number };
  panning: boolean;
}

/**
 * The overlay over the sheet: every markup of this sheet, converted
 * from PDF user space at the current zoom and rotation, painted on one
 * canvas (canvas/MarkupCanvas.tsx) except the selected or edited one,
 * drawn in SVG with its handles, plus the shape being drawn. With the
 * hand tool a click selects the topmost markup under it (a geometric
 * hit test, so painted markups answer too); the author can then drag
 * it, its corners or its vertices. A drag that starts inside a filled
 * markup not selected (a measured area may cover most of the view) pans
 * the sheet through `onPan` instead of moving it.
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
  /** Pans the sheet by some CSS pixels (a drag from inside a markup). */
  onPan?: (dx: number, dy: number) => void;
}) {
  const { viewport } = props;
  const [gesture, setGesture] = useState<EditGesture | null>(null);
  const [noteWords, setNoteWords] = useState<string | undefined>();
  // Read in the handlers: a move may come before React renders the last.
  const press = useRef<InsidePress | null>(null);
  const settled = useSettledView(viewport, props.zoom);
  // While the reviewer edits a shape, everything follows the live view.
  const drawnView = gesture === null ? settled : { viewport, zoom: props.zoom };
  const toPixels = (points: readonly { x: number; y: number }[]) =>
    points.map((p) => toViewportPixel(viewport, pdfPoint(p.x, p.y)));
  const drawn = useMemo(
    () => drawOrder(props.markups.filter((m) => m.kind !== "reply")),
    [props.markups],
  );
  const turnOf = (m: Markup) => m.style.rotationDeg ?? 0;
  const drawnAt = (m: Markup, points: readonly { x: number; y: number }[]) =>
    drawnPixels(m.kind, toPixels(points), turnOf(m));
  const selected = drawn.find((m) => m.id === props.selectedId) ?? null;
  const editable =
    selected !== null && (props.canEdit?.(selected) ?? false) ? selected : null;
  const colours = useMemo(
    () =>
      new Set([
        MARKUP_COLOUR,
        HIGHLIGHT_COLOUR,
        ...Object.values(stampColours),
        ...props.markups.map((m) => m.color),
      ]),
    [props.markups],
  );

  const localPixel = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return viewportPixel(event.clientX - box.left, event.clientY - box.top);
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (!props.interactive || event.button !== 0) return;
    const at = localPixel(event);
    const start = startGesture(at, event.shiftKey);
    if (start === null) return;

    event.stopPropagation();
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    if (start.inside) {
      const from = { x: event.clientX, y: event.clientY };
      press.current = {
        markupId: start.markupId,
        from,
        last: from,
        panning: false,
      };
      return;
    }
    props.onSelect(start.markupId);
    setGesture(start.gesture);
  };

  // Past the slop the press is a pan, and the sheet catches up with the
  // pointer from where it was pressed.
  const followPress = (held: InsidePress, x: number, y: number) => {
    const far = Math.hypot(x - held.from.x, y - held.from.y);
    if (!held.panning && far <= CLICK_SLOP_PX) return;
    held.panning = true;
    const dx = x - held.last.x;
    const dy = y - held.last.y;
    held.last = { x, y };
    if (dx !== 0 || dy !== 0) props.onPan?.(dx, dy);
  };

  // A handle of the selected markup wins over any shape; then the
  // topmost shape under the pointer.
  const startGesture = (at: ViewportPixel, snap: boolean) => {
    if (editable !== null) {
      const grip = gripOf(editable);
      const handles = editHandles(
        editable.kind,
        drawnAt(editable, editable.points),
      );
      const onGrip = grip !== null && handleAt([grip], at, HANDLE_PX) === 0;
      const handle = onGrip ? ROTATE_HANDLE : handleAt(handles, at, HANDLE_PX);
      if (handle >= 0 || handle === ROTATE_HANDLE) {
        return {
          markupId: editable.id,
          inside: false,
          gesture: { markupId: editable.id, handle, from: at, to: at, snap },
        };
      }
    }
    const where = (m: Markup) => {
      const strokes =
        m.kind === "ink" && m.strokes.length > 0 ? m.strokes.flat() : m.points;
      return markupHitAt(m.kind, drawnAt(m, strokes), at, HIT_TOLERANCE_PX);
    };
    const hits = [...drawn].reverse().map((m) => [m, where(m)] as const);
    const [hit, place] = hits.find(([, p]) => p !== null) ?? [];
    if (hit === undefined) return null;
    const movable = props.canEdit?.(hit) ?? false;
    // Inside a markup not selected, the hand keeps panning the sheet.
    const inside =
      props.onPan !== undefined &&
      hit.id !== props.selectedId &&
      place === "inside";
    return {
      markupId: hit.id,
      inside,
      gesture: movable
        ? { markupId: hit.id, handle: -1, from: at, to: at }
        : null,
    };
  };

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const held = press.current;
    if (held !== null) {
      event.stopPropagation();
      followPress(held, event.clientX, event.clientY);
      return;
    }
    if (gesture === null) {
      const toPixel = (p: { x: number; y: number }) =>
        toViewportPixel(viewport, pdfPoint(p.x, p.y));
      setNoteWords(noteUnder(drawn, toPixel, localPixel(event)));
      return;
    }
    event.stopPropagation();
    setGesture({ ...gesture, to: localPixel(event), snap: event.shiftKey });
  };

  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    const held = press.current;
    if (held !== null) {
      event.stopPropagation();
      press.current = null;
      if (!held.panning) props.onSelect(held.markupId);
      return;
    }
    if (gesture === null) return;
    event.stopPropagation();
    const done = gesture;
    setGesture(null);
    const markup = drawn.find((m) => m.id === done.markupId);
    const moved = Math.hypot(done.to.x - done.from.x, done.to.y - done.from.y);
    if (markup === undefined || moved < 2) return;

    const toPdf = (p: ViewportPixel) => toPdfPoint(viewport, p);
    const pixels = toPixels(markup.points);
    const edited = editedShape(markup.kind, pixels, turnOf(markup), done);
    const strokes = editedStrokes(
      markup.kind,
      pixels,
      markup.strokes.map(toPixels),
      done,
    ).map((s) => s.map(toPdf));
    props.onEdited?.(markup, {
      points: edited.pixels.map(toPdf),
      strokes,
      rotationDeg: edited.rotationDeg,
    });
  };

  // The rotation grip of a markup that turns, above its top side.
  const gripOf = (m: Markup) => {
    if (rotationModeOf(m.kind) === null) return null;
    const { pixels, style } = shapeFor(m);
    return rotationGrip(m.kind, pixels, style.rotationDeg ?? 0);
  };

  const shapeFor = (markup: Markup, at = viewport) =>
    shapeAt(markup, at, gesture?.markupId === markup.id ? gesture : null);

  // The selected markup and the one being edited are drawn in SVG; the
  // others are painted on one canvas at the settled view, which follows
  // a pan or zoom as a transformed bitmap (see useSettledView), so such
  // a frame costs no shape work at all. A new view is painted in slices;
  // a new selection repaints only its old and new boxes.
  const hidden = useMemo(
    () =>
      new Set(
        [props.selectedId, gesture?.markupId].filter(
          (id): id is string => typeof id === "string",
        ),
      ),
    [props.selectedId, gesture?.markupId],
  );

  // The live shapes follow a pan or zoom in one matrix, among the
  // ghosts of the others (MarkupGhosts.tsx) in draw order.
  const ghostView = useMemo(
    () => ({ viewport: drawnView.viewport, zoom: drawnView.zoom }),
    [drawnView.viewport, drawnView.zoom],
  );
  const follow = followMatrix(drawnView.viewport, viewport);
  const liveShapes = new Map(
    drawn
      .filter((m) => hidden.has(m.id))
      .map((m) => [
        m.id,
        <g key={m.id} transform={follow}>
          <MarkupShape
            markupId={m.id}
            shape={shapeFor(m, drawnView.viewport)}
            zoom={drawnView.zoom}
            selected={m.id === props.selectedId}
          />
        </g>,
      ]),
  );

  return (
    <div
      className={props.interactive ? "markup-layer" : "markup-layer passive"}
      title={noteWords}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => {
        press.current = null;
        setGesture(null);
      }}
    >
      <MarkupCanvas
        markups={drawn}
        hidden={hidden}
        settled={settled}
        viewport={viewport}
      />
      <div className="markup-layer-shapes" style={FILL}>
        <svg width="100%" height="100%" style={FILL}>
          <defs>
            {[...colours].map((color) => (
              <ArrowHeadMarker key={color} color={color} />
            ))}
          </defs>
          <MarkupGhosts markups={drawn} view={ghostView} live={liveShapes} />
        </svg>
      </div>
      <svg
        className="markup-layer-overlay"
        width="100%"
        height="100%"
        style={{ ...FILL, pointerEvents: "none" }}
      >
        {editable !== null && (
          <Handles
            pixels={editHandles(
              editable.kind,
              drawnPixels(
                editable.kind,
                shapeFor(editable).pixels,
                shapeFor(editable).style.rotationDeg ?? 0,
              ),
            )}
            grip={gripOf(editable)}
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
    </div>
  );
}

/** The grips of the selected markup's corners or vertices and its turn. */
function Handles(props: {
  pixels: readonly ViewportPixel[];
  grip: { x: number; y: number } | null;
}) {
  const half = HANDLE_PX / 2;
  return (
    <g className="markup-handles" data-testid="markup-handles">
      {props.grip !== null && (
        <circle
          data-testid="markup-rotate-grip"
          className="markup-rotate-grip"
          cx={props.grip.x}
          cy={props.grip.y}
          r={half + 1}
        />
      )}
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
