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
 * Reads a document with 'documents.read' and opens it. A PDF pdf.js cannot
 * open becomes `viewer.error.openFailed`; the services' own errors
 * (offline, unreadable...) pass through with their keys.
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
      try {
        opened = await openPdf(bytes);
      } catch (cause) {
        throw new UserError("viewer.error.openFailed", {}, { cause });
      }
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
    pdf.getPage(sheetIndex + 1).then(
      (page) => live && setState({ page, error: null }),
      (cause: unknown) =>
        live &&
        setState({
          page: null,
          error: new UserError("viewer.error.openFailed", {}, { cause }),
        }),
    );
    return () => {
      live = false;
    };
  }, [pdf, sheetIndex]);

  return state;
}
