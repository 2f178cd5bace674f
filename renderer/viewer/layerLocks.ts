import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from "pdf-lib";

/**
 * The ids (as pdf.js names them: "12R", or "12R3" for a generation 3)
 * of the layers the document's default configuration locks (/D
 * /Locked): the author wants them shown as set, whatever the reviewer
 * does, typically a title block or a legal frame. pdf.js does not expose
 * /Locked, so the file is read once more with pdf-lib, and only when its
 * bytes mention /Locked or hide dictionaries in compressed streams.
 */
export async function readLockedLayers(
  bytes: Uint8Array,
): Promise<Set<string>> {
  if (!mayHaveLocks(bytes)) return new Set();
  const pdf = await PDFDocument.load(bytes, {
    ignoreEncryption: true,
    updateMetadata: false,
    throwOnInvalidObject: false,
  });
  const properties = pdf.catalog.lookupMaybe(
    PDFName.of("OCProperties"),
    PDFDict,
  );
  const defaults = properties?.lookupMaybe(PDFName.of("D"), PDFDict);
  const locked = defaults?.lookupMaybe(PDFName.of("Locked"), PDFArray);
  const ids = new Set<string>();
  for (const entry of locked?.asArray() ?? []) {
    if (entry instanceof PDFRef) ids.add(pdfjsGroupId(entry));
  }
  return ids;
}

/** The id pdf.js gives the group an indirect reference points to. */
export function pdfjsGroupId(ref: PDFRef): string {
  const generation = ref.generationNumber === 0 ? "" : ref.generationNumber;
  return `${ref.objectNumber}R${generation}`;
}

// A cheap look at the raw bytes before a full parse.
function mayHaveLocks(bytes: Uint8Array): boolean {
  const text = new TextDecoder("latin1").decode(bytes);
  return text.includes("/Locked") || text.includes("/ObjStm");
}
