import type { ReactElement } from "react";

/**
 * The layer's SVG shapes while the view moves: the live ones (selected
 * or edited) wrapped in the follow matrix so they move with the canvas;
 * the hidden ghosts left as they are, since moving thousands of SVG
 * nodes is what cost 100 to 200 ms a frame. Same order, same keys.
 */
export function followLive(
  shapes: readonly ReactElement[],
  ids: readonly string[],
  isLive: (id: string) => boolean,
  matrix: string | undefined,
): readonly ReactElement[] {
  if (matrix === undefined) return shapes;
  return shapes.map((shape, i) =>
    isLive(ids[i] ?? "") ? (
      <g key={shape.key} transform={matrix}>
        {shape}
      </g>
    ) : (
      shape
    ),
  );
}
