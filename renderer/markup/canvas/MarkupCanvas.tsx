import { useLayoutEffect, useRef, useState } from "react";
import type { Markup } from "../../../shared/domain/entities";
import { rendererLogger } from "../../log/rendererLog";
import { useT } from "../../i18n/useT";
import type { SheetViewport } from "../../viewer/sheetCoordinates";
import { followMatrix } from "../settledView";
import { frameOf, layerSizeOf, type LayerSize } from "./canvasFrame";
import { MarkupPainter, type PaintReport } from "./MarkupPainter";
import type { PaintContext } from "./paintBodies";
import { stampPicture } from "./stampPictures";

const log = rendererLogger("markup-canvas");

/** A paint task slower than this is logged: it holds the main thread. */
const SLOW_TASK_MS = 50;

/** The layer's two drawings lie over each other and the sheet. */
const FILL = { position: "absolute", inset: 0, overflow: "visible" } as const;

/**
 * The resting markups of a sheet as one canvas under the SVG of the
 * selected and edited ones (`hidden`). It is painted at the settled
 * view (MarkupPainter, in slices, so not during a pan or zoom) and when
 * the layer is resized; meanwhile one CSS transform moves the bitmap on
 * screen from the view it was painted at to the live `viewport`.
 */
export function MarkupCanvas(props: {
  markups: readonly Markup[];
  hidden: ReadonlySet<string>;
  settled: { viewport: SheetViewport; zoom: number };
  viewport: SheetViewport;
}) {
  const holder = useRef<HTMLDivElement>(null);
  const ref = useRef<HTMLCanvasElement>(null);
  const painter = useRef<MarkupPainter | null>(null);
  const live = useRef(props.viewport);
  const t = useT();
  const [pictures, setPictures] = useState(0);
  const [size, setSize] = useState("");
  // The layer's size and the font, read once and then by the observer
  // (where layout is done): read while painting, they forced a layout of
  // the whole page, thousands of ghosts included, into the paint's task.
  const layerSize = useRef<LayerSize | null>(null);
  const fontFamily = useRef<string | null>(null);
  const context = useRef<{ key: unknown[]; paint: PaintContext } | null>(null);

  useLayoutEffect(() => {
    const layer = holder.current;
    if (layer === null) return;
    const observer = new ResizeObserver(() => {
      const now = layerSizeOf(layer);
      const was = layerSize.current;
      if (was?.width === now.width && was.height === now.height) return;
      layerSize.current = now;
      setSize(`${now.width}x${now.height}`);
    });
    observer.observe(layer);
    return () => observer.disconnect();
  }, []);

  // Each bitmap shown is moved to the live view at once, in the same
  // task, so the canvas never shows it at another view's place.
  const aim = () => {
    const shown = painter.current?.shownViewport ?? null;
    const style = holder.current?.style;
    if (style === undefined) return;
    const matrix =
      shown === null ? undefined : followMatrix(shown, live.current);
    style.transform = matrix ?? "";
    style.transformOrigin = "0 0";
    style.willChange = matrix === undefined ? "" : "transform";
  };

  useLayoutEffect(() => {
    live.current = props.viewport;
    aim();
  });

  useLayoutEffect(() => {
    const canvas = ref.current;
    if (canvas === null) return;
    painter.current ??= new MarkupPainter(canvas, (report) => {
      shown(canvas, report);
      aim();
    });
    fontFamily.current ??= getComputedStyle(canvas).fontFamily || "sans-serif";
    layerSize.current ??= layerSizeOf(holder.current);
    const key = [props.settled.zoom, t, fontFamily.current, pictures];
    if (!sameKey(context.current?.key, key)) {
      const image = (href: string) =>
        stampPicture(href, () => setPictures((n) => n + 1));
      const family = fontFamily.current;
      const paint = { zoom: props.settled.zoom, t, fontFamily: family, image };
      context.current = { key, paint };
    }
    canvas.dataset.pending = "true";
    painter.current.show({
      markups: props.markups,
      hidden: props.hidden,
      viewport: props.settled.viewport,
      frame: frameOf(layerSize.current),
      paint: (context.current as { paint: PaintContext }).paint,
    });
  }, [props.markups, props.hidden, props.settled, t, pictures, size]);

  useLayoutEffect(() => () => painter.current?.cancel(), []);

  return (
    <div ref={holder} className="markup-layer-canvas" style={FILL}>
      <canvas
        ref={ref}
        className="markup-canvas"
        data-testid="markup-canvas"
        style={{ position: "absolute", pointerEvents: "none" }}
      />
    </div>
  );
}

/** Records a paint on the canvas for tests and the bench; logs a slow one. */
function shown(canvas: HTMLCanvasElement, report: PaintReport): void {
  delete canvas.dataset.pending;
  canvas.dataset.painted = String(report.painted);
  canvas.dataset.repainted = String(report.repainted);
  canvas.dataset.paintKind = report.kind;
  canvas.dataset.paintMs = report.ms.toFixed(1);
  canvas.dataset.longestPaintTaskMs = report.longestMs.toFixed(1);
  canvas.dataset.paintSlices = String(report.slices);
  if (report.longestMs > SLOW_TASK_MS) {
    log.warn("slow markup paint task", {
      ms: Math.round(report.longestMs),
      painted: report.repainted,
    });
  }
}

function sameKey(a: readonly unknown[] | undefined, b: readonly unknown[]) {
  return a !== undefined && a.every((v, i) => v === b[i]);
}
