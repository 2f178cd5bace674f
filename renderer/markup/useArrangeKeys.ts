import { useEffect, useRef } from "react";
import type { MarkupDraftInput } from "../../shared/contract/requests";
import type { Markup } from "../../shared/domain/entities";
import { isTypingTarget } from "./keyTargets";
import { arrangeCommandFor, arrangedDraft } from "./markupArrange";

/**
 * Turn and stacking keys on the selected markup (see `arrangeCommandFor`)
 * while the sheets are on screen. Only the author's own markups move;
 * `save` is the editor's, so each command is one undoable edit.
 */
export function useArrangeKeys(options: {
  selected: Markup | null;
  /** The markups of the selected one's sheet, itself included. */
  sheetMarkups: () => readonly Markup[];
  canEdit: (markup: Markup) => boolean;
  isActive: () => boolean;
  save: (before: Markup, draft: MarkupDraftInput) => void;
}): void {
  const latest = useRef(options);
  latest.current = options;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const current = latest.current;
      if (isTypingTarget(event.target) || !current.isActive()) return;
      const command = arrangeCommandFor(event);
      const markup = current.selected;
      if (command === null || markup === null) return;
      event.preventDefault();
      if (!current.canEdit(markup)) return;

      const draft = arrangedDraft(markup, current.sheetMarkups(), command);
      if (draft !== null) current.save(markup, draft);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
