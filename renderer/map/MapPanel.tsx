import { useEffect, useReducer, useRef, useState } from "react";
import "ol/ol.css";
import type { ZoningView } from "../../shared/contract/requests";
import type { Georeference } from "../../shared/domain/entities";
import { pdfPoint, projectedPoint } from "../../shared/geo/coordinates";
import type { DossierPanelProps } from "../dossier/panelProps";
import { ErrorMessage } from "../errors/ErrorMessage";
import { useT } from "../i18n/useT";
import { PlacementBar } from "./PlacementBar";
import { SheetPicker } from "./SheetPicker";
import { ZoneRulesView } from "./ZoneRulesView";
import {
  defaultDocument,
  latestGeoreference,
  placeableDocuments,
} from "./placeableDocuments";
import { IDLE, placementReducer } from "./placementState";
import type { PlacementState } from "./placementState";
import { renderSheetImage } from "./sheetImage";
import type { SheetImage } from "./sheetImage";
import { placementScaleDenominator } from "./sheetTransform";
import { snapToVertex } from "./snapToVertex";
import { MAP_CRS } from "./zoningLayers";
import { ZoningMapView } from "./zoningMap";
import "../i18n/messages/map";
import "./mapPanel.css";

/** How close (screen pixels) a map click must be to snap to a corner. */
const SNAP_TOLERANCE_PX = 10;

/**
 * The dossier's map tab: the zoning plan around the parcel with the zone
 * rules beside it, and the placing of a sheet on the map by two pairs of
 * control points, saved as the dossier's georeference.
 */
