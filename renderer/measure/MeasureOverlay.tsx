import { useState, type PointerEvent } from "react";
import {
  viewportPixel,
  type ViewportPixel,
} from "../../shared/geo/coordinates";
import type { SheetXy } from "../../shared/measure/calibrate";
import type { MeasureDraft } from "../../shared/measure/measureDraft";
import type { SnapGrid } from "../../shared/measure/snapGrid";
import type { SheetViewport } from "../viewer/sheetCoordinates";
import {
  pickAt,
  ringsPath,
  svgPoints,
  toPixels,
  type Pick,
} from "./measureGeometry";

function localPixel(event: PointerEvent<SVGSVGElement>): ViewportPixel {
  const box = event.currentTarget.getBoundingClientRect();
  return viewportPixel(event.clientX - box.left, event.clientY - box.top);
}

/**
 * The surface a measurement is drawn on while a measuring tool is active:
 * it takes the left button's clicks (snapped to the drawing), shows the
 * shape so far with a rubber band to the pointer, and the snap marker (a
 * square on a path's end, a cross on a crossing; Alt turns snapping off).
 * Other buttons and the wheel pass through to the stage, so the sheet
 * still pans and zooms.
 */
export function MeasureOverlay(props: {
  viewport: SheetViewport;
  grid: SnapGrid | null;
  draft: MeasureDraft;
  /** The value of the shape so far, with the pointer as its next point. */
  liveLabel: (points: readonly SheetXy[]) => string | null;
  onPick: (point: SheetXy) => void;
  onDoubleClick: () => void;
}) {
  const { viewport, draft } = props;
  const [hover, setHover] = useState<Pick | null>(null);
  // Alt held picks exactly where the pointer is, as CAD programs do.
  const gridFor = (event: PointerEvent<SVGSVGElement>) =>
    event.altKey ? null : props.grid;

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    setHover(pickAt(viewport, gridFor(event), localPixel(event)));
  };
  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return;
    event.stopPropagation();
    event.preventDefault();
    const pick = pickAt(viewport, gridFor(event), localPixel(event));
    setHover(pick);
    props.onPick(pick.point);
  };

  const withHover =
    hover === null ? draft.points : [...draft.points, hover.point];
  const area = draft.tool === "measure_area";
  const label = hover === null ? null : props.liveLabel(withHover);
  const [labelAt] = hover === null ? [] : toPixels(viewport, [hover.point]);

  return (
    <svg
      className="measure-overlay"
      data-testid="measure-overlay"
      width="100%"
      height="100%"
      onPointerMove={onPointerMove}
      onPointerDown={onPointerDown}
      onPointerLeave={() => setHover(null)}
      onDoubleClick={props.onDoubleClick}
    >
      {draft.tool === "measure_count" ? (
        toPixels(viewport, draft.points).map((p, i) => (
          <circle key={i} cx={p.x} cy={p.y} r={5} className="measure-count" />
        ))
      ) : area ? (
        // The outline and the cut-outs so far as one surface, the ring in
        // progress last: filled even-odd, a cut-out shows clear.
        <path
          d={ringsPath(
            [...draft.rings, withHover].map((r) => toPixels(viewport, r)),
          )}
          fillRule="evenodd"
          className="measure-draft"
        />
      ) : (
        <polyline
          points={svgPoints(toPixels(viewport, withHover))}
          className="measure-draft"
          fill="none"
        />
      )}
      {hover?.snap && <SnapMarker viewport={viewport} pick={hover} />}
      {label !== null && labelAt !== undefined && (
        <text
          x={labelAt.x + 12}
          y={labelAt.y - 10}
          className="measure-text"
          data-testid="measure-live"
        >
          {label}
        </text>
      )}
    </svg>
  );
}

const MARKER_PX = 6;

function SnapMarker(props: { viewport: SheetViewport; pick: Pick }) {
  const [p] = toPixels(props.viewport, [props.pick.point]);
  if (p === undefined) return null;
  const s = MARKER_PX;
  return props.pick.snap?.kind === "intersection" ? (
    <path
      d={`M${p.x - s},${p.y - s}L${p.x + s},${p.y + s}M${p.x - s},${p.y + s}L${p.x + s},${p.y - s}`}
      className="snap-marker"
      data-testid="snap-marker"
    />
  ) : (
    <rect
      x={p.x - s}
      y={p.y - s}
      width={2 * s}
      height={2 * s}
      className="snap-marker"
      data-testid="snap-marker"
    />
  );
}
