/// <reference lib="webworker" />
import { workerPdfium } from "../../viewer/render/pdfiumModule";
import { openGlyphDocument, type GlyphDocument } from "./glyphDocument";
import type { GlyphReply, GlyphRequest } from "./glyphMessages";

/**
 * The search's glyph worker: its own PDFium reads where each glyph of a
 * sheet stands, beside pdf.js's text extraction and apart from the
 * viewer's raster worker, so neither the page nor a drawing waits on it.
 */

const scope = self as unknown as DedicatedWorkerGlobalScope;
const documents = new Map<string, Promise<GlyphDocument>>();

/** This worker's PDFium (viewer/render/pdfiumModule.ts). */
const engine = workerPdfium;

function reply(message: GlyphReply, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

async function read(id: number, key: string, sheetIndex: number) {
  try {
    const doc = await documents.get(key);
    if (doc === undefined) throw new Error(`no document open as ${key}`);
    const { codes, origins, frames } = doc.sheet(sheetIndex);
    reply({ type: "glyphs", id, codes, origins, frames }, [
      codes.buffer,
      origins.buffer,
      frames.buffer,
    ]);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    reply({ type: "failed", id, message });
  }
}

async function close(key: string) {
  const opening = documents.get(key);
  documents.delete(key);
  const doc = await opening?.catch(() => null);
  doc?.close();
}

scope.onmessage = (event: MessageEvent<GlyphRequest>) => {
  const request = event.data;
  switch (request.type) {
    case "open": {
      const opening = engine().then((module) =>
        openGlyphDocument(module, request.bytes),
      );
      // A refused document is reported by each read of it instead.
      opening.catch(() => undefined);
      documents.set(request.key, opening);
      return;
    }
    case "read":
      void read(request.id, request.key, request.sheetIndex);
      return;
    case "close":
      void close(request.key);
  }
};
