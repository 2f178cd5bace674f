import { useEffect, useRef, type CSSProperties } from "react";
import type { ViewState } from "../viewer/viewState";
import type { CanvasMatrix } from "./alignedRegions";

/**
 * A whole sheet at low resolution, in the older sheet's frame: `zoom`
 * pixels per point, the bitmap placed by `matrix` (the newer sheet's
 * alignment) or as it is, on a canvas `width` x `height` pixels.
 */
export interface UnderlayPicture {
  readonly bitmap: ImageBitmap;
  readonly matrix: CanvasMatrix | null;
  readonly width: number;
  readonly height: number;
  readonly zoom: number;
}

/**
 * The whole sheet, blurred, under a pane's sharp pixels and moved with
 * every step of a gesture, so that what a pan or a zoom out uncovers
 * shows the drawing at once rather than an empty strip; the sharp pixels
 * drawn once the view settles cover it again. Drawn once per picture;
 * following the view is a CSS transform, which costs the main thread
 * nothing.
 */
export function PaneUnderlay(props: {
  picture: UnderlayPicture | null;
  view: ViewState;
  style?: CSSProperties;
  testId?: string;
}) {
  const { picture, view } = props;
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const target = canvas.current;
    // A closed bitmap (its overview replaced meanwhile) has no size.
    if (target === null || picture === null || picture.bitmap.width === 0) {
      return;
    }
    target.width = Math.max(1, Math.round(picture.width));
    target.height = Math.max(1, Math.round(picture.height));
    const context = target.getContext("2d");
    context?.setTransform(...(picture.matrix ?? IDENTITY));
    context?.drawImage(picture.bitmap, 0, 0);
  }, [picture]);

  if (picture === null) return null;
  const scale = view.zoom / picture.zoom;
  return (
    <canvas
      ref={canvas}
      className="compare-canvas compare-underlay"
      data-testid={props.testId}
      style={{
        ...props.style,
        width: picture.width,
        height: picture.height,
        transform: `translate(${view.x}px, ${view.y}px) scale(${scale})`,
      }}
    />
  );
}

const IDENTITY: CanvasMatrix = [1, 0, 0, 1, 0, 0];
