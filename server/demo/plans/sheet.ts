import {
  LineCapStyle,
  LineJoinStyle,
  appendBezierCurve,
  clip,
  closePath,
  degrees,
  endPath,
  fill,
  fillAndStroke,
  lineTo,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  setDashPattern,
  setFillingRgbColor,
  setLineCap,
  setLineJoin,
  setLineWidth,
  setStrokingRgbColor,
  stroke,
} from "pdf-lib";
import type { PDFFont, PDFOperator, PDFPage } from "pdf-lib";
import type { PdfPoint } from "../../../shared/geo/coordinates";
import type { LayerName, OptionalContent } from "./optionalContent";
import { PEN_MM, mm } from "./units";
import type { PenWeight } from "./units";

/** An RGB colour, components in [0, 1]. */
export interface Colour {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

/** Plain colours of the demo plots. */
export const COLOURS = {
  black: { r: 0, g: 0, b: 0 },
  white: { r: 1, g: 1, b: 1 },
  grey: { r: 0.45, g: 0.45, b: 0.45 },
  lightGrey: { r: 0.85, g: 0.85, b: 0.85 },
  red: { r: 0.8, g: 0.1, b: 0.1 },
  blue: { r: 0.15, g: 0.35, b: 0.75 },
} as const satisfies Record<string, Colour>;

/** How a line is drawn: weight, colour and an optional dash in mm. */
export interface Pen {
  readonly weight: PenWeight;
  readonly colour?: Colour;
  readonly dashMm?: readonly number[];
}

/** How text is set: size in points, alignment, weight and rotation. */
export interface TextStyle {
  readonly sizePt: number;
  readonly align?: "left" | "center" | "right";
  readonly bold?: boolean;
  readonly rotateDeg?: number;
  readonly colour?: Colour;
}

// Control distance for a quarter circle drawn with one cubic Bézier.
const KAPPA = 0.5522847498;

/**
 * One plan sheet being drawn: thin wrapper over a pdf-lib page that takes
 * points in PDF user space and pens by weight, so drawing code reads like
 * a CAD plot description.
 */
export class Sheet {
  constructor(
    readonly page: PDFPage,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
    private readonly layers: OptionalContent,
  ) {}

  /**
   * Runs `draw` on a CAD layer (an optional content group). Layers do not
   * nest, and a layer stays inside any clipping opened around it.
   */
  layer(name: LayerName, draw: () => void): void {
    this.page.pushOperators(this.layers.begin(name));
    draw();
    this.page.pushOperators(this.layers.end());
  }

  /** A straight segment. */
  line(a: PdfPoint, b: PdfPoint, pen: Pen): void {
    this.strokePath([moveTo(a.x, a.y), lineTo(b.x, b.y)], pen);
  }

  /** A polyline, closed when `closed` is set. */
  polyline(points: readonly PdfPoint[], pen: Pen, closed = false): void {
    if (points.length < 2) return;
    const path = pathOf(points);
    if (closed) path.push(closePath());
    this.strokePath(path, pen);
  }

  /** A filled polygon, outlined with `pen` when given. */
  polygon(points: readonly PdfPoint[], colour: Colour, pen?: Pen): void {
    if (points.length < 3) return;
    const path = [...pathOf(points), closePath()];
    this.paint(path, colour, pen);
  }

  /** A circle, outlined and optionally filled. */
  circle(centre: PdfPoint, radiusPt: number, pen: Pen, colour?: Colour): void {
    const path = circlePath(centre, radiusPt);
    if (colour) this.paint(path, colour, pen);
    else this.strokePath(path, pen);
  }

  /** A circular arc from `startDeg` to `endDeg`, counter-clockwise. */
  arc(
    centre: PdfPoint,
    radiusPt: number,
    startDeg: number,
    endDeg: number,
    pen: Pen,
  ): void {
    this.strokePath(arcPath(centre, radiusPt, startDeg, endDeg), pen);
  }

