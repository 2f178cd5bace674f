import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pino from "pino";
import { chromium, type Page } from "playwright-core";
import { build } from "vite";
import type {
  CanvasPaint,
  GestureMeasures,
  ListRenders,
} from "./markupFrames/pages/benchPage";
import { serveStatic } from "./viewer/staticServer";

/**
 * `npm run bench:markups`: frame times of a sheet with 5,000 markups of
 * thirteen kinds while it pans and zooms, in headless Chromium on
 * 127.0.0.1, against the same gestures with no markups (the baseline);
 * the longest main-thread task once the view rests (canvas and SVG
 * ghosts, drawn in slices); the canvas repaint a selection costs, beside
 * a full repaint of the same run; the same with the sheet's markups list
 * mounted beside the stage (what React spends on it per gesture and per
 * selection); then the dossier table figures for 20,000 markups
 * (markupList.ts). The issue asks for p95 under 16 ms and the list
 * filter under 100 ms; no task at rest should pass 50 ms.
 */

const log = pino({ name: "bench-markups", level: "info" }).child({
  subsystem: "bench",
});
const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
/** One page load: how many markups, and whether the list is beside. */
interface Run {
  readonly count: number;
  readonly list: boolean;
}
const RUNS: readonly Run[] = [
  { count: 0, list: false },
  { count: 5_000, list: false },
  { count: 5_000, list: true },
];
const HEAVY = 5_000;
/** The stage, and the list's column beside it (frames.html). */
const VIEWPORT = { width: 1600 + 360, height: 1000 } as const;
const PAN = { frames: 240, stepPx: 6 } as const;
const ZOOM = { frames: 240, factor: 1.01 } as const;
const TARGET_P95_MS = 16;
/** No main-thread task over this once the view rests (a long task). */
const TARGET_TASK_MS = 50;
/** Two neighbours in view after the pan and zoom (sheetMarkups.ts). */
const SELECTED = ["m911", "m912"] as const;

interface Row extends Run {
  readonly gesture: "pan" | "zoom";
  readonly measures: GestureMeasures;
  /** React's time on the list over the gesture (zero with no list). */
  readonly listMs: number;
}

async function main(): Promise<void> {
  log.info("building the bench page");
  await build({
    configFile: path.join(
      repoRoot,
      "scripts/bench/markupFrames/vite.config.ts",
    ),
  });
  const server = await serveStatic({
    "/": path.join(repoRoot, ".tmp/bench-markup-frames/dist"),
  });
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const rows: Row[] = [];
    const mountMs = new Map<Run, number>();
    const paints: Paint[] = [];
    const selections: Selection[] = [];
    for (const run of RUNS) {
      const { count, list } = run;
      const context = await browser.newContext({
        viewport: VIEWPORT,
        deviceScaleFactor: 1,
      });
      const page = await context.newPage();
      page.on("pageerror", (error) => log.error({ error }, "page error"));
      await page.goto(`${server.url}/frames.html`);
      await page.waitForFunction(() => window.markupFramesBench !== undefined);
      mountMs.set(
        run,
        await page.evaluate(
          ([n, how]) => window.markupFramesBench!.mount(n, how),
          [count, { list }] as const,
        ),
      );
      await checkShapes(page, count);
      log.info({ count, list }, "measuring");
      await listRenders(page);
      rows.push({ gesture: "pan", ...run, ...(await pan(page)) });
      paints.push({ ...run, ...(await canvasPaint(page)) });
      rows.push({ gesture: "zoom", ...run, ...(await zoom(page)) });
      paints.push({ ...run, ...(await canvasPaint(page)) });
      if (count > 0) selections.push(...(await selectTwice(page, list)));
      await context.close();
    }
    printFrames(rows, mountMs);
    printPaints(paints);
    printSelections(selections, paints);
  } finally {
    await browser.close();
    await server.close();
  }
  printList();
}

