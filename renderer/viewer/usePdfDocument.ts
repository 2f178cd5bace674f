import { useEffect, useState } from "react";
import { UserError } from "../../shared/contract/errors";
import type { LajnaClient } from "../client/LajnaClient";
import { openPdf, type PDFDocumentProxy, type PDFPageProxy } from "./pdfjs";

/** Loading a document's PDF: its bytes from the services, then pdf.js. */
export type PdfState =
  | { phase: "loading" }
  | { phase: "ready"; pdf: PDFDocumentProxy }
  | { phase: "failed"; error: unknown };

/**
 * How long pdf.js may take to open a document or one of its sheets. A
 * heavy 42 x 30 in sheet opens in well under a second; a hostile file
 * can keep pdf.js's worker busy for ever, and the reviewer must then be
 * told, not left before "Opening…".
 */
export const OPEN_TIMEOUT_MS = 15_000;

/**
 * Opens a document's bytes with pdf.js within `timeoutMs`. A PDF pdf.js
 * cannot open becomes `viewer.error.openFailed`, one it takes too long
 * on `document.error.timeout`. A document that opens after its time ran
 * out is closed again, which also ends its pdf.js worker.
 */
export async function openSheetDocument(
  bytes: Uint8Array,
  timeoutMs: number = OPEN_TIMEOUT_MS,
): Promise<PDFDocumentProxy> {
  const opening = openPdf(bytes);
  try {
    return await withinTime(opening, timeoutMs);
  } catch (cause) {
    if (cause instanceof UserError) {
      void opening.then(
        (late) => late.destroy(),
        () => undefined,
      );
      throw cause;
    }
    throw new UserError("viewer.error.openFailed", {}, { cause });
  }
}

/**
 * Sheet `sheetIndex` (from 0) of an open document within `timeoutMs`,
 * with the same translated failures as openSheetDocument.
 */
export async function openSheetPage(
  pdf: PDFDocumentProxy,
  sheetIndex: number,
  timeoutMs: number = OPEN_TIMEOUT_MS,
): Promise<PDFPageProxy> {
  try {
    return await withinTime(pdf.getPage(sheetIndex + 1), timeoutMs);
  } catch (cause) {
    if (cause instanceof UserError) throw cause;
    throw new UserError("viewer.error.openFailed", {}, { cause });
  }
}

/** `work`, or `document.error.timeout` once `timeoutMs` have passed. */
function withinTime<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new UserError("document.error.timeout")),
      timeoutMs,
    );
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

/**
 * Reads a document with 'documents.read' and opens it. The services' own
 * errors (offline, unreadable...) pass through with their keys; pdf.js's
 * are those of openSheetDocument.
 */
export function usePdfDocument(
  client: LajnaClient,
  documentId: string,
): PdfState {
  const [state, setState] = useState<PdfState>({ phase: "loading" });

  useEffect(() => {
    let live = true;
    let opened: PDFDocumentProxy | null = null;
    setState({ phase: "loading" });

    const load = async () => {
      const { bytes } = await client.request("documents.read", { documentId });
      opened = await openSheetDocument(bytes);
      if (live) setState({ phase: "ready", pdf: opened });
      else void opened.destroy();
    };
    load().catch((error: unknown) => {
      if (live) setState({ phase: "failed", error });
    });

    return () => {
      live = false;
      void opened?.destroy();
    };
  }, [client, documentId]);

  return state;
}

/** One page of an open document, or the failure to get it. */
export function usePdfPage(
  pdf: PDFDocumentProxy | null,
  sheetIndex: number,
): { page: PDFPageProxy | null; error: unknown } {
  const [state, setState] = useState<{
    page: PDFPageProxy | null;
    error: unknown;
  }>({ page: null, error: null });

  useEffect(() => {
    if (pdf === null) return undefined;
    let live = true;
    setState({ page: null, error: null });
    openSheetPage(pdf, sheetIndex).then(
      (page) => live && setState({ page, error: null }),
      (error: unknown) => live && setState({ page: null, error }),
    );
    return () => {
      live = false;
    };
  }, [pdf, sheetIndex]);

  return state;
}
