import type { Point } from "../cloudGeometry";
import { fittedFontPx, stampText, type ShapeInput } from "../shapeBodies";
import { centroid, leaderEnd } from "../shapeGeometry";
import { chain } from "./paths";
import { wrapWords } from "../../../shared/annotations/wrapWords";

/*
 * Canvas versions of the kinds that are more than a line (text, note,
 * stamp, callout), matching shapeBodies.tsx.
 */

const NOTE_ICON_PX = 18;

/** What painting needs besides the shape. */
export interface PaintContext {
  readonly zoom: number;
  /** Translates standard stamp labels. */
  readonly t: (key: string) => string;
  /** The layer's font family, so words match the SVG's (CSS inherits). */
  readonly fontFamily: string;
  /** A stamp picture, or null while it loads (the layer repaints then). */
  readonly image: (href: string) => CanvasImageSource | null;
}

function bounds(pixels: readonly Point[]) {
  const xs = pixels.map((p) => p.x);
  const ys = pixels.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** A text markup: its words at the anchor, haloed in white. */
export function paintText(
  ctx: CanvasRenderingContext2D,
  shape: ShapeInput,
  fontPx: number,
  fontFamily: string,
): void {
  const anchor = shape.pixels[0];
  if (anchor === undefined) return;
  ctx.font = `600 ${fontPx}px ${fontFamily}`;
  ctx.textBaseline = "hanging";
  ctx.strokeStyle = "#ffffff";
  ctx.lineWidth = 3;
  const words = shape.comment || "…";
  ctx.strokeText(words, anchor.x, anchor.y);
  ctx.fillStyle = shape.color;
  ctx.fillText(words, anchor.x, anchor.y);
}

/** A sticky note: a folded square at its anchor. */
export function paintNote(ctx: CanvasRenderingContext2D, shape: ShapeInput) {
  const at = shape.pixels[0];
  if (at === undefined) return;
  const s = NOTE_ICON_PX;
  const fold = s / 3;
  ctx.fillStyle = shape.color;
  ctx.strokeStyle = "#5c1010";
  ctx.lineWidth = 1;
  const square = new Path2D(
    `M ${at.x} ${at.y} h ${s - fold} l ${fold} ${fold} v ${s - fold} h ${-s} z`,
  );
  ctx.fill(square);
  ctx.stroke(square);
  ctx.strokeStyle = "#ffffff";
  ctx.lineWidth = 1.5;
  ctx.stroke(
    new Path2D(
      `M ${at.x + 4} ${at.y + s / 2} h ${s - 8} M ${at.x + 4} ${at.y + s - 5} h ${s - 8}`,
    ),
  );
}

/** A stamp: its label or picture, then who stamped it and when. */
export function paintStamp(
  ctx: CanvasRenderingContext2D,
  shape: ShapeInput,
  paint: PaintContext,
): void {
  if (shape.pixels.length < 4) return;
  const b = bounds(shape.pixels);
  const centre = centroid(shape.pixels);
  ctx.beginPath();
  ctx.roundRect(b.x, b.y, b.width, b.height, 4);
  ctx.fillStyle = "rgba(255, 255, 255, 0.7)";
  ctx.fill();
  ctx.lineWidth = Math.max(1.5, 2 * paint.zoom);
  ctx.stroke();

  ctx.fillStyle = shape.color;
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  const image = shape.style?.stampImage;
  if (image === undefined) {
    const label = stampText(shape.style?.stampLabel, paint.t);
    const sizePx = fittedFontPx(label, b.width, b.height * 0.36, 0.72);
    ctx.font = `bold ${sizePx}px ${paint.fontFamily}`;
    ctx.letterSpacing = `${sizePx * 0.04}px`;
    ctx.fillText(label.toUpperCase(), centre.x, b.y + b.height * 0.42);
    ctx.letterSpacing = "0px";
  } else {
    const href = `data:${image.mediaType};base64,${image.dataBase64}`;
    drawContained(ctx, paint.image(href), {
      x: b.x + b.width * 0.05,
      y: b.y + b.height * 0.06,
      width: b.width * 0.9,
      height: b.height * 0.6,
    });
  }
  const day = shape.createdAt?.slice(0, 10) ?? "";
  const byline = [shape.authorName, day].filter(Boolean).join(" · ");
  const bylinePx = fittedFontPx(byline, b.width, b.height * 0.2);
  ctx.font = `${bylinePx}px ${paint.fontFamily}`;
  ctx.fillText(byline, centre.x, b.y + b.height * 0.78);
}

/** A picture fitted and centred in a box (SVG's xMidYMid meet). */
function drawContained(
  ctx: CanvasRenderingContext2D,
  image: CanvasImageSource | null,
  box: { x: number; y: number; width: number; height: number },
): void {
  if (!(image instanceof HTMLImageElement) || image.naturalWidth === 0) return;
  const k = Math.min(
    box.width / image.naturalWidth,
    box.height / image.naturalHeight,
  );
  const w = image.naturalWidth * k;
  const h = image.naturalHeight * k;
  const x = box.x + (box.width - w) / 2;
  ctx.drawImage(image, x, box.y + (box.height - h) / 2, w, h);
}

/** A callout: a leader from the tip to a box holding its words. */
export function paintCallout(
  ctx: CanvasRenderingContext2D,
  shape: ShapeInput,
  font: { px: number; family: string },
): void {
  const [tip, ...box] = shape.pixels;
  if (tip === undefined || box.length < 3) return;
  const end = leaderEnd(tip, box);
  ctx.stroke(chain([tip, end], false));
  ctx.beginPath();
  ctx.arc(tip.x, tip.y, 2.5, 0, 2 * Math.PI);
  ctx.fillStyle = shape.color;
  ctx.fill();
  const outline = chain(box, true);
  ctx.fillStyle = shape.style?.fillColor ?? "#ffffff";
  ctx.fill(outline);
  ctx.stroke(outline);
  paintWrapped(ctx, shape, bounds(box), font);
}

/** Words wrapped inside a box with the callout's padding, clipped. */
function paintWrapped(
  ctx: CanvasRenderingContext2D,
  shape: ShapeInput,
  b: { x: number; y: number; width: number; height: number },
  font: { px: number; family: string },
): void {
  const fontPx = font.px;
  ctx.save();
  ctx.beginPath();
  ctx.rect(b.x, b.y, b.width, b.height);
  ctx.clip();
  ctx.font = `${fontPx}px ${font.family}`;
  ctx.fillStyle = shape.color;
  ctx.textBaseline = "top";
  const lineHeight = fontPx * 1.15;
  const lines = wrap(ctx, shape.comment, b.width - 8);
  lines.forEach((line, i) =>
    ctx.fillText(line, b.x + 4, b.y + 2 + i * lineHeight),
  );
  ctx.restore();
}

/** Greedy word wrap of each paragraph to `width` pixels. */
function wrap(
  ctx: CanvasRenderingContext2D,
  text: string,
  width: number,
): string[] {
  return wrapWords(text, width, (line) => ctx.measureText(line).width);
}
