import type { RequestHandlers } from "../../../shared/contract/dispatch";
import {
  markupDraftSchema,
  type MarkupUndoResult,
} from "../../../shared/contract/requests";
import type { Markup } from "../../../shared/domain/entities";
import type { MarkupUndoEntry } from "../store/markupUndoLog";
import { requireDossier, requireUser, type HandlerDeps } from "./context";

type SaveHandlers = Pick<RequestHandlers, "markups.save" | "markups.delete">;
type UndoHandlers = SaveHandlers &
  Pick<RequestHandlers, "markups.undo" | "markups.redo" | "markups.history">;

/**
 * Wraps the markup save and delete handlers so that each edit a member
 * makes is recorded in the store's undo history, and answers undo and
 * redo by making the recorded version current again through those same
 * handlers (authorship checked, outbox written, synced). Steps taken by
 * undo and redo are not recorded as new edits.
 */
export function markupUndoHandlers(
  deps: HandlerDeps,
  inner: SaveHandlers,
): UndoHandlers {
  const log = () => deps.store.markupUndo();

  const step = async (
    place: { dossierId: string; documentId?: string | undefined },
    direction: "undo" | "redo",
  ): Promise<MarkupUndoResult> => {
    const user = requireUser(deps);
    const { dossierId } = place;
    const documentId = place.documentId ?? null;
    requireDossier(deps, dossierId);
    const entry =
      direction === "undo"
        ? log().nextUndo(user.id, dossierId, documentId)
        : log().nextRedo(user.id, dossierId, documentId);
    const state = () => log().state(user.id, dossierId, documentId);
    if (entry === null) return { markup: null, ...state() };

    const target = direction === "undo" ? entry.before : entry.after;
    const markup = await makeCurrent(entry, target);
    log().mark(entry.seq, direction === "undo");
    return { markup, ...state() };
  };

  // A version that did not exist is a deletion (a tombstone in answer).
  const makeCurrent = async (
    entry: MarkupUndoEntry,
    target: Markup | null,
  ): Promise<Markup | null> => {
    if (target !== null) {
      return inner["markups.save"](markupDraftSchema.parse(target));
    }
    const id = (entry.after ?? entry.before)?.id;
    if (id === undefined) return null;
    const current = deps.store.getRecord("markup", id);
    if (current === null || current.deleted) return current;
    await inner["markups.delete"]({ markupId: id });
    return deps.store.getRecord("markup", id);
  };

  return {
    "markups.save": async (draft) => {
      const before = deps.store.getRecord("markup", draft.id);
      const saved = await inner["markups.save"](draft);
      const user = requireUser(deps);
      const was = before === null || before.deleted ? null : before;
      log().record(user.id, saved.dossierId, was, saved);
      return saved;
    },

    "markups.delete": async (payload) => {
      const before = deps.store.getRecord("markup", payload.markupId);
      const answer = await inner["markups.delete"](payload);
      const user = requireUser(deps);
      if (before !== null && !before.deleted) {
        log().record(user.id, before.dossierId, before, null);
      }
      return answer;
    },

    "markups.undo": (place) => step(place, "undo"),
    "markups.redo": (place) => step(place, "redo"),
    "markups.history": async ({ dossierId, documentId }) => {
      const user = requireUser(deps);
      return log().state(user.id, dossierId, documentId ?? null);
    },
  };
}
