import { useMemo, useState } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import type { Markup } from "../../../../shared/domain/entities";
import { LanguageProvider } from "../../../../renderer/i18n/LanguageContext";
import { registerAllMessages } from "../../../../renderer/i18n/registerAll";
import {
  MarkupLayer,
  type GeometryChange,
} from "../../../../renderer/markup/MarkupLayer";
import type { SheetViewport } from "../../../../renderer/viewer/sheetCoordinates";
import { SHEET_PT, sheetMarkups } from "../sheetMarkups";
import type { GestureMeasures, MarkupFramesBench } from "./benchPage";

/**
 * The real MarkupLayer on a bare stage, re-rendered at every animation
 * frame of a pan or zoom with a new viewport, as SheetViewer re-renders it
 * while a reviewer drags or wheels.
 */

/** CSS pixels per PDF point at 100 %. */
const CSS_PER_POINT = 96 / 72;
const STAGE = { width: 1600, height: 1000 } as const;

/**
 * Zoom and the sheet's top-left corner on the stage, in CSS pixels;
 * `turned` shows the sheet a quarter turn clockwise, as /Rotate 90 does.
 */
interface View {
  readonly zoom: number;
  readonly x: number;
  readonly y: number;
  readonly turned?: boolean;
}

function viewportOf(view: View): SheetViewport {
  const scale = view.zoom * CSS_PER_POINT;
  if (view.turned === true) {
    return {
      width: SHEET_PT.height * scale,
      height: SHEET_PT.width * scale,
      convertToViewportPoint: (x, y) => [
        view.x + y * scale,
        view.y + x * scale,
      ],
      convertToPdfPoint: (x, y) => [(y - view.y) / scale, (x - view.x) / scale],
    };
  }
  return {
    width: SHEET_PT.width * scale,
    height: SHEET_PT.height * scale,
    convertToViewportPoint: (x, y) => [
      view.x + x * scale,
      view.y + (SHEET_PT.height - y) * scale,
    ],
    convertToPdfPoint: (x, y) => [
      (x - view.x) / scale,
      SHEET_PT.height - (y - view.y) / scale,
    ],
  };
}

/** The markup a click selected, for tests of canvas hit testing. */
let selectedId: string | null = null;

function Bench(props: { markups: readonly Markup[]; view: View }) {
  const viewport = useMemo(() => viewportOf(props.view), [props.view]);
  const [selected, setSelected] = useState<string | null>(null);
  const select = (id: string) => {
    selectedId = id;
    setSelected(id);
  };
  return (
    <div style={{ position: "absolute", inset: 0 }}>
      <MarkupLayer
        viewport={viewport}
        zoom={props.view.zoom}
        markups={props.markups}
        selectedId={selected}
        pending={null}
        interactive
        onSelect={select}
        canEdit={() => editable}
        onEdited={edited}
      />
    </div>
  );
}

/** Whether the author may drag markups (mount's option). */
let editable = false;

/** A drag released: the markup takes its new geometry, as a save would. */
function edited(markup: Markup, change: GeometryChange): void {
  markups = markups.map((m) =>
    m.id === markup.id
      ? {
          ...m,
          points: change.points,
          strokes: change.strokes,
          style: { ...m.style, rotationDeg: change.rotationDeg },
        }
      : m,
  );
  show(view);
}

registerAllMessages();
const root = createRoot(document.getElementById("stage")!);
let markups: Markup[] = [];
let view: View = fitted();

function fitted(turned = false): View {
  const zoom = STAGE.width / (SHEET_PT.width * CSS_PER_POINT);
  return { zoom, x: 0, y: 0, turned };
}

function show(next: View): void {
  view = next;
  flushSync(() =>
    root.render(
      <LanguageProvider>
        <Bench markups={markups} view={next} />
      </LanguageProvider>,
    ),
  );
}

const longTasks: number[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push(entry.duration);
}).observe({ type: "longtask", buffered: false });

/** Shows each view in its own animation frame and measures the frames. */
function drive(views: readonly View[]): Promise<GestureMeasures> {
  longTasks.length = 0;
  const frameWorkMs: number[] = [];
  const rafDeltaMs: number[] = [];
  const scriptMs: number[] = [];
  const channel = new MessageChannel();
  let started = 0;
  channel.port1.onmessage = () => frameWorkMs.push(performance.now() - started);

  return new Promise((resolve) => {
    let index = 0;
    let last = 0;
    const frame = (time: number) => {
      if (last !== 0) rafDeltaMs.push(time - last);
      last = time;
      const next = views[index];
      if (next === undefined) {
        // One more frame so the last message has arrived.
        setTimeout(() =>
          resolve({
            frameWorkMs,
            scriptMs,
            rafDeltaMs,
            longTaskMs: [...longTasks],
          }),
        );
        return;
      }
      index += 1;
      started = performance.now();
      show(next);
      scriptMs.push(performance.now() - started);
      channel.port2.postMessage(0);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

const bench: MarkupFramesBench = {
  async mount(count, options) {
    markups = sheetMarkups(count);
    editable = options?.editable ?? false;
    const start = performance.now();
    show(fitted(options?.turned));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return performance.now() - start;
  },

  shapeCount: () =>
    document.querySelectorAll('[data-testid="markup-shape"]').length,

  selected: () => selectedId,

  async canvasPaint() {
    // The paint runs once the view has rested (settledView.ts).
    const canvas = document.querySelector<HTMLCanvasElement>(
      "[data-testid=markup-canvas]",
    );
    const before = longTasks.length;
    const transformed = () =>
      canvas?.parentElement?.style.transform !== "" ||
      canvas?.dataset.paintMs === undefined;
    while (transformed()) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // Let the long-task observer report the task that repainted.
    await new Promise((resolve) => setTimeout(resolve, 200));
    return {
      ms: Number(canvas?.dataset.paintMs ?? NaN),
      painted: Number(canvas?.dataset.painted ?? NaN),
      settleTaskMs: Math.max(0, ...longTasks.slice(before)),
    };
  },

  pan(frames, stepPx) {
    const from = view;
    const views = Array.from({ length: frames }, (_, i) => {
      const half = Math.floor(frames / 2);
      const dx = -stepPx * Math.min(i + 1, half);
      const dy = -stepPx * Math.max(0, i + 1 - half);
      return { ...from, x: from.x + dx, y: from.y + dy };
    });
    return drive(views);
  },

  zoom(frames, factor) {
    const from = view;
    const centre = { x: STAGE.width / 2, y: STAGE.height / 2 };
    const half = Math.floor(frames / 2);
    const views = Array.from({ length: frames }, (_, i) => {
      const steps = i < half ? i + 1 : frames - i - 1;
      const zoom = from.zoom * factor ** steps;
      const k = zoom / from.zoom;
      return {
        zoom,
        x: centre.x - (centre.x - from.x) * k,
        y: centre.y - (centre.y - from.y) * k,
      };
    });
    return drive(views);
  },
};
window.markupFramesBench = bench;
