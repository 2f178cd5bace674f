import type { Markup } from "../../shared/domain/entities";
import type { ViewportPixel } from "../../shared/geo/coordinates";
import { useT } from "../i18n/useT";
import type { Point } from "./cloudGeometry";
import { centroid, leaderEnd } from "./shapeGeometry";
import { stampKinds } from "./tools";

/*
 * The drawings of the markup kinds that are more than a line: text,
 * sticky note, callout and stamp, in viewer pixels.
 */

const NOTE_ICON_PX = 18;

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

/** The SVG stroke attributes every outlined kind shares. */
export type StrokeProps = {
  stroke: string;
  strokeWidth: number;
  fill: string;
  strokeLinejoin: "round";
  strokeLinecap: "round";
};

/** SVG `points` of some pixels. */
export function pointList(pixels: readonly Point[]): string {
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

/** A text markup: its words at the anchor. */
export function TextBody(props: { shape: ShapeInput; fontPx: number }) {
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
export function NoteBody(props: { shape: ShapeInput }) {
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
export function CalloutBody(props: {
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

/**
 * The font size that fits a line of `text` across `widthPx` at most,
 * and at most `sharePx` tall: a service's long stamp text shrinks
 * rather than spilling over the sheet. Glyphs average a little over
 * half their size across, a bit more in bold capitals.
 */
export function fittedFontPx(
  text: string,
  widthPx: number,
  sharePx: number,
  emWidth = 0.62,
): number {
  const across = (widthPx * 0.9) / (Math.max(1, text.length) * emWidth);
  return Math.max(1, Math.min(sharePx, across));
}

/** A stamp: its label, then who stamped it and on which day. */
export function StampBody(props: { shape: ShapeInput; zoom: number }) {
  const t = useT();
  const { shape } = props;
  if (shape.pixels.length < 4) return null;
  const b = bounds(shape.pixels);
  const label = stampText(shape.style?.stampLabel, t);
  // A service's picture stamp shows its picture in place of the words.
  const image = shape.style?.stampImage;
  const day = shape.createdAt?.slice(0, 10) ?? "";
  const byline = [shape.authorName, day].filter(Boolean).join(" · ");
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
      {image === undefined ? (
        <text
          x={centre.x}
          y={b.y + b.height * 0.42}
          fontSize={fittedFontPx(label, b.width, b.height * 0.36, 0.72)}
          fontWeight="bold"
          fill={shape.color}
          textAnchor="middle"
          dominantBaseline="middle"
          className="markup-stamp-label"
        >
          {label}
        </text>
      ) : (
        <image
          data-testid="markup-stamp-image"
          href={`data:${image.mediaType};base64,${image.dataBase64}`}
          x={b.x + b.width * 0.05}
          y={b.y + b.height * 0.06}
          width={b.width * 0.9}
          height={b.height * 0.6}
          preserveAspectRatio="xMidYMid meet"
        >
          <title>{label}</title>
        </image>
      )}
      <text
        x={centre.x}
        y={b.y + b.height * 0.78}
        fontSize={fittedFontPx(byline, b.width, b.height * 0.2)}
        fill={shape.color}
        textAnchor="middle"
        dominantBaseline="middle"
      >
        {byline}
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
