import type { Markup } from "../domain/entities";
import type { StampLanguage } from "../domain/stamps";
import { stampOps } from "./stampOps";
import type { PagePoint } from "./xfdfGeometry";
import { latinWidth, winAnsiLiteral } from "./winAnsi";
import { quadRings, signedArea } from "./quadPoints";
import { calloutOps, noteOps, textOps } from "./anchoredOps";
import { measureLabelOps } from "./measureLabels";

/** Resource names the drawing operators use (font and graphics state). */
export const FONT_RESOURCE = "LajnaHelv";

/** Where a line sits in its box: from its reading start, or centred. */
export type LineAlign = "start" | "centre";

/**
 * Draws one line of text inside BT/ET, the line's box running from
 * `left` to `right` (points) on the baseline `baselineY`. The default
 * writes Helvetica (WinAnsi) only; `appearanceText.ts` adds an embedded
 * Arabic font, shaped and right to left.
 */
export type LinePainter = (
  text: string,
  left: number,
  right: number,
  baselineY: number,
  sizePt: number,
  align?: LineAlign,
) => string;

/** Helvetica only: characters outside WinAnsi print as "?". */
export const latinLine: LinePainter = (
  text,
  left,
  right,
  baselineY,
  size,
  align = "start",
) => {
  const x =
    align === "centre" ? (left + right - latinWidth(text, size)) / 2 : left;
  return (
    `/${FONT_RESOURCE} ${fmt(size)} Tf ` +
    `1 0 0 1 ${fmt(x)} ${fmt(baselineY)} Tm (${pdfText(text)}) Tj`
  );
};

/** What a markup's appearance needs besides its operators. */
export interface MarkupAppearance {
  /** Content-stream operators in page user space. Empty: nothing shown. */
  readonly ops: string;
  readonly opacity: number;
  /** Highlights multiply, so the text under them stays readable. */
  readonly multiply: boolean;
}

/** Bézier factor for a quarter circle. */
const KAPPA = 0.5523;

/**
 * The PDF drawing operators of a markup, in page user space, used both as
 * the annotation's appearance stream (whose BBox is the page) and, in a
 * flattened copy, appended to the page's content. Text lines go through
 * `paintLine`; with the default, Helvetica (WinAnsi), characters it lacks
 * print as "?". The comment itself always travels in the annotation's
 * /Contents too.
 */
export function appearanceOf(
  markup: Markup,
  paintLine: LinePainter = latinLine,
  language: StampLanguage = "en",
): MarkupAppearance {
  const shape = shapeAppearance(markup, paintLine, language);
  const label = measureLabelOps(markup, paintLine);
  return label === "" ? shape : { ...shape, ops: `${shape.ops} ${label}` };
}

/** The drawing of the markup's own shape, without a measurement's value. */
function shapeAppearance(
  markup: Markup,
  paintLine: LinePainter,
  language: StampLanguage,
): MarkupAppearance {
  const width = markup.style.strokeWidthPt ?? 2;
  const stroke = `${rgbOf(markup.color)} RG ${fmt(width)} w 1 J 1 j `;
  const fill = markup.style.fillColor
    ? `${rgbOf(markup.style.fillColor)} rg `
    : "";
  const base = { opacity: markup.style.opacity ?? 1, multiply: false };
  const paint = fill ? "B" : "S";
  const p = markup.points;

  switch (markup.kind) {
    case "cloud":
      return { ...base, ops: stroke + fill + cloudPath(p, markup) + paint };
    case "polygon":
    case "measure_area":
      return { ...base, ops: stroke + fill + pathOf(p, true) + paint };
    case "polyline":
    case "measure_polyline":
    case "measure_angle":
    case "line":
    case "measure_length":
    case "measure_calibration":
      return {
        ...base,
        ops: stroke + pathOf(p, false) + "S" + endings(markup),
      };
    case "arrow":
      return {
        ...base,
        ops: stroke + pathOf(p, false) + "S" + endings(markup),
      };
    case "rectangle":
    case "measure_count":
      return {
        ...base,
        ops: stroke + fill + pathOf(p.slice(0, 4), true) + paint,
      };
    case "ellipse":
      return { ...base, ops: stroke + fill + ellipsePath(p) + paint };
    case "ink":
      return {
        ...base,
        ops:
          stroke + markup.strokes.map((s) => pathOf(s, false)).join("") + "S",
      };
    case "highlight":
      return {
        opacity: markup.style.opacity ?? 0.4,
        multiply: true,
        ops: highlightOps(markup),
      };
    case "note":
      return { ...base, ops: noteOps(markup) };
    case "stamp":
      return { ...base, ops: stampOps(markup, paintLine, language) };
    case "text":
      return { ...base, ops: textOps(markup, paintLine) };
    case "callout":
      return { ...base, ops: calloutOps(markup, stroke, paintLine) };
    case "reply":
      return { ...base, ops: "" };
  }
}

/** A number as content-stream operators write it (4 decimals at most). */
export function fmt(n: number): string {
  return Number(n.toFixed(4)).toString();
}

/** "r g b" of a #rrggbb colour, each 0..1. */
export function rgbOf(hex: string): string {
  const channel = (i: number) =>
    fmt(parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255);
  return `${channel(0)} ${channel(1)} ${channel(2)}`;
}

function pathOf(points: readonly PagePoint[], close: boolean): string {
  const [first, ...rest] = points;
  if (!first) return "";
  const moves = [`${fmt(first.x)} ${fmt(first.y)} m`];
  for (const q of rest) moves.push(`${fmt(q.x)} ${fmt(q.y)} l`);
  if (close) moves.push("h");
  return moves.join(" ") + " ";
}

