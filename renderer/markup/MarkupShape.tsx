import type { Markup } from "../../shared/domain/entities";
import type { ViewportPixel } from "../../shared/geo/coordinates";
import { cloudArcs, cloudPath } from "./cloudGeometry";

/** The cloud's arc length on paper, so clouds scale with the sheet. */
const CLOUD_ARC_PT = 12;
const TEXT_SIZE_PT = 9;

/** What a shape needs to draw: its kind, colour and points on screen. */
export interface ShapeInput {
  kind: Markup["kind"];
  color: string;
  comment: string;
  pixels: readonly ViewportPixel[];
}

function polygonPoints(pixels: readonly ViewportPixel[]): string {
  return pixels.map((p) => `${p.x},${p.y}`).join(" ");
}

/**
 * One markup drawn in the overlay at the current zoom. `selected` thickens
 * it and adds a halo so a markup picked in the list is easy to find.
 */
export function MarkupShape(props: {
  shape: ShapeInput;
  zoom: number;
  selected: boolean;
  markupId?: string;
  onSelect?: () => void;
}) {
  const { shape, zoom, selected } = props;
  const width = selected ? 3 : 2;
  const common = {
    "data-testid": props.markupId ? "markup-shape" : "markup-preview",
    "data-markup-id": props.markupId,
    className: selected ? "markup-shape selected" : "markup-shape",
    onPointerDown: props.onSelect
      ? (e: React.PointerEvent) => {
          e.stopPropagation();
          props.onSelect?.();
        }
      : undefined,
  };
  const stroke = { stroke: shape.color, strokeWidth: width, fill: "none" };

  if (shape.kind === "text") {
    const anchor = shape.pixels[0];
    if (anchor === undefined) return null;
    const size = Math.max(11, TEXT_SIZE_PT * zoom);
    return (
      <g {...common}>
        <text
          x={anchor.x}
          y={anchor.y}
          fontSize={size}
          fill={shape.color}
          dominantBaseline="hanging"
          className="markup-text"
        >
          {shape.comment || "…"}
        </text>
      </g>
    );
  }

  if (shape.kind === "arrow") {
    const [tail, head] = shape.pixels;
    if (tail === undefined || head === undefined) return null;
    return (
      <g {...common}>
        <line
          x1={tail.x}
          y1={tail.y}
          x2={head.x}
          y2={head.y}
          {...stroke}
          markerEnd={`url(#arrow-head-${shape.color.slice(1)})`}
        />
        <line x1={tail.x} y1={tail.y} x2={head.x} y2={head.y} className="hit" />
      </g>
    );
  }

  if (shape.kind === "cloud") {
    const arcLength = Math.max(6, CLOUD_ARC_PT * zoom);
    const d = cloudPath(cloudArcs(shape.pixels, arcLength));
    return (
      <g {...common}>
        <path d={d} {...stroke} />
        <polygon points={polygonPoints(shape.pixels)} className="hit" />
      </g>
    );
  }

  return (
    <g {...common}>
      <polygon points={polygonPoints(shape.pixels)} {...stroke} />
      <polygon points={polygonPoints(shape.pixels)} className="hit" />
    </g>
  );
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
