import { Profiler, useMemo, type ProfilerOnRenderCallback } from "react";
import { createPortal, flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import type { Markup } from "../../../../shared/domain/entities";
import { LanguageProvider } from "../../../../renderer/i18n/LanguageContext";
import { registerAllMessages } from "../../../../renderer/i18n/registerAll";
import {
  MarkupLayer,
  type GeometryChange,
} from "../../../../renderer/markup/MarkupLayer";
import type { SheetViewport } from "../../../../renderer/viewer/sheetCoordinates";
import { useT } from "../../../../renderer/i18n/useT";
import { MarkupList } from "../../../../renderer/markup/MarkupList";
import {
  frameOf,
  layerSizeOf,
} from "../../../../renderer/markup/canvas/canvasFrame";
import { MarkupPainter } from "../../../../renderer/markup/canvas/MarkupPainter";
import type { PaintContext } from "../../../../renderer/markup/canvas/paintBodies";
import { stampPicture } from "../../../../renderer/markup/canvas/stampPictures";
import { drawOrder } from "../../../../renderer/markup/markupOrder";
import { SHEET_PT, sheetMarkups } from "../sheetMarkups";
import type {
  CanvasDigest,
  GestureMeasures,
  ListRenders,
  MarkupFramesBench,
} from "./benchPage";

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

function select(id: string): void {
  selectedId = id;
  show(view);
}

/** No replies on the bench sheet; one map, so the list's props hold. */
const NO_REPLIES: ReadonlyMap<string, number> = new Map();

/** Whether the markups list is mounted beside the stage (mount's option). */
let listShown = false;
let listRenders: ListRenders = { actualMs: 0, baseMs: 0 };

const countListRender: ProfilerOnRenderCallback = (_id, _phase, ms, base) => {
  listRenders = { actualMs: listRenders.actualMs + ms, baseMs: base };
};

/** A pick in the list selects the markup, as SheetsTab's does. */
function pickFromList(markup: Markup): void {
  select(markup.id);
}

/**
 * The sheet's markups list in the side column, re-rendered with the
 * layer at every frame as SheetsTab would if its props changed; memo
 * should keep it out of every frame of a pan or zoom.
 */
function SideList(props: {
  markups: readonly Markup[];
  selected: string | null;
}) {
  const side = document.getElementById("side");
  if (!listShown || side === null) return null;
  return createPortal(
    <Profiler id="markup-list" onRender={countListRender}>
      <MarkupList
        markups={props.markups}
        replyCounts={NO_REPLIES}
        selectedId={props.selected}
        onPick={pickFromList}
      />
    </Profiler>,
    side,
  );
}

function Bench(props: {
  markups: readonly Markup[];
  view: View;
  selected: string | null;
}) {
  const viewport = useMemo(() => viewportOf(props.view), [props.view]);
  translate = useT();
  return (
    <div style={{ position: "absolute", inset: 0 }}>
      <SideList markups={props.markups} selected={props.selected} />
      <MarkupLayer
        viewport={viewport}
        zoom={props.view.zoom}
        markups={props.markups}
        selectedId={props.selected}
        pending={null}
        interactive
        onSelect={select}
        canEdit={() => editable}
        onEdited={edited}
      />
    </div>
  );
}

/** The page's translations, for the reference paint's stamp labels. */
let translate: PaintContext["t"] = (key) => key;

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
        <Bench markups={markups} view={next} selected={selectedId} />
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

function canvasOf(): HTMLCanvasElement | null {
  return document.querySelector("[data-testid=markup-canvas]");
}

/** Whether the canvas or the SVG ghosts are still drawn in slices. */
function painting(): boolean {
  const ghosts = document.querySelector("[data-ghosts-pending]");
  return canvasOf()?.dataset.pending !== undefined || ghosts !== null;
}

/** The last paint, from the canvas's data attributes. */
function paintOf() {
  const data = canvasOf()?.dataset;
  return {
    kind: data?.paintKind ?? "",
    ms: Number(data?.paintMs ?? NaN),
    painted: Number(data?.painted ?? NaN),
    repainted: Number(data?.repainted ?? NaN),
  };
}

/** The longest task since `before`, once the observer reported it. */
async function longestTaskSince(before: number): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 200));
  return Math.max(0, ...longTasks.slice(before));
}

/**
 * Paints the layer's markups at the current view in one task onto a
 * canvas of its own, as the layer's canvas should end up, and answers
 * its digest.
 */
function referencePaint(): CanvasDigest {
  const shown = canvasOf()!;
  const canvas = document.createElement("canvas");
  const painter = new MarkupPainter(canvas, () => undefined, Infinity);
  painter.show({
    markups: drawOrder(markups.filter((m) => m.kind !== "reply")),
    hidden: new Set(selectedId === null ? [] : [selectedId]),
    viewport: viewportOf(view),
    frame: frameOf(layerSizeOf(shown.parentElement)),
    paint: {
      zoom: view.zoom,
      t: translate,
      fontFamily: getComputedStyle(shown).fontFamily || "sans-serif",
      image: (href) => stampPicture(href, () => undefined),
    },
  });
  return digestOf(canvas);
}

/** A digest of a canvas's pixels (FNV-1a) and how many are painted. */
function digestOf(canvas: HTMLCanvasElement): CanvasDigest {
  const { data } = canvas
    .getContext("2d")!
    .getImageData(0, 0, canvas.width, canvas.height);
  let hash = 0x811c9dc5;
  let inked = 0;
  for (let i = 0; i < data.length; i++) {
    hash = Math.imul(hash ^ (data[i] ?? 0), 0x01000193);
    if (i % 4 === 3 && (data[i] ?? 0) > 0) inked += 1;
  }
  return { hash: (hash >>> 0).toString(16), inked };
}

const bench: MarkupFramesBench = {
  async mount(count, options) {
    markups = sheetMarkups(count);
    selectedId = null;
    editable = options?.editable ?? false;
    listShown = options?.list ?? false;
    const start = performance.now();
    show(fitted(options?.turned));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return performance.now() - start;
  },

  listRenders() {
    const answer = listRenders;
    listRenders = { actualMs: 0, baseMs: 0 };
    return answer;
  },

  shapeCount: () =>
    document.querySelectorAll('[data-testid="markup-shape"]').length,

  selected: () => selectedId,

  referencePaint,

  canvasDigest: () => digestOf(canvasOf()!),

  async canvasPaint() {
    // The paint runs once the view has rested (settledView.ts).
    const before = longTasks.length;
    const transformed = () =>
      canvasOf()?.parentElement?.style.transform !== "" ||
      canvasOf()?.dataset.paintMs === undefined;
    while (transformed() || painting()) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const settleTaskMs = await longestTaskSince(before);
    return { ...paintOf(), settleTaskMs };
  },

  async selectAndPaint(id) {
    const before = longTasks.length;
    const start = performance.now();
    select(id);
    const selectMs = performance.now() - start;
    while (painting()) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const settleTaskMs = await longestTaskSince(before);
    return { ...paintOf(), selectMs, settleTaskMs };
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
