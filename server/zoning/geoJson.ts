/** The GeoJSON shapes the zoning import reads (coordinates as numbers). */
export type Position = readonly number[];

/** A GeoJSON geometry; only polygons become zones. */
export type Geometry =
  | {
      readonly type: "Polygon";
      readonly coordinates: readonly (readonly Position[])[];
    }
  | {
      readonly type: "MultiPolygon";
      readonly coordinates: readonly (readonly (readonly Position[])[])[];
    }
  | { readonly type: string; readonly coordinates?: unknown };

/** A feature with its attribute table row. */
export interface Feature {
  readonly geometry: Geometry | null;
  readonly properties: Readonly<Record<string, unknown>> | null;
  readonly id?: string | number;
}
