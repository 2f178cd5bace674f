import Feature from "ol/Feature";
import Polygon from "ol/geom/Polygon";
import VectorLayer from "ol/layer/Vector";
import VectorSource from "ol/source/Vector";
import { Fill, Stroke, Style, Text } from "ol/style";
import type { FeatureLike } from "ol/Feature";
import type { Zone } from "../../shared/domain/entities";
import { zoneFill, zoneStroke } from "./zoneColours";

interface Xy {
  readonly x: number;
  readonly y: number;
}

/** The CRS every layer of the panel is drawn in. */
export const MAP_CRS = "EPSG:26191";

/**
 * A polygon from rings of `{x, y}` metres, reprojected to the map's CRS
 * when the data says another one (a plan south of 31°30'N uses
 * EPSG:26192).
 */
export function polygonOf(
  rings: readonly (readonly Xy[])[],
  crs: string,
): Polygon {
  const polygon = new Polygon(rings.map((ring) => ring.map((p) => [p.x, p.y])));
  if (crs !== MAP_CRS) polygon.transform(crs, MAP_CRS);
  return polygon;
}

function zoneStyle(feature: FeatureLike, resolution: number): Style {
  const code = String(feature.get("code") ?? "");
  return new Style({
    fill: new Fill({ color: zoneFill(code) }),
    stroke: new Stroke({ color: zoneStroke(code), width: 1 }),
    // Labels would only clutter the map when zoomed far out.
    text:
      resolution < 20
        ? new Text({
            text: code,
            font: "600 13px 'Noto Sans', sans-serif",
            fill: new Fill({ color: zoneStroke(code) }),
            stroke: new Stroke({ color: "rgba(255,255,255,0.9)", width: 3 }),
            overflow: false,
          })
        : undefined,
  });
}

/** The zoning plan as the panel's base layer: one fill colour per code. */
export function createZoneLayer(
  zones: readonly Zone[],
  crs: string,
): VectorLayer<VectorSource> {
  const features = zones.map((zone) => {
    const feature = new Feature(polygonOf(zone.rings, crs));
    feature.setId(zone.id);
    feature.set("code", zone.code);
    return feature;
  });
  return new VectorLayer({
    source: new VectorSource({ features }),
    style: zoneStyle,
    properties: { name: "zones" },
  });
}

const PARCEL_STYLE = [
  new Style({
    stroke: new Stroke({ color: "rgba(255,255,255,0.95)", width: 6 }),
  }),
  new Style({
    fill: new Fill({ color: "rgba(220, 38, 38, 0.12)" }),
    stroke: new Stroke({ color: "#c81e1e", width: 2.5 }),
  }),
];

/** The dossier's parcel, drawn above the zones with a haloed outline. */
export function createParcelLayer(
  parcel: readonly Xy[],
  crs: string,
): VectorLayer<VectorSource> {
  const source = new VectorSource();
  if (parcel.length >= 3) {
    source.addFeature(new Feature(polygonOf([parcel], crs)));
  }
  return new VectorLayer({
    source,
    style: PARCEL_STYLE,
    zIndex: 10,
    properties: { name: "parcel" },
  });
}
