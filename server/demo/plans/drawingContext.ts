import type { DemoDossierSpec } from "../dossiers";
import type { Xy } from "../geometry";
import type { LocalParcel } from "../parcels";
import type { LocalZone } from "../zoning";
import type { BuildingModel } from "./buildingModel";

/** What a sheet drawer knows about its dossier; local metres. */
export interface DossierDrawingContext {
  readonly spec: DemoDossierSpec;
  readonly dossierNumber: string;
  readonly landTitle: string;
  readonly parcelRing: readonly Xy[];
  readonly parcels: readonly LocalParcel[];
  readonly zones: readonly LocalZone[];
  /** The building drawn on the level plans, façade and section, if any. */
  readonly building: BuildingModel | null;
}