async function checkShapes(page: Page, count: number): Promise<void> {
  const shapes = await page.evaluate(() =>
    window.markupFramesBench!.shapeCount(),
  );
  if (shapes !== count)
    throw new Error(`${shapes} shapes mounted, not ${count}`);
}

/** One repaint of the markup canvas once a gesture's view rested. */
type Paint = Run & CanvasPaint & { readonly settleTaskMs: number };

function canvasPaint(page: Page): Promise<Omit<Paint, keyof Run>> {
  return page.evaluate(() => window.markupFramesBench!.canvasPaint());
}

/**
 * The canvas repaint is the one piece of work left when the view rests
 * (150 ms after the last move), so it is printed beside the gestures,
 * with no markups as the baseline. It is painted in slices, one task
 * each; the longest task covers everything at rest (canvas and ghosts).
 */
function printPaints(paints: readonly Paint[]): void {
  const lines = paints.map(
    (p) =>
      `once the view rests, ${p.count} markups${withList(p)}: canvas repaint ` +
      `${p.ms.toFixed(1)} ms of work (${p.painted} in the viewport and ` +
      `margin), longest task at rest ${p.settleTaskMs.toFixed(0)} ms ` +
      `(target under ${TARGET_TASK_MS} ms: ` +
      `${p.settleTaskMs < TARGET_TASK_MS ? "met" : "NOT met"})`,
  );
  process.stdout.write(`${lines.join("\n")}\n\n`);
}

/** A selection's repaint of the canvas, as selectAndPaint answers it. */
type Selection = { readonly what: string } & CanvasPaint & {
    readonly selectMs: number;
    readonly settleTaskMs: number;
    readonly list: ListRenders | null;
  };

/**
 * Selects a markup in view, then its neighbour: the canvas repaints the
 * boxes of the old and new selection only (paint kind "region"); the
 * list, if mounted, scrolls to the markup and re-renders two rows.
 */
async function selectTwice(page: Page, list: boolean): Promise<Selection[]> {
  const pick = async (id: string) => {
    const paint = await page.evaluate(
      (m) => window.markupFramesBench!.selectAndPaint(m),
      id,
    );
    return { ...paint, list: list ? await listRenders(page) : null };
  };
  const first = await pick(SELECTED[0]);
  const second = await pick(SELECTED[1]);
  const tag = list ? ", list beside" : "";
  return [
    { what: `first selection${tag}`, ...first },
    { what: `selection moved on${tag}`, ...second },
  ];
}

/** React's time on the list since the last ask. */
function listRenders(page: Page): Promise<ListRenders> {
  return page.evaluate(() => window.markupFramesBench!.listRenders());
}

function withList(run: Run): string {
  return run.list ? " + list" : "";
}

function printSelections(
  selections: readonly Selection[],
  paints: readonly Paint[],
): void {
  const full = paints.filter((p) => p.count > 0).map((p) => p.ms);
  const lines = selections.map(
    (s) =>
      `select repaint, ${s.what}: ${s.ms.toFixed(1)} ms (${s.kind}, ` +
      `${s.repainted} of ${s.painted} markups drawn again), selection to ` +
      `commit ${s.selectMs.toFixed(1)} ms, longest task ${s.settleTaskMs.toFixed(0)} ms` +
      listCost(s.list),
  );
  lines.push(
    `baseline, a full repaint in this run: ${full.map((ms) => ms.toFixed(1)).join(" / ")} ms of work`,
  );
  process.stdout.write(`${lines.join("\n")}\n\n`);
}

/** Of a selection, what React spent on the list, beside a full render. */
function listCost(list: ListRenders | null): string {
  if (list === null) return "";
  return (
    `; list render ${list.actualMs.toFixed(2)} ms ` +
    `(all mounted rows unmemoised: ${list.baseMs.toFixed(2)} ms)`
  );
}

type Measured = Pick<Row, "measures" | "listMs">;

