/**
 * Turns a self-contained HTML document into PDF bytes. Two
 * implementations: headless Chromium through playwright-core (server,
 * tests, the browser-hosted workstation) and Electron's printToPDF.
 */
export interface PdfRenderer {
  /**
   * Renders `html` (which must not need the network: fonts are data: URLs)
   * on A4 pages with backgrounds printed.
   */
  htmlToPdf(html: string, options: PdfOptions): Promise<Uint8Array>;
  /** Frees the browser or window; the renderer may be used again after. */
  close(): Promise<void>;
}

/** Page options; only A4 is used by Lajna's documents. */
export interface PdfOptions {
  readonly pageSize: "A4";
}
