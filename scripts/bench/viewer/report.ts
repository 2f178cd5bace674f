/** What the bench measured for one viewer on one sheet. */
export interface Measures {
  viewer: "lajna" | "pdfjs";
  sheet: string;
  /** The first view in each fresh page it was measured in. */
  firstViewMs: number[];
  /** Longest main-thread task while opening (Long Tasks API, 0 = none > 50). */
  firstViewTaskMs: number;
  /** Each deep zoom's settle time, from the gesture to sharp pixels. */
  zoomMs: number[];
  /** Each pan's refill time at deep zoom. */
  panMs: number[];
  /** Longest main-thread task while zooming and panning. */
  gestureTaskMs: number;
  /** Closing and opening the sheet again: time to its first pixels. */
  reopenMs: number;
  /** Each layer switch (hide, show) until sharp; empty without layers. */
  layerMs: number[];
  /**
   * The share of the canvas each layer switch redrew, in percent; empty
   * where the viewer does not tell (pdf.js).
   */
  layerRedrawnPercent: number[];
  /** Longest main-thread task while reopening and switching layers. */
  layerTaskMs: number;
  peakHeapBytes: number;
  peakRssBytes: number;
  /** The renderers' RSS with the bench page loaded, before the sheet. */
  baseRssBytes: number;
}

const MB = 1024 * 1024;

/**
 * The table's rows: a label, how to read the figure from Measures, its
 * unit and, for small figures, its decimals.
 */
const ROWS: ReadonlyArray<[string, (m: Measures) => number, string, number?]> =
  [
    [
      "first view, 2000 px wide, median",
      (m) => quantile(m.firstViewMs, 0.5),
      "ms",
    ],
    ["first view, fastest", (m) => Math.min(...m.firstViewMs), "ms"],
    ["first view, slowest", (m) => Math.max(...m.firstViewMs), "ms"],
    ["reopen, first pixels", (m) => m.reopenMs, "ms"],
    [
      "deep zoom 800-6400 % settle, median",
      (m) => quantile(m.zoomMs, 0.5),
      "ms",
    ],
    ["deep zoom 800-6400 % settle, p95", (m) => quantile(m.zoomMs, 0.95), "ms"],
    ["pan refill at 800 %, median", (m) => quantile(m.panMs, 0.5), "ms"],
    ["pan refill at 800 %, worst", (m) => Math.max(...m.panMs), "ms"],
    [
      "layer switch, worst",
      (m) => (m.layerMs.length > 0 ? Math.max(...m.layerMs) : NaN),
      "ms",
    ],
    [
      "layer switch, canvas redrawn",
      (m) =>
        m.layerRedrawnPercent.length > 0
          ? Math.max(...m.layerRedrawnPercent)
          : NaN,
      "%",
      2,
    ],
    ["longest task, opening", (m) => m.firstViewTaskMs, "ms"],
    ["longest task, zoom and pan", (m) => m.gestureTaskMs, "ms"],
    ["longest task, reopen and layers", (m) => m.layerTaskMs, "ms"],
    ["peak JS heap", (m) => m.peakHeapBytes / MB, "MB"],
    ["peak RSS of the page's renderer", (m) => m.peakRssBytes / MB, "MB"],
    [
      "renderer RSS added by the sheet",
      (m) => (m.peakRssBytes - m.baseRssBytes) / MB,
      "MB",
    ],
  ];

/**
 * Prints one table per sheet: Lajna, pdf.js and their ratio, and how
 * Lajna's first view compares with PDFium alone drawing the sheet on
 * one thread of this machine (`engineMs`, by sheet), a baseline from
 * the same run that tells the machine's pace from the viewer's. Written
 * to stdout as the bench's result; progress goes to the logger.
 */
export function printTable(
  results: readonly Measures[],
  engineMs: ReadonlyMap<string, number>,
): void {
  const sheets = [...new Set(results.map((r) => r.sheet))];
  const lines: string[] = [];
  for (const sheet of sheets) {
    const lajna = results.find(
      (r) => r.sheet === sheet && r.viewer === "lajna",
    );
    const pdfjs = results.find(
      (r) => r.sheet === sheet && r.viewer === "pdfjs",
    );
    lines.push("", sheet, row("", "Lajna", "pdf.js", "Lajna/pdf.js"));
    for (const [label, read, unit, decimals = 0] of ROWS) {
      // A viewer left out of the run (LAJNA_BENCH_VIEWERS) shows "-".
      const a = lajna === undefined ? NaN : read(lajna);
      const b = pdfjs === undefined ? NaN : read(pdfjs);
      // NaN: the step does not apply to this sheet (no layers).
      const shown = (v: number) =>
        isNaN(v) ? "-" : `${v.toFixed(decimals)} ${unit}`;
      const ratio = b > 0 && !isNaN(a) ? (a / b).toFixed(2) : "-";
      lines.push(row(label, shown(a), shown(b), ratio));
    }
    lines.push(...engineRows(lajna, engineMs.get(sheet)));
  }
  lines.push(
    "",
    "Long tasks under 50 ms are not reported by the browser (shown as 0).",
    "",
  );
  process.stdout.write(lines.join("\n"));
}

/** PDFium alone on the sheet, and Lajna's first view as a multiple. */
function engineRows(lajna: Measures | undefined, engineMs = NaN): string[] {
  if (isNaN(engineMs)) return [];
  const first = lajna === undefined ? NaN : quantile(lajna.firstViewMs, 0.5);
  const times = isNaN(first) ? "-" : `${(first / engineMs).toFixed(2)} x`;
  return [
    row(
      "PDFium alone, open + draw, 1 thread",
      `${engineMs.toFixed(0)} ms`,
      "-",
      "-",
    ),
    row("first view median / PDFium alone", times, "-", "-"),
  ];
}

function row(label: string, a: string, b: string, ratio: string): string {
  return `${label.padEnd(38)}${a.padStart(10)}${b.padStart(10)}${ratio.padStart(14)}`;
}

/** The value below which a share `q` of the values lie (nearest rank). */
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  const rank = Math.ceil(q * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] ?? NaN;
}