export function MapPanel(props: DossierPanelProps) {
  const { detail, client, onChanged } = props;
  const t = useT();
  const target = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<ZoningMapView | null>(null);
  const [zoning, setZoning] = useState<ZoningView | null>(null);
  const [error, setError] = useState<unknown>(null);

  const documents = placeableDocuments(detail.documents);
  const restored = latestGeoreference(detail.georeferences, detail.documents);
  const [documentId, setDocumentId] = useState<string | null>(
    restored?.documentId ?? defaultDocument(detail.documents)?.id ?? null,
  );
  const [sheetIndex, setSheetIndex] = useState(restored?.sheetIndex ?? 0);
  const [busy, setBusy] = useState(false);
  const [state, dispatch] = useReducer(
    placementReducer<SheetImage>,
    IDLE as PlacementState<SheetImage>,
  );
  const [opacity, setOpacity] = useState(restored?.opacity ?? 0.6);
  const [zoom, setZoom] = useState(1);
  const [savedNote, setSavedNote] = useState<string | null>(null);
  const stateRef = useRef(state);
  stateRef.current = state;

  // The map lives as long as the panel.
  useEffect(() => {
    if (!target.current) return undefined;
    const created = new ZoningMapView(target.current);
    setView(created);
    return () => created.dispose();
  }, []);

  // Zoning first: it is the base layer and fits the view on the parcel.
  useEffect(() => {
    if (!view) return;
    let live = true;
    client
      .request("zoning.forDossier", { dossierId: detail.dossier.id })
      .then((result) => {
        if (!live) return;
        setZoning(result);
        view.showZoning(result, detail.dossier);
      })
      .catch((cause: unknown) => live && setError(cause));
    return () => {
      live = false;
    };
    // Keyed on the id: a reload after a save brings an equal dossier.
  }, [view, client, detail.dossier.id]);

  // A saved placement is shown as soon as the panel opens.
  useEffect(() => {
    if (!restored || isShown(stateRef.current, restored)) return;
    let live = true;
    setBusy(true);
    renderSheetImage(client, restored.documentId, restored.sheetIndex)
      .then((image) => {
        if (!live) return;
        dispatch({
          type: "restore",
          sheet: image,
          sheetPoints: [
            pdfPoint(restored.sheetPoints[0].x, restored.sheetPoints[0].y),
            pdfPoint(restored.sheetPoints[1].x, restored.sheetPoints[1].y),
          ],
          mapPoints: [
            projectedPoint(restored.mapPoints[0].x, restored.mapPoints[0].y),
            projectedPoint(restored.mapPoints[1].x, restored.mapPoints[1].y),
          ],
        });
      })
      .catch((cause: unknown) => live && setError(cause))
      .finally(() => live && setBusy(false));
    return () => {
      live = false;
    };
    // Keyed on the georeference's id; a save made in this panel comes back
    // in `detail` and is skipped above, as its sheet is already shown.
  }, [client, restored?.id]);

  // Map clicks are control points only while the map step is on.
  useEffect(() => {
    if (!view) return undefined;
    return view.onClick((clicked) => {
      if (stateRef.current.step !== "map") return;
      const point = snapToVertex(
        clicked,
        view.vertices,
        SNAP_TOLERANCE_PX * view.resolutionM,
        projectedPoint,
      );
      dispatch({ type: "mapPoint", point });
    });
  }, [view]);

  // The overlay and the markers follow the placement state.
  useEffect(() => {
    if (!view) return;
    if (state.step === "placed") {
      view.sheet.show(state.sheet, state.similarity);
    } else {
      view.sheet.show(null, null);
    }
    view.setMarkers(
      state.step === "map" || state.step === "placed" ? state.mapPoints : [],
    );
  }, [view, state]);

  useEffect(() => {
    view?.sheet.layer.setOpacity(opacity);
  }, [view, opacity]);

  const start = async () => {
    if (!documentId) return;
    setError(null);
    setSavedNote(null);
    setBusy(true);
    try {
      const sheet = await renderSheetImage(client, documentId, sheetIndex);
      dispatch({ type: "start", sheet });
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    if (state.step !== "placed") return;
    setBusy(true);
    setError(null);
    try {
      await client.request("georeferences.save", {
        dossierId: detail.dossier.id,
        documentId: state.sheet.documentId,
        sheetIndex: state.sheet.sheetIndex,
        sheetPoints: [state.sheetPoints[0], state.sheetPoints[1]],
        mapPoints: [state.mapPoints[0], state.mapPoints[1]],
        crs: MAP_CRS,
        opacity,
      });
      setSavedNote(t("map.place.saved"));
      onChanged();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  const picking = state.step === "sheet" || state.step === "map";

  return (
    <section className="map-panel">
      <div className="map-panel-main">
        <PlacementBar
          t={t}
          documents={documents}
          documentId={documentId}
          sheetIndex={sheetIndex}
          state={state}
          busy={busy}
          opacity={opacity}
          zoom={zoom}
          scaleDenominator={
            state.step === "placed"
              ? placementScaleDenominator(state.similarity)
              : null
          }
          savedNote={savedNote}
          onDocument={(id) => {
            setDocumentId(id);
            setSheetIndex(0);
          }}
          onSheet={setSheetIndex}
          onStart={() => void start()}
          onCancel={() => dispatch({ type: "cancel" })}
          onOpacity={(value) => {
            setOpacity(value);
            setSavedNote(null);
          }}
          onZoom={setZoom}
          onSave={() => void save()}
        />
        {detail.dossier.parcel.length < 3 && (
          <p className="placement-problem">{t("map.noParcel")}</p>
        )}
        {error !== null && (
          <ErrorMessage
            error={error}
            context="map"
            onDismiss={() => setError(null)}
          />
        )}
        <div className={`map-stage${picking ? " is-picking" : ""}`}>
          <div
            className={`map-view${state.step === "map" ? " is-active" : ""}`}
            data-testid="map-view"
            ref={target}
          />
          {picking && (
            <SheetPicker
              sheet={state.sheet}
              points={state.sheetPoints}
              active={state.step === "sheet"}
              zoom={zoom}
              onPick={(point) => dispatch({ type: "sheetPoint", point })}
            />
          )}
        </div>
      </div>
      <ZoneRulesView zoning={zoning} />
    </section>
  );
}

/** Tells whether the panel already shows this saved placement's sheet. */
function isShown(
  state: PlacementState<SheetImage>,
  saved: Georeference,
): boolean {
  return (
    state.step === "placed" &&
    state.sheet.documentId === saved.documentId &&
    state.sheet.sheetIndex === saved.sheetIndex
  );
}
