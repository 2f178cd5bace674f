import { useEffect, useState } from "react";

/**
 * The view each of `count` blocks of shapes is drawn at, brought to
 * `target` one block per task: a new view costs the main thread one
 * block at a time instead of every shape at once. Blocks past the end
 * of the last answer (new markups) start at the target, and so does a
 * lone block.
 */
export function useBlockViews<V>(count: number, target: V): readonly V[] {
  const [views, setViews] = useState<readonly V[]>(() =>
    Array.from({ length: count }, () => target),
  );
  // A single block (a sheet of a few hundred markups) is cheap enough to
  // draw at once, so small sheets never show a block a task late.
  const current = Array.from({ length: count }, (_, i) =>
    i < views.length && count > 1 ? (views[i] as V) : target,
  );
  const stale = current.findIndex((v) => v !== target);

  useEffect(() => {
    if (stale < 0) return;
    const timer = setTimeout(() =>
      setViews(current.map((v, i) => (i === stale ? target : v))),
    );
    return () => clearTimeout(timer);
  }, [views, count, target, stale]);

  return current;
}
