import { cloudArcs, cloudPath } from "../cloudGeometry";
import { rotationCentre, rotationModeOf } from "../markupRotation";
import type { ShapeInput } from "../shapeBodies";
import { ellipseOutline } from "../shapeGeometry";
import {
  cloudArcPt,
  DEFAULT_CLOUD_INTENSITY,
  HIGHLIGHT_OPACITY,
} from "../tools";
import { chain } from "./paths";
import {
  paintCallout,
  paintNote,
  paintStamp,
  paintText,
  type PaintContext,
} from "./paintBodies";

/*
 * One markup painted on a Canvas 2D context the way MarkupShape draws it
 * in SVG (same widths, fonts, colours and turns), so that thousands of
 * markups cost one bitmap instead of thousands of SVG nodes to move.
 */

const TEXT_SIZE_PT = 9;

/** Paints `shape` at the zoom of `paint`; the caller saves nothing. */
export function paintShape(
  ctx: CanvasRenderingContext2D,
  shape: ShapeInput,
  paint: PaintContext,
): void {
  const style = shape.style ?? {};
  ctx.save();
  ctx.globalAlpha = shape.kind === "highlight" ? 1 : (style.opacity ?? 1);
  turn(ctx, shape);
  ctx.strokeStyle = shape.color;
  ctx.lineWidth = style.strokeWidthPt
    ? Math.max(1, style.strokeWidthPt * paint.zoom)
    : 2;
  ctx.lineJoin = "round";
  ctx.lineCap = "round";
  paintBody(ctx, shape, paint);
  ctx.restore();
}

/** The turn of a box or text drawn upright, about its centre. */
function turn(ctx: CanvasRenderingContext2D, shape: ShapeInput): void {
  const deg = shape.style?.rotationDeg ?? 0;
  if (deg === 0 || rotationModeOf(shape.kind) !== "field") return;
  const c = rotationCentre(shape.kind, shape.pixels);
  ctx.translate(c.x, c.y);
  ctx.rotate((deg * Math.PI) / 180);
  ctx.translate(-c.x, -c.y);
}

function paintBody(
  ctx: CanvasRenderingContext2D,
  shape: ShapeInput,
  paint: PaintContext,
): void {
  const px = shape.pixels;
  const style = shape.style ?? {};
  const fill = style.fillColor ?? null;
  const fontPt = style.fontSizePt ?? TEXT_SIZE_PT;

  switch (shape.kind) {
    case "text":
      return paintText(
        ctx,
        shape,
        Math.max(11, fontPt * paint.zoom),
        paint.fontFamily,
      );
    case "note":
      return paintNote(ctx, shape);
    case "stamp":
      return paintStamp(ctx, shape, paint);
    case "callout":
      return paintCallout(ctx, shape, {
        px: Math.max(4, fontPt * paint.zoom),
        family: paint.fontFamily,
      });
    case "arrow":
    case "line":
      return paintLine(ctx, shape);
    case "polyline":
    case "measure_polyline":
    case "measure_length":
    case "measure_angle":
    case "measure_calibration":
      return outline(ctx, chain(px, false), null);
    case "ink": {
      const strokes =
        shape.strokePixels && shape.strokePixels.length > 0
          ? shape.strokePixels
          : [px];
      return strokes.forEach((s) => outline(ctx, chain(s, false), null));
    }
    case "cloud": {
      const intensity = style.cloudIntensity ?? DEFAULT_CLOUD_INTENSITY;
      const arcLength = Math.max(6, cloudArcPt(intensity) * paint.zoom);
      return outline(
        ctx,
        new Path2D(cloudPath(cloudArcs(px, arcLength))),
        fill,
      );
    }
    case "ellipse":
      return outline(ctx, chain(ellipseOutline(px), true), fill);
    case "measure_count":
    case "reply":
      // Counted marks are drawn by MeasureLabels; replies are not drawn.
      return;
    case "highlight":
      ctx.globalAlpha = style.opacity ?? HIGHLIGHT_OPACITY;
      ctx.globalCompositeOperation = "multiply";
      ctx.fillStyle = shape.color;
      ctx.fill(chain(px, true));
      return;
    default:
      return outline(ctx, chain(px, true), fill);
  }
}

/** Fills (when a fill is set) then strokes a path with the set stroke. */
function outline(
  ctx: CanvasRenderingContext2D,
  path: Path2D,
  fill: string | null,
): void {
  if (fill !== null) {
    ctx.fillStyle = fill;
    ctx.fill(path);
  }
  ctx.stroke(path);
}

/** A line, with the arrow head of MarkupShape's marker for arrows. */
function paintLine(ctx: CanvasRenderingContext2D, shape: ShapeInput): void {
  const [tail, head] = shape.pixels;
  if (tail === undefined || head === undefined) return;
  outline(ctx, chain([tail, head], false), null);
  if (shape.kind !== "arrow") return;

  // The marker is 10 units wide shown at 7 stroke widths, tip at (9, 5).
  const scale = (0.7 * ctx.lineWidth) as number;
  ctx.translate(head.x, head.y);
  ctx.rotate(Math.atan2(head.y - tail.y, head.x - tail.x));
  ctx.scale(scale, scale);
  ctx.translate(-9, -5);
  ctx.fillStyle = shape.color;
  ctx.fill(new Path2D("M 0 0 L 10 5 L 0 10 z"));
}
