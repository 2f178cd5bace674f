import { useEffect, useMemo, useState } from "react";
import type { DossierDocument } from "../../shared/domain/entities";
import { UserError } from "../../shared/contract/errors";
import type { LajnaClient } from "../client/LajnaClient";
import { sharedPdfiumEngine } from "../viewer/render/PdfiumEngine";
import { usePdfDocument, usePdfPage } from "../viewer/usePdfDocument";
import type { Size } from "../viewer/viewState";
import type { CompareSources } from "./compareRender";
import type { SheetPair } from "./defaultPair";

/** Both sheets opened for comparing, or why they are not (yet). */
export type SourcesState =
  | { readonly phase: "loading" }
  | { readonly phase: "failed"; readonly error: unknown }
  | {
      readonly phase: "ready";
      readonly sources: CompareSources;
      readonly olderSize: Size;
      readonly newerSize: Size;
    };

/**
 * Opens the two documents of a pair: pdf.js gives each sheet's size (with
 * its /Rotate), the raster worker gets the bytes to draw them. The worker
 * keeps them, under keys of their own, while the pair is shown.
 */
export function useCompareSources(
  client: LajnaClient,
  documents: readonly DossierDocument[],
  pair: SheetPair,
): SourcesState {
  const olderDoc = usePdfDocument(client, pair.older.documentId);
  const newerDoc = usePdfDocument(client, pair.newer.documentId);
  const olderPdf = olderDoc.phase === "ready" ? olderDoc.pdf : null;
  const newerPdf = newerDoc.phase === "ready" ? newerDoc.pdf : null;
  const older = usePdfPage(olderPdf, pair.older.sheetIndex);
  const newer = usePdfPage(newerPdf, pair.newer.sheetIndex);
  const [opened, setOpened] = useState<{
    keys: readonly [string, string];
    error: unknown;
  } | null>(null);

  const keyOf = (documentId: string) =>
    `compare:${documents.find((d) => d.id === documentId)?.sha256 ?? documentId}`;
  const olderKey = keyOf(pair.older.documentId);
  const newerKey = keyOf(pair.newer.documentId);

  useEffect(() => {
    if (olderPdf === null || newerPdf === null) return undefined;
    const engine = sharedPdfiumEngine();
    let live = true;
    setOpened(null);
    Promise.all([
      engine.open(olderKey, () => olderPdf.getData()),
      engine.open(newerKey, () => newerPdf.getData()),
    ]).then(
      (answers) => {
        const error = answers.every(Boolean)
          ? null
          : new UserError("compare.error.render");
        if (live) setOpened({ keys: [olderKey, newerKey], error });
      },
      (cause: unknown) => {
        const error = new UserError("compare.error.render", {}, { cause });
        if (live) setOpened({ keys: [olderKey, newerKey], error });
      },
    );
    return () => {
      live = false;
      engine.close(olderKey);
      engine.close(newerKey);
    };
  }, [olderPdf, newerPdf, olderKey, newerKey]);

  const { sheetIndex: olderIndex } = pair.older;
  const { sheetIndex: newerIndex } = pair.newer;
  return useMemo<SourcesState>(() => {
    for (const state of [olderDoc, newerDoc]) {
      if (state.phase === "failed") return state;
    }
    const pageError = older.error ?? newer.error;
    if (pageError !== null) return { phase: "failed", error: pageError };
    if (opened?.error) return { phase: "failed", error: opened.error };
    const ready =
      older.page !== null &&
      newer.page !== null &&
      opened?.keys[0] === olderKey &&
      opened.keys[1] === newerKey;
    if (!ready || older.page === null || newer.page === null) {
      return { phase: "loading" };
    }
    return {
      phase: "ready",
      sources: {
        engine: sharedPdfiumEngine(),
        olderKey,
        newerKey,
        pages: {
          olderIndex,
          newerIndex,
          turn: 0,
          olderUserUnit: older.page.userUnit,
          newerUserUnit: newer.page.userUnit,
        },
      },
      olderSize: sizeOf(older.page),
      newerSize: sizeOf(newer.page),
    };
  }, [
    olderDoc,
    newerDoc,
    older,
    newer,
    opened,
    olderKey,
    newerKey,
    olderIndex,
    newerIndex,
  ]);
}

function sizeOf(page: { getViewport(o: { scale: number }): Size }): Size {
  const { width, height } = page.getViewport({ scale: 1 });
  return { width, height };
}
