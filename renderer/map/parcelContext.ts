/**
 * How much ground to show around the parcel when the map opens, in metres
 * on each side. The committee judges a parcel among its neighbours, the
 * street and the zone boundaries, so the view shows a couple of parcel
 * widths around it, and never less than a street or two.
 */
export function contextMarginM(parcelSizeM: number): number {
  return Math.max(parcelSizeM * 2, 60);
}
