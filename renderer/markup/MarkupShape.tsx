import { cloudArcs, cloudPath } from "./cloudGeometry";
import {
  CalloutBody,
  NoteBody,
  pointList,
  StampBody,
  TextBody,
  type ShapeInput,
  type StrokeProps,
} from "./shapeBodies";
import { rotationCentre, rotationModeOf } from "./markupRotation";
import { ellipseOutline } from "./shapeGeometry";
import {
  cloudArcPt,
  DEFAULT_CLOUD_INTENSITY,
  HIGHLIGHT_OPACITY,
} from "./tools";

export type { ShapeInput } from "./shapeBodies";

const TEXT_SIZE_PT = 9;

/**
 * One markup drawn in the overlay at the current zoom. Widths and sizes
 * are PDF points scaled by the zoom; a markup without a width keeps the
 * two-pixel line it always had. `selected` adds a halo. A `ghost` is
 * invisible (the markup canvas shows it) but keeps its elements for
 * hovering and for finding it by test id.
 */
export function MarkupShape(props: {
  shape: ShapeInput;
  zoom: number;
  selected: boolean;
  markupId?: string;
  /** Painted on the markup canvas: kept only to be found and hovered. */
  ghost?: boolean;
}) {
  const { shape, zoom, selected } = props;
  const style = shape.style ?? {};
  const base = style.strokeWidthPt
    ? Math.max(1, style.strokeWidthPt * zoom)
    : 2;
  const width = selected ? base + 1 : base;
  const groupProps = {
    "data-testid": props.markupId ? "markup-shape" : "markup-preview",
    "data-markup-id": props.markupId,
    "data-kind": shape.kind,
    className: shapeClass(selected, props.ghost ?? false),
    opacity: shape.kind === "highlight" ? 1 : (style.opacity ?? 1),
    // Hidden rather than transparent: an invisible group still cost a
    // paint chunk each, which Chromium layerizes again at every frame.
    visibility: props.ghost ? "hidden" : undefined,
    transform: turnOf(shape),
    "data-rotation": shape.style?.rotationDeg ?? 0,
  };
  const stroke = {
    stroke: shape.color,
    strokeWidth: width,
    fill: style.fillColor ?? "none",
    strokeLinejoin: "round" as const,
    strokeLinecap: "round" as const,
  };

  return (
    <g {...groupProps}>
      {props.ghost ? (
        (ghostBody(shape) ?? (
          <ShapeBody shape={shape} zoom={zoom} stroke={stroke} />
        ))
      ) : (
        <ShapeBody shape={shape} zoom={zoom} stroke={stroke} />
      )}
    </g>
  );
}

function shapeClass(selected: boolean, ghost: boolean): string {
  if (selected) return "markup-shape selected";
  return ghost ? "markup-shape ghost" : "markup-shape";
}

/** The SVG turn of a box or text drawn upright, about its centre. */
function turnOf(shape: ShapeInput): string | undefined {
  const deg = shape.style?.rotationDeg ?? 0;
  if (deg === 0 || rotationModeOf(shape.kind) !== "field") return undefined;
  const c = rotationCentre(shape.kind, shape.pixels);
  return `rotate(${deg} ${c.x} ${c.y})`;
}

/**
 * A ghost's body for the outlined kinds: only the `.hit` outline, the
 * same points the drawing has (a cloud its polygon, not its arcs; a
 * callout its tip and box, not its words). The canvas shows the
 * drawing, and re-rendering thousands of hidden arcs, lines and callout
 * boxes made the redraw at rest twice as long.
 * Undefined for kinds whose ghost keeps its whole body (words, stamps).
 */
function ghostBody(shape: ShapeInput) {
  const px = shape.pixels;
  switch (shape.kind) {
    case "arrow":
    case "line":
    case "polyline":
    case "measure_polyline":
    case "measure_length":
    case "measure_angle":
    case "measure_calibration":
      return <polyline points={pointList(px)} className="hit" />;
    case "ink": {
      const strokes =
        shape.strokePixels && shape.strokePixels.length > 0
          ? shape.strokePixels
          : [px];
      return strokes.map((s, i) => (
        <polyline key={i} points={pointList(s)} className="hit" />
      ));
    }
    case "ellipse":
      return <polygon points={pointList(ellipseOutline(px))} className="hit" />;
    case "cloud":
    case "rectangle":
    case "polygon":
      return <polygon points={pointList(px)} className="hit" />;
    case "callout":
      // Its tip and box, without the box's words.
      return <polyline points={pointList(px)} className="hit" />;
    default:
      return undefined;
  }
}