/** Scallops along each edge, bulging outwards, as a revision cloud. */
function cloudPath(points: readonly PagePoint[], markup: Markup): string {
  const ring = dropClosingPoint(points);
  const arcPt = 6 + 6 * (markup.style.cloudIntensity ?? 1);
  const outward = signedArea(ring) >= 0 ? 1 : -1;
  const parts: string[] = [];
  ring.forEach((a, i) => {
    const b = ring[(i + 1) % ring.length] ?? a;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    const n = Math.max(1, Math.round(length / arcPt));
    if (i === 0) parts.push(`${fmt(a.x)} ${fmt(a.y)} m`);
    const nx = (outward * (b.y - a.y)) / (length || 1);
    const ny = (outward * -(b.x - a.x)) / (length || 1);
    const bulge = (length / n / 2) * (4 / 3);
    for (let k = 0; k < n; k += 1) {
      const s = {
        x: a.x + ((b.x - a.x) * k) / n,
        y: a.y + ((b.y - a.y) * k) / n,
      };
      const e = {
        x: a.x + ((b.x - a.x) * (k + 1)) / n,
        y: a.y + ((b.y - a.y) * (k + 1)) / n,
      };
      parts.push(
        `${fmt(s.x + nx * bulge)} ${fmt(s.y + ny * bulge)} ` +
          `${fmt(e.x + nx * bulge)} ${fmt(e.y + ny * bulge)} ` +
          `${fmt(e.x)} ${fmt(e.y)} c`,
      );
    }
  });
  return parts.join(" ") + " h ";
}

function dropClosingPoint(points: readonly PagePoint[]): PagePoint[] {
  const first = points[0];
  const last = points[points.length - 1];
  const closed =
    points.length > 2 &&
    first &&
    last &&
    first.x === last.x &&
    first.y === last.y;
  return closed ? points.slice(0, -1) : [...points];
}

function boxOf(points: readonly PagePoint[]) {
  const box = points.slice(0, 4);
  const xs = box.map((q) => q.x);
  const ys = box.map((q) => q.y);
  return {
    left: Math.min(...xs),
    bottom: Math.min(...ys),
    right: Math.max(...xs),
    top: Math.max(...ys),
  };
}

function ellipsePath(points: readonly PagePoint[]): string {
  const b = boxOf(points);
  const cx = (b.left + b.right) / 2;
  const cy = (b.bottom + b.top) / 2;
  const rx = (b.right - b.left) / 2;
  const ry = (b.top - b.bottom) / 2;
  const kx = rx * KAPPA;
  const ky = ry * KAPPA;
  return (
    `${fmt(cx + rx)} ${fmt(cy)} m ` +
    `${fmt(cx + rx)} ${fmt(cy + ky)} ${fmt(cx + kx)} ${fmt(cy + ry)} ${fmt(cx)} ${fmt(cy + ry)} c ` +
    `${fmt(cx - kx)} ${fmt(cy + ry)} ${fmt(cx - rx)} ${fmt(cy + ky)} ${fmt(cx - rx)} ${fmt(cy)} c ` +
    `${fmt(cx - rx)} ${fmt(cy - ky)} ${fmt(cx - kx)} ${fmt(cy - ry)} ${fmt(cx)} ${fmt(cy - ry)} c ` +
    `${fmt(cx + kx)} ${fmt(cy - ry)} ${fmt(cx + rx)} ${fmt(cy - ky)} ${fmt(cx + rx)} ${fmt(cy)} c h `
  );
}

/** Arrow heads where the markup has them: an arrow's at its second point. */
function endings(markup: Markup): string {
  const [start, end] = markup.points;
  if (!start || !end) return "";
  const foreign = markup.foreign ?? {};
  const atEnd =
    markup.kind === "arrow" && foreign["tail"] === undefined
      ? true
      : isArrowEnding(foreign["tail"]);
  const atStart = isArrowEnding(foreign["head"]);
  const size = 6 + 2 * (markup.style.strokeWidthPt ?? 2);
  const fill = `${rgbOf(markup.color)} rg `;
  return (
    " " +
    (atEnd ? fill + arrowHead(start, end, size) : "") +
    (atStart ? fill + arrowHead(end, start, size) : "")
  );
}

function isArrowEnding(ending: string | undefined): boolean {
  return ending !== undefined && ending !== "None";
}

function arrowHead(from: PagePoint, tip: PagePoint, size: number): string {
  const length = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const ux = (tip.x - from.x) / length;
  const uy = (tip.y - from.y) / length;
  const bx = tip.x - ux * size;
  const by = tip.y - uy * size;
  const half = size / 2;
  return (
    ` ${fmt(tip.x)} ${fmt(tip.y)} m ${fmt(bx - uy * half)} ${fmt(by + ux * half)} l ` +
    `${fmt(bx + uy * half)} ${fmt(by - ux * half)} l h B`
  );
}

/** Each quad filled as the ring it is, whatever order it was kept in. */
function highlightOps(markup: Markup): string {
  const rings = quadRings(markup.points);
  const quads: string[] = [];
  for (let i = 0; i + 3 < rings.length; i += 4) {
    quads.push(pathOf(rings.slice(i, i + 4), true));
  }
  return `${rgbOf(markup.color)} rg ${quads.join("")}f`;
}

/**
 * A PDF literal string in WinAnsi (’ œ – — … € included); characters
 * outside it become "?".
 */
export function pdfText(text: string): string {
  return winAnsiLiteral(text);
}
