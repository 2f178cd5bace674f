import type { WrappedPdfiumModule } from "@embedpdf/pdfium";
import type { LayerMark, MarkedObject } from "./layerMembership";
import { pdfiumHeap } from "./pdfiumHeap";

/**
 * Reads, once per parsed sheet, which of PDFium's page objects carry
 * optional-content marks (forms searched inside), so a later layer
 * switch only walks those few.
 */

const FPDF_PAGEOBJ_FORM = 5;
/** Room for a mark's name, key or /Name, in UTF-16 with its end. */
const TEXT_BYTES = 1024;

/** The number-only calls of the walk over every object of a sheet. */
interface WalkCalls {
  FPDFPage_CountObjects(page: number): number;
  FPDFPage_GetObject(page: number, index: number): number;
  FPDFPageObj_CountMarks(object: number): number;
  FPDFPageObj_GetType(object: number): number;
  FPDFFormObj_CountObjects(form: number): number;
  FPDFFormObj_GetObject(form: number, index: number): number;
}

/**
 * The wasm's own exports when it has them: the wrapped calls convert
 * each argument, which dominates a walk over 60 000 objects.
 */
function walkCalls(module: WrappedPdfiumModule): WalkCalls {
  const exports = module.pdfium.wasmExports as unknown as Partial<WalkCalls>;
  const names: (keyof WalkCalls)[] = [
    "FPDFPage_CountObjects",
    "FPDFPage_GetObject",
    "FPDFPageObj_CountMarks",
    "FPDFPageObj_GetType",
    "FPDFFormObj_CountObjects",
    "FPDFFormObj_GetObject",
  ];
  const direct = names.every((name) => typeof exports[name] === "function");
  return direct ? (exports as WalkCalls) : module;
}

/** The sheet's marked objects, in drawing order. */
export function readMarkedObjects(
  module: WrappedPdfiumModule,
  page: number,
): MarkedObject[] {
  const walk = {
    module,
    calls: walkCalls(module),
    reader: new TextReader(module),
  };
  const { calls } = walk;
  try {
    const count = calls.FPDFPage_CountObjects(page);
    const objects: MarkedObject[] = [];
    for (let i = 0; i < count; i++) {
      const marked = readObject(walk, calls.FPDFPage_GetObject(page, i));
      if (marked !== null) objects.push(marked);
    }
    return objects;
  } finally {
    walk.reader.free();
  }
}

/**
 * Switches each object on or off; returns the handles now off. Only the
 * difference to what `previous` switched off is touched.
 */
export function switchObjects(
  module: WrappedPdfiumModule,
  previous: ReadonlySet<number>,
  hide: readonly number[],
): Set<number> {
  const next = new Set(hide);
  for (const handle of previous) {
    if (!next.has(handle)) module.FPDFPageObj_SetIsActive(handle, true);
  }
  for (const handle of next) {
    if (!previous.has(handle)) module.FPDFPageObj_SetIsActive(handle, false);
  }
  return next;
}

/** What one walk over a sheet works with. */
interface Walk {
  readonly module: WrappedPdfiumModule;
  readonly calls: WalkCalls;
  readonly reader: TextReader;
}

function readObject(walk: Walk, object: number): MarkedObject | null {
  const { calls } = walk;
  const marks = readMarks(walk, object);
  const inside: MarkedObject[] = [];
  if (calls.FPDFPageObj_GetType(object) === FPDF_PAGEOBJ_FORM) {
    const count = calls.FPDFFormObj_CountObjects(object);
    for (let i = 0; i < count; i++) {
      const marked = readObject(walk, calls.FPDFFormObj_GetObject(object, i));
      if (marked !== null) inside.push(marked);
    }
  }
  if (marks.length === 0 && inside.length === 0) return null;
  return { handle: object, marks, inside };
}

function readMarks(walk: Walk, object: number): LayerMark[] {
  const { module, reader } = walk;
  const marks: LayerMark[] = [];
  const count = walk.calls.FPDFPageObj_CountMarks(object);
  for (let i = 0; i < count; i++) {
    const mark = module.FPDFPageObj_GetMark(object, i);
    const name = reader.read((buffer, size, length) =>
      module.FPDFPageObjMark_GetName(mark, buffer, size, length),
    );
    if (name === "OC") marks.push(layerMark(module, reader, mark));
  }
  return marks;
}

/** What an /OC mark's property dictionary says, as far as PDFium tells. */
function layerMark(
  module: WrappedPdfiumModule,
  reader: TextReader,
  mark: number,
): LayerMark {
  const keys = new Set<string>();
  const count = module.FPDFPageObjMark_CountParams(mark);
  for (let i = 0; i < count; i++) {
    const key = reader.read((buffer, size, length) =>
      module.FPDFPageObjMark_GetParamKey(mark, i, buffer, size, length),
    );
    if (key !== null) keys.add(key);
  }

  // /P and /VE are names and arrays PDFium's mark calls cannot read.
  if (keys.has("P") || keys.has("VE")) return { kind: "unknown" };
  if (keys.has("OCGs")) return { kind: "anyOn" };
  if (!keys.has("Name")) return { kind: "unknown" };
  const name = reader.read((buffer, size, length) =>
    module.FPDFPageObjMark_GetParamStringValue(
      mark,
      "Name",
      buffer,
      size,
      length,
    ),
  );
  return name === null ? { kind: "unknown" } : { kind: "group", name };
}

/** One scratch buffer in PDFium's heap for the UTF-16 strings it writes. */
class TextReader {
  private readonly buffer: number;
  private readonly length: number;

  constructor(private readonly module: WrappedPdfiumModule) {
    this.buffer = module.pdfium.wasmExports.malloc(TEXT_BYTES);
    this.length = module.pdfium.wasmExports.malloc(4);
  }

  /** The string a call writes, null when it fails or does not fit. */
  read(call: (buffer: number, size: number, length: number) => boolean) {
    if (!call(this.buffer, TEXT_BYTES, this.length)) return null;
    const memory = pdfiumHeap(this.module);
    const view = new DataView(memory.buffer, this.length, 4);
    const bytes = view.getUint32(0, true);
    if (bytes < 2 || bytes > TEXT_BYTES) return null;
    const text = memory.slice(this.buffer, this.buffer + bytes - 2);
    return new TextDecoder("utf-16le").decode(text);
  }

  free(): void {
    this.module.pdfium.wasmExports.free(this.buffer);
    this.module.pdfium.wasmExports.free(this.length);
  }
}