  /** Sets a line of text with its anchor at `at` (baseline). */
  text(value: string, at: PdfPoint, style: TextStyle): void {
    const font = style.bold ? this.bold : this.regular;
    const width = font.widthOfTextAtSize(value, style.sizePt);
    const shift =
      style.align === "center"
        ? width / 2
        : style.align === "right"
          ? width
          : 0;
    const angle = ((style.rotateDeg ?? 0) * Math.PI) / 180;
    const colour = style.colour ?? COLOURS.black;
    this.page.drawText(value, {
      x: at.x - shift * Math.cos(angle),
      y: at.y - shift * Math.sin(angle),
      size: style.sizePt,
      font,
      color: rgb(colour.r, colour.g, colour.b),
      rotate: degrees(style.rotateDeg ?? 0),
    });
  }

  /** The width of a text in points, for layout. */
  textWidth(value: string, sizePt: number, bold = false): number {
    return (bold ? this.bold : this.regular).widthOfTextAtSize(value, sizePt);
  }

  /** Runs `draw` with everything clipped to a rectangle (points). */
  clipped(
    box: { x: number; y: number; width: number; height: number },
    draw: () => void,
  ): void {
    this.page.pushOperators(
      pushGraphicsState(),
      rectangle(box.x, box.y, box.width, box.height),
      clip(),
      endPath(),
    );
    draw();
    this.page.pushOperators(popGraphicsState());
  }

  private strokePath(path: PDFOperator[], pen: Pen): void {
    this.page.pushOperators(
      pushGraphicsState(),
      ...penOperators(pen),
      ...path,
      stroke(),
      popGraphicsState(),
    );
  }

  private paint(path: PDFOperator[], colour: Colour, pen?: Pen): void {
    this.page.pushOperators(
      pushGraphicsState(),
      setFillingRgbColor(colour.r, colour.g, colour.b),
      ...(pen ? penOperators(pen) : []),
      ...path,
      pen ? fillAndStroke() : fill(),
      popGraphicsState(),
    );
  }
}

function penOperators(pen: Pen): PDFOperator[] {
  const colour = pen.colour ?? COLOURS.black;
  return [
    setLineWidth(mm(PEN_MM[pen.weight])),
    setStrokingRgbColor(colour.r, colour.g, colour.b),
    setLineCap(LineCapStyle.Butt),
    setLineJoin(LineJoinStyle.Miter),
    setDashPattern((pen.dashMm ?? []).map(mm), 0),
  ];
}

function pathOf(points: readonly PdfPoint[]): PDFOperator[] {
  const [first, ...rest] = points;
  if (!first) return [];
  return [moveTo(first.x, first.y), ...rest.map((p) => lineTo(p.x, p.y))];
}

function circlePath(c: PdfPoint, r: number): PDFOperator[] {
  const k = KAPPA * r;
  return [
    moveTo(c.x + r, c.y),
    appendBezierCurve(c.x + r, c.y + k, c.x + k, c.y + r, c.x, c.y + r),
    appendBezierCurve(c.x - k, c.y + r, c.x - r, c.y + k, c.x - r, c.y),
    appendBezierCurve(c.x - r, c.y - k, c.x - k, c.y - r, c.x, c.y - r),
    appendBezierCurve(c.x + k, c.y - r, c.x + r, c.y - k, c.x + r, c.y),
    closePath(),
  ];
}

// Splits the arc into pieces of at most 90° so each Bézier stays accurate.
function arcPath(
  c: PdfPoint,
  r: number,
  startDeg: number,
  endDeg: number,
): PDFOperator[] {
  const pieces = Math.max(1, Math.ceil(Math.abs(endDeg - startDeg) / 90));
  const step = ((endDeg - startDeg) / pieces) * (Math.PI / 180);
  let angle = (startDeg * Math.PI) / 180;
  const path = [moveTo(c.x + r * Math.cos(angle), c.y + r * Math.sin(angle))];
  for (let i = 0; i < pieces; i++) {
    const k = (4 / 3) * Math.tan(step / 4) * r;
    const next = angle + step;
    path.push(
      appendBezierCurve(
        c.x + r * Math.cos(angle) - k * Math.sin(angle),
        c.y + r * Math.sin(angle) + k * Math.cos(angle),
        c.x + r * Math.cos(next) + k * Math.sin(next),
        c.y + r * Math.sin(next) - k * Math.cos(next),
        c.x + r * Math.cos(next),
        c.y + r * Math.sin(next),
      ),
    );
    angle = next;
  }
  return path;
}
