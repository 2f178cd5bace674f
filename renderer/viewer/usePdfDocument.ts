import { useEffect, useState } from "react";
import { UserError } from "../../shared/contract/errors";
import type { LajnaClient } from "../client/LajnaClient";
import { openPdf, type PDFDocumentProxy, type PDFPageProxy } from "./pdfjs";

/**
 * Loading a document's PDF: its bytes from the services, then pdf.js.
 * `bytes` is a copy of the file as soon as it arrived (pdf.js takes the
 * original to its worker), so the raster worker can start reading it
 * while pdf.js still parses.
 */
export type PdfState =
  | { phase: "loading"; bytes: Uint8Array | null }
  | { phase: "ready"; pdf: PDFDocumentProxy; bytes: Uint8Array }
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
  const giveUp = new AbortController();
  const opening = openPdf(bytes, giveUp.signal);
  try {
    return await withinTime(opening, timeoutMs);
  } catch (cause) {
    if (cause instanceof UserError) {
      giveUp.abort();
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
 * The largest side a sheet may have, in points: 200 inches, the PDF
 * format's own limit, as the server checks at registration. The server
 * measures only a document's first sheets, so the viewer checks again.
 */
export const MAX_SHEET_SIDE_PT = 14_400;

/**
 * Sheet `sheetIndex` (from 0) of an open document within `timeoutMs`,
 * with the same translated failures as openSheetDocument. A sheet with
 * no area or larger than MAX_SHEET_SIDE_PT is `document.error.implausible`
 * rather than a blank view.
 */
export async function openSheetPage(
  pdf: PDFDocumentProxy,
  sheetIndex: number,
  timeoutMs: number = OPEN_TIMEOUT_MS,
): Promise<PDFPageProxy> {
  let page: PDFPageProxy;
  try {
    page = await withinTime(pdf.getPage(sheetIndex + 1), timeoutMs);
  } catch (cause) {
    if (cause instanceof UserError) throw cause;
    throw new UserError("viewer.error.openFailed", {}, { cause });
  }
  if (!isPlausible(page)) {
    throw new UserError("document.error.implausible");
  }
  return page;
}

function isPlausible(page: PDFPageProxy): boolean {
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
  const unit = page.userUnit || 1;
  const sides = [Math.abs(x1 - x0) * unit, Math.abs(y1 - y0) * unit];
  return sides.every((side) => side > 0 && side <= MAX_SHEET_SIDE_PT);
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
  const [state, setState] = useState<PdfState>({
    phase: "loading",
    bytes: null,
  });

  useEffect(() => {
    let live = true;
    let opened: PDFDocumentProxy | null = null;
    setState({ phase: "loading", bytes: null });

    const load = async () => {
      const { bytes } = await client.request("documents.read", { documentId });
      const kept = bytes.slice();
      if (live) setState({ phase: "loading", bytes: kept });
      opened = await openSheetDocument(bytes);
      if (live) setState({ phase: "ready", pdf: opened, bytes: kept });
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
