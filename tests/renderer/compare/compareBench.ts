import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import pino from "pino";
import { corpusDir } from "../../workstation/support/processes";
import { openHarness } from "./harness/serveHarness";

/**
 * `npx tsx tests/renderer/compare/compareBench.ts`: what comparing one
 * 2000 x 1400 px view of a heavy corpus sheet costs in Chromium: both
 * PDFium renders, the diff in its worker, the three layers drawn on the
 * page, and the longest main-thread task meanwhile (the goal: none over
 * 50 ms). Prints figures; asserts nothing, since timings belong here and
 * not in tests.
 */

const log = pino({ name: "bench-compare", level: "info" }).child({
  subsystem: "bench",
});
const SHEETS = [
  "bluebeam_E201A_electrical_floor_plan_42x30.pdf",
  "pdfjs_issue12810_arch_plan_24x36_portrait.pdf",
];
const VIEWER = { width: 2000, height: 1400 };
/** Fit-ish, 100 %, and a deep zoom, in CSS pixels per point. */
const ZOOMS = [0.5, 1.33, 8] as const;
const RUNS = 3;

async function main(): Promise<void> {
  const folder = path.join(corpusDir, "plans");
  if (!existsSync(folder)) {
    log.error({ folder }, "the corpus is missing; nothing to measure");
    process.exitCode = 1;
    return;
  }
  const harness = await openHarness();
  try {
    for (const sheet of SHEETS) {
      const base64 = readFileSync(path.join(folder, sheet)).toString("base64");
      for (const zoom of ZOOMS) {
        for (let run = 1; run <= RUNS; run++) {
          const figures = await harness.call("bench", {
            key: sheet,
            olderBase64: base64,
            newerBase64: base64,
            view: { zoom, x: -200 * zoom, y: -150 * zoom },
            viewer: VIEWER,
            transform: { a: 1, b: 0, tx: 0, ty: 0 },
            tolerancePx: 2,
          });
          log.info(
            {
              sheet,
              zoomPercent: Math.round(zoom * 100),
              run,
              totalMs: figures.totalMs,
              layerDrawMs: figures.drawMs,
              longestMainTaskMs: figures.longTasksMs[0] ?? 0,
              longTasksOver50Ms: figures.longTasksMs.length,
              px: `${figures.width}x${figures.height}`,
            },
            "compared one view",
          );
        }
      }
    }
  } finally {
    await harness.close();
  }
}

void main();
