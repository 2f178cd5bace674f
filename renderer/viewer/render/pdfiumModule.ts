import { init, type WrappedPdfiumModule } from "@embedpdf/pdfium";
import wasmUrl from "@embedpdf/pdfium/pdfium.wasm?url";

/**
 * PDFium compiled to WebAssembly, loaded once per worker that uses it
 * (the viewer's raster workers, the search's glyph worker). The wasm
 * comes from our own build, never from the package's CDN URL.
 */
let loading: Promise<WrappedPdfiumModule> | null = null;

/** This worker's PDFium, initialised on first call. */
export function workerPdfium(): Promise<WrappedPdfiumModule> {
  loading ??= fetch(wasmUrl)
    .then((response) => response.arrayBuffer())
    .then((wasmBinary) => init({ wasmBinary }))
    .then((module) => {
      module.PDFiumExt_Init();
      return module;
    });
  return loading;
}
