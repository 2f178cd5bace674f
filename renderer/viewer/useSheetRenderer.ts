import { useEffect, useRef, useState, type RefObject } from "react";
import type { PDFDocumentProxy } from "./pdfjs";
import { SheetRenderer } from "./SheetRenderer";

/**
 * The viewer's raster renderer over its canvas, for as long as the
 * canvas lives (its renders are dropped on unmount), holding the
 * document in the raster worker while it is shown, from the moment its
 * bytes arrive. Tells whether a render is running, whether the sheet was
 * drawn at least once (the thumbnails wait for that), and the last render
 * failure.
 */
export function useSheetRenderer(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  pdf: PDFDocumentProxy | null,
  /** The document's bytes under a stable key, as soon as they arrive. */
  source: { key: string; bytes: Uint8Array | null },
) {
  const renderer = useRef<SheetRenderer | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [rendering, setRendering] = useState(false);
  const [drawnOnce, setDrawnOnce] = useState(false);

  useEffect(() => {
    if (canvasRef.current === null) return undefined;
    // The end of a first render (or of its cancellation by a newer one)
    // counts as drawn: near enough for letting the thumbnails start.
    let wasBusy = false;
    const instance = new SheetRenderer(canvasRef.current, setError, (busy) => {
      setRendering(busy);
      if (wasBusy && !busy) setDrawnOnce(true);
      wasBusy = busy;
    });
    renderer.current = instance;
    return () => instance.dispose();
  }, [canvasRef]);

  const { key, bytes } = source;
  useEffect(() => {
    if (bytes === null) return undefined;
    renderer.current?.prepare(key, bytes);
    return () => renderer.current?.forget(key);
  }, [key, bytes]);

  useEffect(() => {
    if (pdf === null) return undefined;
    renderer.current?.setDocument(pdf, key);
    return () => renderer.current?.setDocument(null);
  }, [pdf, key]);

  return { renderer, rendering, drawnOnce, error, setError };
}
