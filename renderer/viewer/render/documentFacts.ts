import type { PDFDocumentProxy } from "pdfjs-dist";
import { visibilityOf } from "./layerDefaults";
import { pageRefsOf } from "./pageRefs";

/**
 * What the sheet renderer learns of its document from pdf.js, some of it
 * later: PDFium draws a layer choice only once both are known.
 */
export interface DocumentFacts {
  readonly key: string;
  /** Each layer's default visibility; null until pdf.js has read it. */
  defaults: Map<string, boolean> | null;
  /** The page objects, known for layered documents only. */
  pages: string[] | null;
}

/** One key per document content, so a reopened document is recognised. */
export function documentKey(pdf: PDFDocumentProxy): string {
  return `${pdf.fingerprints.filter(Boolean).join("/")}:${pdf.numPages}`;
}

/**
 * The facts of `pdf` under `key`, empty at first and filled in as pdf.js
 * reads the layers' defaults and, for a layered document, its pages.
 */
export function readDocumentFacts(
  pdf: PDFDocumentProxy,
  key: string,
): DocumentFacts {
  const facts: DocumentFacts = { key, defaults: null, pages: null };
  pdf.getOptionalContentConfig().then(
    (config) => {
      facts.defaults = visibilityOf(config);
      // Only a layered document needs its page objects (layerPatch.ts).
      if (facts.defaults.size === 0) return;
      pageRefsOf(pdf).then(
        (pages) => (facts.pages = pages),
        () => undefined,
      );
    },
    () => (facts.defaults = new Map()),
  );
  return facts;
}
