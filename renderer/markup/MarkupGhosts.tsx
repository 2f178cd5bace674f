import { memo, useMemo, type ReactElement } from "react";
import type { Markup } from "../../shared/domain/entities";
import type { SheetViewport } from "../viewer/sheetCoordinates";
import { MarkupShape } from "./MarkupShape";
import { shapeAt } from "./shapeAt";
import { useBlockViews } from "./useBlockViews";

/*
 * Every markup keeps an invisible SVG ghost in draw order: the canvas
 * shows the drawing, and the ghost lets tests and page objects find a
 * markup by test id and read where it lies (it is hidden, so it is
 * neither painted nor in the accessibility tree; hit tests and a note's
 * words on hover are geometric). Drawing 5,000 ghosts again at each new
 * view made one task of 200 to 300 ms once the view rested, so they are
 * drawn in blocks, one block per task, and the layer marks itself
 * `data-ghosts-pending` until the last block is done; a block waiting
 * its turn still lies at the view before (moving it there by a transform
 * made Chromium lay out every ghost in the task that rested the view).
 * A sheet with a single block draws it at once. The live shapes
 * (selected, edited) keep their place in draw order inside the blocks.
 */

/** Markups per block: a few milliseconds of work each. */
const BLOCK_SIZE = 100;

/** A view the shapes are drawn at. */
export interface DrawnView {
  readonly viewport: SheetViewport;
  /** CSS pixels per PDF point, as the viewer's zoom. */
  readonly zoom: number;
}

const NO_LIVE: ReadonlyMap<string, ReactElement> = new Map();

/**
 * The ghosts of `markups` (draw order) at `view`, with the `live`
 * shapes, drawn by the caller, in their place.
 */
export function MarkupGhosts(props: {
  markups: readonly Markup[];
  view: DrawnView;
  live: ReadonlyMap<string, ReactElement>;
}) {
  const blocks = useMemo(() => {
    const result: Markup[][] = [];
    for (let i = 0; i < props.markups.length; i += BLOCK_SIZE) {
      result.push(props.markups.slice(i, i + BLOCK_SIZE));
    }
    return result;
  }, [props.markups]);
  const views = useBlockViews(blocks.length, props.view);
  const pending = views.some((v) => v !== props.view);

  return (
    <g data-ghosts-pending={pending ? "true" : undefined}>
      {blocks.map((block, i) => {
        const at = views[i] ?? props.view;
        return (
          <GhostBlock
            key={i}
            markups={block}
            at={at}
            live={liveIn(block, props.live)}
          />
        );
      })}
    </g>
  );
}

/** The live shapes of one block; a shared empty map when there are none. */
function liveIn(
  block: readonly Markup[],
  live: ReadonlyMap<string, ReactElement>,
): ReadonlyMap<string, ReactElement> {
  if (live.size === 0 || !block.some((m) => live.has(m.id))) return NO_LIVE;
  return live;
}

/**
 * One block: its ghosts drawn at `at`, the live shapes among them as
 * the caller drew them. Every child is keyed by its markup, so that a
 * selection changes two children, not the block.
 */
const GhostBlock = memo(function GhostBlock(props: {
  markups: readonly Markup[];
  at: DrawnView;
  live: ReadonlyMap<string, ReactElement>;
}) {
  return (
    <>
      {props.markups.map(
        (markup) =>
          props.live.get(markup.id) ?? (
            <Ghost key={markup.id} markup={markup} at={props.at} />
          ),
      )}
    </>
  );
});

/** One markup's ghost, drawn again only when it or its view changes. */
const Ghost = memo(function Ghost(props: { markup: Markup; at: DrawnView }) {
  const { markup, at } = props;
  return (
    <MarkupShape
      markupId={markup.id}
      shape={shapeAt(markup, at.viewport)}
      zoom={at.zoom}
      selected={false}
      ghost
    />
  );
});
