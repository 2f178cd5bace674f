interface Xy {
  readonly x: number;
  readonly y: number;
}

/**
 * Snaps a clicked map point to the nearest parcel vertex within
 * `toleranceM` metres. Control points are usually parcel corners, and a
 * corner hit exactly gives a placement a click by hand cannot.
 */
export function snapToVertex<P extends Xy>(
  clicked: P,
  vertices: readonly Xy[],
  toleranceM: number,
  make: (x: number, y: number) => P,
): P {
  let best: Xy | null = null;
  let bestDistance = toleranceM;
  for (const vertex of vertices) {
    const distance = Math.hypot(vertex.x - clicked.x, vertex.y - clicked.y);
    if (distance <= bestDistance) {
      best = vertex;
      bestDistance = distance;
    }
  }
  return best === null ? clicked : make(best.x, best.y);
}
