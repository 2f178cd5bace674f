import { describe, expect, it, vi } from "vitest";
import type { DossierDocument } from "../../../shared/domain/entities";
import type { LajnaClient } from "../../../renderer/client/LajnaClient";

/*
 * Search runs as the reviewer types, so a new query often starts while
 * the stale one still reads a sheet of a document. The new search must
 * wait for that read and go on with the same open document, not fetch
 * and parse the file a second time (a 42 x 30 in plan at every pause).
 */

/** What the stubbed services, pdf.js and PDFium were asked for. */
const asked = vi.hoisted(() => ({
  opened: 0,
  destroyed: 0,
  textReads: [] as number[],
  glyphsClosed: [] as string[],
  /** Sheets whose first text read waits for its `held` function. */
  held: new Map<number, () => void>(),
  holding: new Set<number>(),
}));

vi.mock("../../../renderer/viewer/usePdfDocument", () => ({
  openSheetDocument: () => {
    asked.opened++;
    return Promise.resolve({
      numPages: 3,
      destroy: () => {
        asked.destroyed++;
        return Promise.resolve();
      },
    });
  },
  openSheetPage: (_pdf: unknown, index: number) =>
    Promise.resolve({
      getTextContent: async () => {
        asked.textReads.push(index);
        if (asked.holding.delete(index)) {
          await new Promise<void>((resolve) => asked.held.set(index, resolve));
        }
        return { items: [] };
      },
      cleanup: () => undefined,
    }),
}));

vi.mock("../../../renderer/search/glyphs/glyphReader", () => ({
  glyphReader: {
    openDocument: () => undefined,
    sheet: () => Promise.reject(new Error("no PDFium here")),
    closeDocument: (key: string) => void asked.glyphsClosed.push(key),
  },
}));

const { documentSheets } =
  await import("../../../renderer/search/documentSheets");

const client = {
  request: () => Promise.resolve({ bytes: new Uint8Array(8) }),
} as unknown as LajnaClient;

const plan = {
  id: "doc-plan",
  sha256: "cd".repeat(32),
  pageCount: 3,
} as DossierDocument;

/** Lets pending promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("a search started while a stale one reads", () => {
  it("shares the sheet being read and the open document", async () => {
    asked.holding.add(1);

    // The stale search reads sheet 0, then is cancelled during sheet 1.
    const stale = documentSheets(client, plan);
    expect((await stale.next()).done).toBe(false);
    const staleNext = stale.next();
    await settle();
    expect(asked.textReads).toEqual([0, 1]);

    // The new one starts now: sheet 0 from the cache, sheet 1 awaited.
    const fresh = documentSheets(client, plan);
    expect((await fresh.next()).value?.text.sheetIndex).toBe(0);
    const freshNext = fresh.next();
    await settle();

    asked.held.get(1)?.();
    expect((await staleNext).value?.text.sheetIndex).toBe(1);
    await stale.return();
    expect((await freshNext).value?.text.sheetIndex).toBe(1);
    expect(asked.destroyed).toBe(0);

    // It reads on with the document the stale search opened.
    expect((await fresh.next()).value?.text.sheetIndex).toBe(2);
    expect((await fresh.next()).done).toBe(true);
    expect(asked.opened).toBe(1);
    expect(asked.textReads).toEqual([0, 1, 2]);
    expect(asked.destroyed).toBe(1);
    expect(asked.glyphsClosed).toHaveLength(1);
  });
});
