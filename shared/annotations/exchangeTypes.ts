import type { Markup } from "../domain/entities";

/**
 * One annotation as XFDF writes it, whether read from an XFDF file or from
 * a PDF's annotation dictionaries: the element name, its attributes and
 * the child elements that carry data. Coordinates are PDF points.
 */
export interface XfdfAnnotation {
  /** The XFDF element: polygon, line, square, freetext, ink, text... */
  readonly element: string;
  readonly attrs: Readonly<Record<string, string>>;
  /** Plain text of `contents` or of `contents-richtext`. */
  readonly contents: string;
  /** Raw XHTML of `contents-richtext`, kept for a lossless export. */
  readonly richText: string | null;
  /** `vertices` of a polygon or polyline, as written. */
  readonly vertices: string | null;
  /** `gesture` paths of an ink annotation, as written. */
  readonly gestures: readonly string[];
  /** Base64 `appearance` of a stamp, as written. */
  readonly appearance: string | null;
  readonly defaultAppearance: string | null;
  readonly defaultStyle: string | null;
}

/**
 * A markup read from another program, before the workstation gives it ids
 * and an owner: `name` is the annotation's own id (XFDF `name`, PDF `/NM`)
 * and `inReplyToName` the name of the annotation it answers.
 */
export type ExchangedMarkup = Pick<
  Markup,
  | "sheetIndex"
  | "kind"
  | "points"
  | "strokes"
  | "comment"
  | "color"
  | "style"
  | "status"
  | "subject"
  | "authorName"
  | "createdAt"
  | "updatedAt"
  | "measurement"
> & {
  readonly name: string;
  readonly inReplyToName: string | null;
  readonly foreign: Record<string, string>;
};

/** Bounds that keep a hostile file from costing memory or time. */
export const exchangeLimits = {
  /**
   * Largest XFDF accepted, in characters. Our own export carries each
   * picture stamp's picture in its appearance (about 0.7 MB for a 256 KB
   * picture) so that other readers draw it: 32 MB takes a dossier with
   * about 40 stamps of the largest pictures a service may upload, and
   * stays a bound a hostile file cannot pass.
   */
  maxXfdfChars: 32_000_000,
  maxAnnotations: 10_000,
  /** Largest coordinate magnitude, in points (a 1e6 pt sheet is 350 m). */
  maxCoordinatePt: 1_000_000,
  maxPointsPerPath: 10_000,
  /**
   * Largest value kept as it came for a lossless export (another
   * program's stamp appearance, rich text), in characters: what a
   * markup's record holds per field.
   */
  maxKeptChars: 1_000_000,
} as const;
