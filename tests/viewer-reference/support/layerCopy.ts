import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from "pdf-lib";

/** A layer (optional content group) by its object number and name. */
export interface LayerRef {
  readonly objectNumber: number;
  readonly name: string;
}

function ocProperties(doc: PDFDocument): PDFDict {
  const properties = doc.catalog.lookup(PDFName.of("OCProperties"), PDFDict);
  return properties;
}

/** The document's layers as its /OCProperties /OCGs list them. */
export async function layersOf(bytes: Uint8Array): Promise<LayerRef[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const groups = ocProperties(doc).lookup(PDFName.of("OCGs"), PDFArray);
  return groups.asArray().map((ref) => {
    if (!(ref instanceof PDFRef)) throw new Error("an OCG is not a reference");
    const group = doc.context.lookup(ref, PDFDict);
    const name = group.lookup(PDFName.of("Name"));
    return {
      objectNumber: ref.objectNumber,
      name: name === undefined ? "" : decodeName(name.toString()),
    };
  });
}

/** pdf-lib prints a string as (text) or <hex>; the name inside. */
function decodeName(printed: string): string {
  if (printed.startsWith("(")) return printed.slice(1, -1);
  const hex = printed.slice(1, -1);
  return Buffer.from(hex, "hex").toString("latin1");
}

/**
 * A copy of the document whose default configuration (/OCProperties /D)
 * lists the layers `hidden` as /OFF: what a CAD export that hides them
 * by default looks like, and the reference for hiding them in a viewer.
 */
export async function withLayersOff(
  bytes: Uint8Array,
  hidden: readonly number[],
): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const defaults = ocProperties(doc).lookup(PDFName.of("D"), PDFDict);
  const off = doc.context.obj(
    hidden.map((objectNumber) => PDFRef.of(objectNumber)),
  );
  defaults.set(PDFName.of("OFF"), off);
  return doc.save({ useObjectStreams: false });
}
