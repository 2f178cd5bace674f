import { useLayoutEffect, useRef, useState } from "react";
import { rendererLogger } from "../../log/rendererLog";
import { useT } from "../../i18n/useT";
import type { ShapeInput } from "../shapeBodies";
import { paintAll } from "./paintAll";
import { stampPicture } from "./stampPictures";

const log = rendererLogger("markup-canvas");

/** A paint slower than this is logged: the view rests while it runs. */
const SLOW_PAINT_MS = 100;

/**
 * The resting markups of a sheet as one canvas under the SVG of the
 * selected and edited ones. It repaints when the shapes or zoom change
 * (MarkupLayer gives it shapes at the settled view, so not during a pan
 * or zoom) and when the layer is resized; the layer moves it meanwhile.
 */
export function MarkupCanvas(props: {
  shapes: readonly ShapeInput[];
  zoom: number;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  const t = useT();
  const [pictures, setPictures] = useState(0);
  const [size, setSize] = useState("");
  // The layer size last painted at: the observer's first call (on
  // observe) then repaints only if the layer changed since.
  const paintedSize = useRef("");

  useLayoutEffect(() => {
    const parent = ref.current?.parentElement;
    if (!parent) return;
    const observer = new ResizeObserver(() => {
      const now = sizeOf(parent);
      if (now !== paintedSize.current) setSize(now);
    });
    observer.observe(parent);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const canvas = ref.current;
    if (canvas === null) return;
    const report = paintAll(canvas, props.shapes, {
      zoom: props.zoom,
      t,
      fontFamily: getComputedStyle(canvas).fontFamily || "sans-serif",
      image: (href) => stampPicture(href, () => setPictures((n) => n + 1)),
    });
    paintedSize.current = sizeOf(canvas.parentElement);
    canvas.dataset.painted = String(report.painted);
    canvas.dataset.paintMs = report.ms.toFixed(1);
    if (report.ms > SLOW_PAINT_MS) {
      log.warn("slow markup paint", {
        ms: Math.round(report.ms),
        painted: report.painted,
      });
    }
  }, [props.shapes, props.zoom, t, pictures, size]);

  return (
    <canvas
      ref={ref}
      className="markup-canvas"
      data-testid="markup-canvas"
      style={{ position: "absolute", pointerEvents: "none" }}
    />
  );
}

function sizeOf(element: HTMLElement | null): string {
  return `${element?.offsetWidth ?? 0}x${element?.offsetHeight ?? 0}`;
}
