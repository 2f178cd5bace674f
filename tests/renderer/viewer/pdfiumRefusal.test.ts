import type { PDFPageProxy } from "pdfjs-dist";
import { afterEach, describe, expect, it, vi } from "vitest";
import { UserError } from "../../../shared/contract/errors";
import {
  refusal,
  type PdfiumEngine,
} from "../../../renderer/viewer/render/PdfiumEngine";
import { renderWithPdfium } from "../../../renderer/viewer/render/pdfiumView";
import type { RenderHost } from "../../../renderer/viewer/render/renderHost";
import type { SheetCanvas } from "../../../renderer/viewer/render/sheetCanvas";

/**
 * A sheet PDFium was stopped on (past its time limit, or aborted out of
 * memory by a compression bomb) ends in the reviewer's message. Handing
 * it to pdf.js instead left the viewer on "Drawing…" for ever: pdf.js
 * stalled on the same drawing in the worker every document shares.
 */

// pdf.js itself needs a browser (DOMMatrix) to load; this test only
// asks whether its drawing path starts, with the page stubbed below.
vi.mock("pdfjs-dist", () => ({
  AnnotationMode: { DISABLE: 0 },
  RenderingCancelledException: class extends Error {},
}));

/** pdf.js's page, far enough for its drawing path to start. */
const page = {
  pageNumber: 1,
  getViewport: () => ({ width: 200, height: 100 }),
  render: () => ({ promise: new Promise(() => undefined), cancel() {} }),
} as unknown as PDFPageProxy;

const target = {
  page,
  view: { zoom: 1, x: 0, y: 0 },
  turn: 0,
  marginPx: 0,
  area: { width: 200, height: 100 },
  ratio: 1,
  generation: 1,
} as const;

/** Draws once with an engine failing with `failure`; what the host saw. */
async function drawFailing(failure: unknown) {
  const seen = { settled: 0, failed: [] as unknown[], pdfjsTasks: 0 };
  const engine = { render: () => Promise.reject(failure) };
  const host: RenderHost = {
    canvas: {} as SheetCanvas,
    engines: { engine: engine as unknown as PdfiumEngine, helper: null },
    channel: 1,
    isCurrent: () => true,
    settled: () => void seen.settled++,
    follow: () => undefined,
    track: () => void seen.pdfjsTasks++,
    fail: (cause) => void seen.failed.push(cause),
  };
  renderWithPdfium(host, target, "doc", null, null, null);
  await new Promise((resolve) => setTimeout(resolve, 10));
  return seen;
}

describe("a sheet PDFium was stopped on", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("is reported to the reviewer, not handed to pdf.js", async () => {
    const seen = await drawFailing(refusal());
    expect(seen.settled).toBe(1);
    expect(seen.pdfjsTasks).toBe(0);
    expect(seen.failed).toHaveLength(1);
    expect(seen.failed[0]).toBeInstanceOf(UserError);
    expect((seen.failed[0] as UserError).key).toBe("viewer.error.tooHeavy");
  });

  it("still goes to pdf.js when PDFium simply could not read it", async () => {
    // pdf.js draws into a canvas of its own first.
    vi.stubGlobal("document", { createElement: () => ({}) });
    const seen = await drawFailing(new Error("PDFium cannot open doc"));
    expect(seen.pdfjsTasks).toBe(1);
    expect(seen.failed).toHaveLength(0);
  });
});
