import type { Markup } from "../../shared/domain/entities";
import type { ViewportPixel } from "../../shared/geo/coordinates";
import { useT } from "../i18n/useT";
import { cloudArcs, cloudPath, type Point } from "./cloudGeometry";
import { centroid, ellipseOutline } from "./shapeGeometry";
import {
  cloudArcPt,
  DEFAULT_CLOUD_INTENSITY,
  HIGHLIGHT_OPACITY,
  stampKinds,
} from "./tools";

const TEXT_SIZE_PT = 9;
const NOTE_ICON_PX = 18;

/** What a shape needs to draw: its kind, look and points on screen. */
export interface ShapeInput {
  kind: Markup["kind"];
  color: string;
  comment: string;
  pixels: readonly ViewportPixel[];
  /** Ink strokes on screen; when empty, `pixels` is the only stroke. */
  strokePixels?: readonly (readonly ViewportPixel[])[];
  style?: Markup["style"];
  /** Stamps show who stamped and when. */
  authorName?: string;
  createdAt?: string;
}

function pointList(pixels: readonly Point[]): string {
  return pixels.map((p) => `${p.x},${p.y}`).join(" ");
}

/** The bounding box of some pixels. */
function bounds(pixels: readonly Point[]) {
  const xs = pixels.map((p) => p.x);
  const ys = pixels.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** The middle of the box edge nearest to `tip`, where a leader lands. */
function leaderEnd(tip: Point, box: readonly Point[]): Point {
  const mids = box.map((p, i) => {
    const q = box[(i + 1) % box.length] as Point;
    return { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
  });
  const distance = (p: Point) => Math.hypot(p.x - tip.x, p.y - tip.y);
  return mids.reduce((a, b) => (distance(b) < distance(a) ? b : a));
}

/**
 * One markup drawn in the overlay at the current zoom. Widths and sizes
 * are PDF points scaled by the zoom; a markup without a width keeps the
 * two-pixel line it always had. `selected` adds a halo.
 */
export function MarkupShape(props: {
  shape: ShapeInput;
  zoom: number;
  selected: boolean;
  markupId?: string;
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
    className: selected ? "markup-shape selected" : "markup-shape",
    opacity: shape.kind === "highlight" ? 1 : (style.opacity ?? 1),
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
      <ShapeBody shape={shape} zoom={zoom} stroke={stroke} />
    </g>
  );
}

type StrokeProps = {
  stroke: string;
  strokeWidth: number;
  fill: string;
  strokeLinejoin: "round";
  strokeLinecap: "round";
};

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

function TextBody(props: { shape: ShapeInput; fontPx: number }) {
  const anchor = props.shape.pixels[0];
  if (anchor === undefined) return null;
  return (
    <text
      x={anchor.x}
      y={anchor.y}
      fontSize={props.fontPx}
      fill={props.shape.color}
      dominantBaseline="hanging"
      className="markup-text"
    >
      {props.shape.comment || "…"}
    </text>
  );
}

/** A sticky note: a folded square at its anchor; the text shows on hover. */
function NoteBody(props: { shape: ShapeInput }) {
  const at = props.shape.pixels[0];
  if (at === undefined) return null;
  const s = NOTE_ICON_PX;
  const fold = s / 3;
  const outline = `M ${at.x} ${at.y} h ${s - fold} l ${fold} ${fold} v ${s - fold} h ${-s} z`;
  return (
    <>
      <title>{props.shape.comment}</title>
      <path
        d={outline}
        fill={props.shape.color}
        stroke="#5c1010"
        strokeWidth={1}
      />
      <path
        d={`M ${at.x + 4} ${at.y + s / 2} h ${s - 8} M ${at.x + 4} ${at.y + s - 5} h ${s - 8}`}
        stroke="#fff"
        strokeWidth={1.5}
      />
      <rect x={at.x} y={at.y} width={s} height={s} className="hit fill-hit" />
    </>
  );
}

/** A callout: a leader from the tip to a text box. */
function CalloutBody(props: {
  shape: ShapeInput;
  stroke: StrokeProps;
  fontPx: number;
}) {
  const [tip, ...box] = props.shape.pixels;
  if (tip === undefined || box.length < 3) return null;
  const end = leaderEnd(tip, box);
  const b = bounds(box);
  return (
    <>
      <line x1={tip.x} y1={tip.y} x2={end.x} y2={end.y} {...props.stroke} />
      <circle cx={tip.x} cy={tip.y} r={2.5} fill={props.shape.color} />
      <polygon
        points={pointList(box)}
        {...props.stroke}
        fill={props.stroke.fill === "none" ? "#ffffff" : props.stroke.fill}
      />
      <foreignObject x={b.x} y={b.y} width={b.width} height={b.height}>
        <div
          className="markup-callout-text"
          dir="auto"
          style={{ fontSize: props.fontPx, color: props.shape.color }}
        >
          {props.shape.comment}
        </div>
      </foreignObject>
      <line x1={tip.x} y1={tip.y} x2={end.x} y2={end.y} className="hit" />
      <polygon points={pointList(box)} className="hit fill-hit" />
    </>
  );
}

/** A stamp: its label, then who stamped it and on which day. */
function StampBody(props: { shape: ShapeInput; zoom: number }) {
  const t = useT();
  const { shape } = props;
  if (shape.pixels.length < 4) return null;
  const b = bounds(shape.pixels);
  const label = stampText(shape.style?.stampLabel, t);
  const day = shape.createdAt?.slice(0, 10) ?? "";
  const centre = centroid(shape.pixels);
  return (
    <>
      <rect
        x={b.x}
        y={b.y}
        width={b.width}
        height={b.height}
        rx={4}
        fill="#ffffff"
        fillOpacity={0.7}
        stroke={shape.color}
        strokeWidth={Math.max(1.5, 2 * props.zoom)}
      />
      <text
        x={centre.x}
        y={b.y + b.height * 0.42}
        fontSize={b.height * 0.36}
        fontWeight="bold"
        fill={shape.color}
        textAnchor="middle"
        dominantBaseline="middle"
        className="markup-stamp-label"
      >
        {label}
      </text>
      <text
        x={centre.x}
        y={b.y + b.height * 0.78}
        fontSize={b.height * 0.2}
        fill={shape.color}
        textAnchor="middle"
        dominantBaseline="middle"
      >
        {[shape.authorName, day].filter(Boolean).join(" · ")}
      </text>
      <rect
        x={b.x}
        y={b.y}
        width={b.width}
        height={b.height}
        className="hit fill-hit"
      />
    </>
  );
}

/** A stamp's words: one of the standard stamps, translated, or its own. */
export function stampText(
  label: string | undefined,
  t: (key: string) => string,
): string {
  const standard = stampKinds.find((k) => k === label);
  if (standard !== undefined) return t(`markup.stamp.${standard}`);
  return label ?? "";
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
