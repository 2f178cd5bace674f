import { useRef, useState } from "react";
import type { MarkupDraftInput } from "../../shared/contract/requests";
import type { Markup } from "../../shared/domain/entities";
import type { LajnaClient } from "../client/LajnaClient";
import { toDraft } from "./markupDraft";
import {
  emptyUndo,
  recordEdit,
  redo,
  undo,
  type UndoState,
  type UndoStep,
} from "./undoStack";

/**
 * The session's own edits of markups: save, delete, and undo or redo
 * them, every change going through 'markups.save' and 'markups.delete'
 * so that the services check authorship and the edit syncs. `onChange`
 * receives each saved markup (a tombstone after a deletion).
 */
export function useMarkupEditor(
  client: LajnaClient,
  onChange: (markup: Markup) => void,
) {
  const [history, setHistory] = useState<UndoState>(emptyUndo);
  const [error, setError] = useState<unknown>(null);
  const busy = useRef(false);

  const save = async (before: Markup | null, draft: MarkupDraftInput) => {
    const saved = await client.request("markups.save", draft);
    onChange(saved);
    setHistory((h) => recordEdit(h, { before, after: saved }));
    return saved;
  };

  const remove = async (markup: Markup) => {
    await client.request("markups.delete", { markupId: markup.id });
    onChange({ ...markup, deleted: true });
    setHistory((h) => recordEdit(h, { before: markup, after: null }));
  };

  /** A markup created elsewhere (the drawing tools) joins the history. */
  const created = (markup: Markup) => {
    onChange(markup);
    setHistory((h) => recordEdit(h, { before: null, after: markup }));
  };

  const apply = async (step: UndoStep) => {
    if (step.target === null) {
      if (step.current === null) return;
      await client.request("markups.delete", { markupId: step.current.id });
      onChange({ ...step.current, deleted: true });
    } else {
      onChange(await client.request("markups.save", toDraft(step.target)));
    }
  };

  // One step at a time: a second Ctrl+Z waits for the first to land.
  const travel = async (move: typeof undo) => {
    const next = move(history);
    if (next === null || busy.current) return;
    busy.current = true;
    setError(null);
    try {
      await apply(next.step);
      setHistory(next.state);
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
    undo: () => travel(undo),
    redo: () => travel(redo),
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    error,
    clearError: () => setError(null),
  };
}

/** The markup editor's interface, as panels receive it. */
export type MarkupEditor = ReturnType<typeof useMarkupEditor>;