/** The drawing of each kind; `.hit` elements widen the clickable line. */
function ShapeBody(props: {
  shape: ShapeInput;
  zoom: number;
  stroke: StrokeProps;
}) {
  const { shape, zoom, stroke } = props;
  const px = shape.pixels;
  const style = shape.style ?? {};
  const fontPx = Math.max(11, (style.fontSizePt ?? TEXT_SIZE_PT) * zoom);

  switch (shape.kind) {
    case "text":
      return <TextBody shape={shape} fontPx={fontPx} />;
    case "note":
      return <NoteBody shape={shape} />;
    case "stamp":
      return <StampBody shape={shape} zoom={zoom} />;
    case "callout":
      // The callout's box is sized on paper, so its words scale with it
      // rather than keep a screen minimum that would overflow the box.
      return (
        <CalloutBody
          shape={shape}
          stroke={stroke}
          fontPx={Math.max(4, (style.fontSizePt ?? TEXT_SIZE_PT) * zoom)}
        />
      );
    case "arrow":
    case "line": {
      const [tail, head] = px;
      if (tail === undefined || head === undefined) return null;
      const marker =
        shape.kind === "arrow"
          ? `url(#arrow-head-${shape.color.slice(1)})`
          : undefined;
      return (
        <>
          <line
            x1={tail.x}
            y1={tail.y}
            x2={head.x}
            y2={head.y}
            {...stroke}
            markerEnd={marker}
          />
          <line
            x1={tail.x}
            y1={tail.y}
            x2={head.x}
            y2={head.y}
            className="hit"
          />
        </>
      );
    }
    case "polyline":
    case "measure_polyline":
    case "measure_length":
    case "measure_angle":
    case "measure_calibration":
      return (
        <>
          <polyline points={pointList(px)} {...stroke} fill="none" />
          <polyline points={pointList(px)} className="hit" />
        </>
      );
    case "ink": {
      const strokes =
        shape.strokePixels && shape.strokePixels.length > 0
          ? shape.strokePixels
          : [px];
      return (
        <>
          {strokes.map((s, i) => (
            <polyline key={i} points={pointList(s)} {...stroke} fill="none" />
          ))}
          {strokes.map((s, i) => (
            <polyline key={`hit${i}`} points={pointList(s)} className="hit" />
          ))}
        </>
      );
    }
    case "cloud": {
      const intensity = style.cloudIntensity ?? DEFAULT_CLOUD_INTENSITY;
      const arcLength = Math.max(6, cloudArcPt(intensity) * zoom);
      const d = cloudPath(cloudArcs(px, arcLength));
      return (
        <>
          <path d={d} {...stroke} />
          <polygon points={pointList(px)} className="hit" />
        </>
      );
    }
    case "ellipse": {
      const outline = pointList(ellipseOutline(px));
      return (
        <>
          <polygon points={outline} {...stroke} />
          <polygon points={outline} className="hit" />
        </>
      );
    }
    case "measure_count":
      // The counted marks and the total are drawn by MeasureLabels.
      return (
        <>
          {px.map((p, i) => (
            <circle key={i} cx={p.x} cy={p.y} r={6} className="hit fill-hit" />
          ))}
        </>
      );
    case "highlight":
      return (
        <polygon
          points={pointList(px)}
          fill={shape.color}
          opacity={style.opacity ?? HIGHLIGHT_OPACITY}
          className="markup-highlight"
        />
      );
    default:
      return (
        <>
          <polygon points={pointList(px)} {...stroke} />
          <polygon points={pointList(px)} className="hit" />
        </>
      );
  }
}

/** The arrow-head marker for one colour; markers cannot inherit stroke. */
export function ArrowHeadMarker(props: { color: string }) {
  return (
    <marker
      id={`arrow-head-${props.color.slice(1)}`}
      viewBox="0 0 10 10"
      refX="9"
      refY="5"
      markerWidth="7"
      markerHeight="7"
      orient="auto-start-reverse"
    >
      <path d="M 0 0 L 10 5 L 0 10 z" fill={props.color} />
    </marker>
  );
}
