import type { Markup } from "../../shared/domain/entities";

/*
 * The drawing order of markups on a sheet (`zOrder`, absent = 0). A
 * change of order touches only the markup moved: it gets a number above
 * or below its neighbours (halfway when there is room), so one save and
 * one undo step carry it and other members' markups are never rewritten.
 */

/** The four order commands, as Acrobat names them. */
export type OrderCommand = "front" | "back" | "forward" | "backward";

type Ordered = Pick<Markup, "id" | "createdAt" | "zOrder">;

/** The order number of a markup. */
export function zOf(markup: Pick<Markup, "zOrder">): number {
  return markup.zOrder ?? 0;
}

/**
 * Markups bottom first: by order number, then by creation time and id,
 * so every workstation draws the same stack whatever order they arrived.
 */
export function drawOrder<M extends Ordered>(markups: readonly M[]): M[] {
  return [...markups].sort(
    (a, b) =>
      zOf(a) - zOf(b) ||
      a.createdAt.localeCompare(b.createdAt) ||
      a.id.localeCompare(b.id),
  );
}

/**
 * The order number `target` gets for `command` among the markups of its
 * sheet, or null when it is already there (nothing to save).
 */
export function reorderedZ(
  sheetMarkups: readonly Ordered[],
  targetId: string,
  command: OrderCommand,
): number | null {
  const stack = drawOrder(sheetMarkups);
  const index = stack.findIndex((m) => m.id === targetId);
  const target = stack[index];
  if (target === undefined) return null;
  const others = stack.filter((m) => m.id !== targetId).map(zOf);
  if (others.length === 0) return null;

  const z = zOf(target);
  switch (command) {
    case "front":
      return index === stack.length - 1 ? null : Math.max(...others) + 1;
    case "back":
      return index === 0 ? null : Math.min(...others) - 1;
    case "forward":
      return stepPast(stack.slice(index + 1).map(zOf), z, 1);
    case "backward":
      return stepPast(stack.slice(0, index).map(zOf).reverse(), z, -1);
  }
}

/**
 * An order number just past the next neighbour in `direction` (the
 * neighbours listed nearest first): halfway to the value beyond it, or
 * one further when nothing lies beyond.
 */
function stepPast(
  neighbours: readonly number[],
  z: number,
  direction: 1 | -1,
): number | null {
  const next = neighbours[0];
  if (next === undefined) return null;
  const passed = direction > 0 ? Math.max(next, z) : Math.min(next, z);
  const beyond = neighbours.find((n) =>
    direction > 0 ? n > passed : n < passed,
  );
  return beyond === undefined ? passed + direction : (passed + beyond) / 2;
}
