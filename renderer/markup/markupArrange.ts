import type { MarkupDraftInput } from "../../shared/contract/requests";
import type { Markup } from "../../shared/domain/entities";
import type { GeometryChange } from "./MarkupLayer";
import { toDraft } from "./markupDraft";
import { reorderedZ, type OrderCommand } from "./markupOrder";
import {
  normaliseDeg,
  ROTATION_KEY_STEP_DEG,
  rotatePoints,
  rotationCentre,
  rotationModeOf,
} from "./markupRotation";

/*
 * Arranging the selected markup from the keyboard: turning it by 15°
 * and moving it up or down the sheet's stack. Each command is one save,
 * so it is undone like any other edit.
 */

/** A keyboard arrangement command. */
export type ArrangeCommand = OrderCommand | "turnClockwise" | "turnCounter";

/**
 * The command of a key press: Ctrl+] / Ctrl+[ one step forward or
 * backward, with Shift to the front or back (Acrobat's keys), and
 * Ctrl+Alt+R / Ctrl+Alt+Shift+R a 15° turn clockwise or counter-clockwise
 * (plain R turns the sheet, Ctrl+Shift+R reloads the page in browsers).
 * Physical keys are read so that the layout does not matter.
 */
export function arrangeCommandFor(event: {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}): ArrangeCommand | null {
  if (!(event.ctrlKey || event.metaKey)) return null;
  if (event.altKey) {
    if (event.code !== "KeyR") return null;
    return event.shiftKey ? "turnCounter" : "turnClockwise";
  }
  const right = event.code === "BracketRight" || event.key === "]";
  const left = event.code === "BracketLeft" || event.key === "[";
  if (right) return event.shiftKey ? "front" : "forward";
  if (left) return event.shiftKey ? "back" : "backward";
  return null;
}

/**
 * The draft that carries out `command` on `markup`, or null when it
 * changes nothing (already on top, a kind that does not turn).
 */
export function arrangedDraft(
  markup: Markup,
  sheetMarkups: readonly Markup[],
  command: ArrangeCommand,
): MarkupDraftInput | null {
  if (command === "turnClockwise" || command === "turnCounter") {
    const step =
      command === "turnClockwise"
        ? ROTATION_KEY_STEP_DEG
        : -ROTATION_KEY_STEP_DEG;
    return turnedDraft(markup, step);
  }
  const z = reorderedZ(sheetMarkups, markup.id, command);
  if (z === null) return null;
  return { ...toDraft(markup), zOrder: z };
}

/** `markup` turned clockwise on paper by `deg`. */
export function turnedDraft(
  markup: Markup,
  deg: number,
): MarkupDraftInput | null {
  const mode = rotationModeOf(markup.kind);
  if (mode === null) return null;
  const draft = toDraft(markup);
  if (mode === "field") {
    const rotationDeg = normaliseDeg((markup.style.rotationDeg ?? 0) + deg);
    return { ...draft, style: { ...markup.style, rotationDeg } };
  }

  // PDF space has y up, so a clockwise turn on paper is a negative angle
  // in the screen formula.
  const make = (x: number, y: number) => ({ x, y });
  const centre = rotationCentre(markup.kind, markup.points);
  return {
    ...draft,
    points: rotatePoints(markup.points, centre, -deg, make),
    strokes: markup.strokes.map((s) => rotatePoints(s, centre, -deg, make)),
  };
}

/** The draft of a markup moved, resized or turned on the sheet. */
export function editedDraft(
  markup: Markup,
  change: GeometryChange,
): MarkupDraftInput {
  const style =
    change.rotationDeg === undefined
      ? markup.style
      : { ...markup.style, rotationDeg: change.rotationDeg };
  return {
    ...toDraft(markup),
    points: change.points.map((p) => ({ x: p.x, y: p.y })),
    strokes: change.strokes.map((s) => s.map((p) => ({ x: p.x, y: p.y }))),
    style,
  };
}
