import type { Markup } from "../../shared/domain/entities";

/**
 * The session's own markup edits, undoable and redoable. Each entry holds
 * the markup before and after one edit (null for "did not exist"), so
 * undo restores `before` and redo restores `after`, both through the
 * ordinary save and delete requests, which the services check as usual.
 */

/** One edit: a creation (before null), a deletion (after null), or a change. */
export interface UndoEntry {
  readonly before: Markup | null;
  readonly after: Markup | null;
}

/** The past edits (last is newest) and the undone ones (last is next). */
export interface UndoState {
  readonly past: readonly UndoEntry[];
  readonly future: readonly UndoEntry[];
}

/** What to do to the store to undo or redo: make `target` current. */
export interface UndoStep {
  /** The markup to save again, or null to delete `current`. */
  readonly target: Markup | null;
  /** The markup as it stands now, or null when it does not exist. */
  readonly current: Markup | null;
}

/** How many edits the session remembers. */
export const UNDO_LIMIT = 200;

/** An empty history. */
export const emptyUndo: UndoState = { past: [], future: [] };

/** The history after a new edit; a new edit forgets what was undone. */
export function recordEdit(state: UndoState, entry: UndoEntry): UndoState {
  return { past: [...state.past, entry].slice(-UNDO_LIMIT), future: [] };
}

/** The step that undoes the newest edit and the history after it. */
export function undo(
  state: UndoState,
): { step: UndoStep; state: UndoState } | null {
  const entry = state.past[state.past.length - 1];
  if (entry === undefined) return null;
  return {
    step: { target: entry.before, current: entry.after },
    state: {
      past: state.past.slice(0, -1),
      future: [...state.future, entry],
    },
  };
}

/** The step that redoes the last undone edit and the history after it. */
export function redo(
  state: UndoState,
): { step: UndoStep; state: UndoState } | null {
  const entry = state.future[state.future.length - 1];
  if (entry === undefined) return null;
  return {
    step: { target: entry.after, current: entry.before },
    state: {
      past: [...state.past, entry],
      future: state.future.slice(0, -1),
    },
  };
}
