import { useEffect, useRef, useState } from "react";
import type {
  MarkupDraftInput,
  MarkupUndoResult,
} from "../../shared/contract/requests";
import type { Markup } from "../../shared/domain/entities";
import type { LajnaClient } from "../client/LajnaClient";
import { rendererLogger } from "../log/rendererLog";

const log = rendererLogger("markup.editor");

/**
 * The member's own edits of markups on a dossier: save, delete, and undo
 * or redo them. Every change goes through 'markups.save' and
 * 'markups.delete', so the services check authorship, record the edit in
 * the dossier's undo history (kept in the workstation store, so it
 * outlives a reload or a restart) and sync it; undo and redo ask the
 * services to step through the history of the document in view
 * (`documentId`), never of one out of sight. `onChange` receives each
 * saved markup (a tombstone after a deletion).
 */
export function useMarkupEditor(
  client: LajnaClient,
  onChange: (markup: Markup) => void,
  dossierId: string,
  documentId: string | null,
) {
  const place = documentId === null ? { dossierId } : { dossierId, documentId };
  const [history, setHistory] = useState({ canUndo: false, canRedo: false });
  const [error, setError] = useState<unknown>(null);
  const busy = useRef(false);

  // The document's history (an earlier session's too) shows on the
  // buttons at once, and again when another document comes into view.
  useEffect(() => {
    const asked =
      documentId === null ? { dossierId } : { dossierId, documentId };
    client
      .request("markups.history", asked)
      .then(setHistory)
      .catch((cause: unknown) => {
        log.warn("undo history unavailable", { reason: String(cause) });
      });
  }, [client, dossierId, documentId]);

  const save = async (_before: Markup | null, draft: MarkupDraftInput) => {
    const saved = await client.request("markups.save", draft);
    onChange(saved);
    setHistory({ canUndo: true, canRedo: false });
    return saved;
  };

  const remove = async (markup: Markup) => {
    await client.request("markups.delete", { markupId: markup.id });
    onChange({ ...markup, deleted: true });
    setHistory({ canUndo: true, canRedo: false });
  };

  /** A markup the drawing tools saved joins the history (they saved it). */
  const created = (markup: Markup) => {
    onChange(markup);
    setHistory({ canUndo: true, canRedo: false });
  };

  // One step at a time: a second Ctrl+Z waits for the first to land.
  const travel = async (kind: "markups.undo" | "markups.redo") => {
    if (busy.current) return;
    busy.current = true;
    setError(null);
    try {
      const result: MarkupUndoResult = await client.request(kind, place);
      if (result.markup !== null) onChange(result.markup);
      setHistory({ canUndo: result.canUndo, canRedo: result.canRedo });
    } catch (cause) {
      setError(cause);
    } finally {
      busy.current = false;
    }
  };

  return {
    save,
    remove,
    created,
    undo: () => travel("markups.undo"),
    redo: () => travel("markups.redo"),
    canUndo: history.canUndo,
    canRedo: history.canRedo,
    error,
    clearError: () => setError(null),
  };
}

/** The markup editor's interface, as panels receive it. */
export type MarkupEditor = ReturnType<typeof useMarkupEditor>;
