import Feature from "ol/Feature";
import OlMap from "ol/Map";
import View from "ol/View";
import Point from "ol/geom/Point";
import VectorLayer from "ol/layer/Vector";
import VectorSource from "ol/source/Vector";
import { register } from "ol/proj/proj4";
import { buffer, getHeight, getWidth } from "ol/extent";
import type { Extent } from "ol/extent";
import { Circle, Fill, Stroke, Style, Text } from "ol/style";
import { defaults as defaultControls, ScaleLine } from "ol/control";
import proj4 from "proj4";
import type { Dossier } from "../../shared/domain/entities";
import type { ZoningView } from "../../shared/contract/requests";
import { projectedPoint } from "../../shared/geo/coordinates";
import type { ProjectedPoint } from "../../shared/geo/coordinates";
import { registerProjections } from "../../shared/geo/projection";
import { contextMarginM } from "./parcelContext";
import { createSheetLayer } from "./sheetLayer";
import type { SheetLayer } from "./sheetLayer";
import {
  createParcelLayer,
  createZoneLayer,
  MAP_CRS,
  polygonOf,
} from "./zoningLayers";

let projectionsReady = false;

/** Makes EPSG:26191 and EPSG:26192 known to OpenLayers, once. */
function ensureProjections(): void {
  if (projectionsReady) return;
  registerProjections();
  register(proj4);
  projectionsReady = true;
}

function markerStyle(feature: Feature): Style {
  return new Style({
    image: new Circle({
      radius: 7,
      fill: new Fill({ color: "#1d4ed8" }),
      stroke: new Stroke({ color: "#ffffff", width: 2 }),
    }),
    text: new Text({
      text: String(feature.get("label") ?? ""),
      offsetY: -16,
      font: "700 13px 'Noto Sans', sans-serif",
      fill: new Fill({ color: "#1d4ed8" }),
      stroke: new Stroke({ color: "#ffffff", width: 3 }),
    }),
  });
}

/**
 * The OpenLayers map of the map panel: zones as base layer (there is no
 * internet basemap here), the dossier's parcel, the placed sheet and the
 * control points being picked. React owns the panel; this class owns the
 * map, so the panel only calls methods and never touches OL objects.
 */
export class ZoningMapView {
  readonly sheet: SheetLayer = createSheetLayer();
  private readonly map: OlMap;
  private readonly markers = new VectorSource<Feature<Point>>();
  private parcelVertices: ProjectedPoint[] = [];
  private baseLayers: VectorLayer<VectorSource>[] = [];
  private fitted = false;

  constructor(target: HTMLElement) {
    ensureProjections();
    this.map = new OlMap({
      target,
      controls: defaultControls({ attribution: false, rotate: false }).extend([
        new ScaleLine({ units: "metric" }),
      ]),
      view: new View({
        projection: MAP_CRS,
        // Khemisset, until the parcel is known.
        center: [452_000, 381_000],
        zoom: 12,
        maxZoom: 24,
      }),
    });
    this.map.addLayer(this.sheet.layer);
    this.map.addLayer(
      new VectorLayer({
        source: this.markers,
        style: (f) => markerStyle(f as Feature),
        zIndex: 20,
      }),
    );
  }

  /**
   * Shows the zoning plan and the parcel, replacing what was shown, and
   * fits the view on the parcel the first time only: a reload after a save
   * must not throw the user's zoom away.
   */
  showZoning(zoning: ZoningView, dossier: Dossier): void {
    const planCrs = zoning.plan?.crs ?? dossier.parcelCrs;
    for (const layer of this.baseLayers) this.map.removeLayer(layer);
    this.baseLayers = [
      createZoneLayer(zoning.zones, planCrs),
      createParcelLayer(dossier.parcel, dossier.parcelCrs),
    ];
    for (const layer of this.baseLayers) this.map.addLayer(layer);

    if (dossier.parcel.length >= 3) {
      const ring = polygonOf([dossier.parcel], dossier.parcelCrs);
      const coordinates = ring.getCoordinates()[0] ?? [];
      this.parcelVertices = coordinates.map(([x = 0, y = 0]) =>
        projectedPoint(x, y),
      );
      if (!this.fitted) this.fit(ring.getExtent());
      this.fitted = true;
    }
  }

  /** The parcel's corners in map metres, for snapping control points. */
  get vertices(): readonly ProjectedPoint[] {
    return this.parcelVertices;
  }

  /** Map metres per screen pixel at the current zoom. */
  get resolutionM(): number {
    return this.map.getView().getResolution() ?? 1;
  }

  /** Calls `listener` with the map point of every single click. */
  onClick(listener: (point: ProjectedPoint) => void): () => void {
    const key = this.map.on("singleclick", (event) => {
      const [x = 0, y = 0] = event.coordinate;
      listener(projectedPoint(x, y));
    });
    return () => this.map.un("singleclick", key.listener);
  }

  /** Shows numbered control points on the map. */
  setMarkers(points: readonly ProjectedPoint[]): void {
    this.markers.clear();
    points.forEach((p, i) => {
      const feature = new Feature(new Point([p.x, p.y]));
      feature.set("label", String(i + 1));
      this.markers.addFeature(feature);
    });
  }

  /** Frees the map's canvas and listeners. */
  dispose(): void {
    this.map.setTarget(undefined);
    this.map.dispose();
  }

  // Leave room around the parcel: the committee judges it among its
  // neighbours, streets and zone boundaries, not alone.
  private fit(parcelExtent: Extent): void {
    const size = Math.max(getWidth(parcelExtent), getHeight(parcelExtent));
    const extent = buffer(parcelExtent, contextMarginM(size));
    this.map.getView().fit(extent, { padding: [24, 24, 24, 24] });
  }
}
