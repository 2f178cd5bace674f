import {
  PDFDict,
  PDFName,
  PDFOperator,
  PDFOperatorNames,
  PDFString,
} from "pdf-lib";
import type { PDFDocument, PDFPage, PDFRef } from "pdf-lib";

/**
 * The CAD layers of the demo sheets. AutoCAD and ArchiCAD exports carry
 * their layers as optional content groups; the demo sheets do the same so
 * that the viewer's layer list has something real to show.
 */
export const LAYERS = {
  frame: "CARTOUCHE",
  walls: "A-MURS",
  openings: "A-MENUISERIES",
  stairs: "A-ESCALIERS",
  text: "A-TEXTES",
  dimensions: "A-COTATION",
  sectionLines: "A-COUPES",
  elevation: "A-FACADE",
  structure: "A-STRUCTURE",
  zoning: "ZONAGE",
  roads: "VOIRIE",
  parcels: "PARCELLAIRE",
  limits: "LIMITES",
  setbacks: "RECULS",
  buildings: "BATI",
  lots: "LOTS",
  networks: "RESEAUX",
  grid: "GRILLE",
} as const;

/** A demo layer name. */
export type LayerName = (typeof LAYERS)[keyof typeof LAYERS];

/**
 * One page's optional content groups, created on first use in the order
 * the drawing meets them, and declared in the catalog when the document
 * is finished.
 */
export class OptionalContent {
  private readonly groups = new Map<LayerName, { key: string; ref: PDFRef }>();

  constructor(
    private readonly pdf: PDFDocument,
    private readonly page: PDFPage,
  ) {}

  /** The operator that opens a layer's marked-content sequence. */
  begin(layer: LayerName): PDFOperator {
    const { key } = this.group(layer);
    return PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [
      PDFName.of("OC"),
      PDFName.of(key),
    ]);
  }

  /** The operator that closes it. */
  end(): PDFOperator {
    return PDFOperator.of(PDFOperatorNames.EndMarkedContent);
  }

  /** Writes the catalog's OCProperties: every layer listed and on. */
  finish(): void {
    if (this.groups.size === 0) return;
    const refs = [...this.groups.values()].map((g) => g.ref);
    const context = this.pdf.context;
    this.pdf.catalog.set(
      PDFName.of("OCProperties"),
      context.obj({
        OCGs: refs,
        D: context.obj({
          Name: PDFString.of("Calques"),
          Order: refs,
          ON: refs,
          OFF: [],
        }),
      }),
    );
  }

  private group(layer: LayerName): { key: string; ref: PDFRef } {
    const existing = this.groups.get(layer);
    if (existing) return existing;

    const context = this.pdf.context;
    const ref = context.register(
      context.obj({ Type: PDFName.of("OCG"), Name: PDFString.of(layer) }),
    );
    const key = `L${this.groups.size}`;
    this.properties().set(PDFName.of(key), ref);
    const created = { key, ref };
    this.groups.set(layer, created);
    return created;
  }

  private properties(): PDFDict {
    const resources = this.page.node.normalizedEntries().Resources;
    const found = resources.lookupMaybe(PDFName.of("Properties"), PDFDict);
    if (found) return found;
    const created = this.pdf.context.obj({});
    resources.set(PDFName.of("Properties"), created);
    return created;
  }
}