async function pan(page: Page): Promise<Measured> {
  const measures = await page.evaluate(
    ([frames, step]) => window.markupFramesBench!.pan(frames, step),
    [PAN.frames, PAN.stepPx] as const,
  );
  return { measures, listMs: (await listRenders(page)).actualMs };
}

async function zoom(page: Page): Promise<Measured> {
  const measures = await page.evaluate(
    ([frames, factor]) => window.markupFramesBench!.zoom(frames, factor),
    [ZOOM.frames, ZOOM.factor] as const,
  );
  return { measures, listMs: (await listRenders(page)).actualMs };
}

/** The value below which `p` percent of the samples lie (nearest rank). */
function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(0, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[rank] ?? NaN;
}

function triple(samples: readonly number[]): string {
  return [50, 95, 99]
    .map((p) => percentile(samples, p).toFixed(1))
    .join(" / ")
    .padEnd(20);
}

function printFrames(
  rows: readonly Row[],
  mountMs: ReadonlyMap<Run, number>,
): void {
  const lines = [
    `markup frames: A1 sheet, 1600 x 1000 px stage (+ 360 px list column), headless Chromium --disable-gpu`,
    `pan ${PAN.frames} frames of ${PAN.stepPx} px; zoom ${ZOOM.frames} frames of x${ZOOM.factor} in then out`,
    "",
    "gesture  markups       frame work p50/p95/p99 ms  of which React p95  rAF delta p50/p95/p99 ms  long tasks (max ms)  list ms",
  ];
  for (const row of rows) {
    const { measures } = row;
    const longest = Math.max(0, ...measures.longTaskMs);
    lines.push(
      `${row.gesture.padEnd(8)} ${`${row.count}${withList(row)}`.padEnd(13)} ` +
        `${triple(measures.frameWorkMs).padEnd(27)} ` +
        `${percentile(measures.scriptMs, 95).toFixed(1).padEnd(18)} ` +
        `${triple(measures.rafDeltaMs).padEnd(26)} ` +
        `${`${measures.longTaskMs.length} (${longest.toFixed(0)})`.padEnd(20)} ` +
        `${row.list ? row.listMs.toFixed(2) : "-"}`,
    );
  }
  lines.push("", ...verdicts(rows));
  for (const [run, ms] of mountMs) {
    if (run.count > 0) {
      lines.push(
        `mount with ${run.count} markups${withList(run)}: ${ms.toFixed(0)} ms`,
      );
    }
  }
  process.stdout.write(`${lines.join("\n")}\n\n`);
}

/** Each gesture's p95 with the heavy sheet, with and without the list. */
function verdicts(rows: readonly Row[]): string[] {
  const lines: string[] = [];
  for (const gesture of ["pan", "zoom"] as const) {
    const p95 = (count: number, list: boolean) =>
      percentile(
        rows.find(
          (r) => r.gesture === gesture && r.count === count && r.list === list,
        )?.measures.frameWorkMs ?? [],
        95,
      );
    const baseline = Math.max(0.1, p95(0, false));
    for (const list of [false, true]) {
      const heavy = p95(HEAVY, list);
      const verdict = heavy < TARGET_P95_MS ? "met" : "NOT met";
      lines.push(
        `${gesture}: frame work p95 ${heavy.toFixed(1)} ms with ${HEAVY} markups` +
          `${list ? " and the list" : ""}, ${(heavy / baseline).toFixed(1)} x ` +
          `the baseline; target p95 < ${TARGET_P95_MS} ms ${verdict}`,
      );
    }
  }
  return lines;
}

/** The 20,000-markup list figures, from the list bench in its own process. */
function printList(): void {
  const output = execFileSync(
    process.execPath,
    ["--import", "tsx", path.join(repoRoot, "scripts/bench/markupList.ts")],
    { cwd: repoRoot, encoding: "utf8" },
  );
  process.stdout.write(output);
}

await main();
