import { useEffect, useMemo, useRef, useState, type ReactElement } from "react";
import { createPortal } from "react-dom";
import type { DossierDocument, Markup } from "../../shared/domain/entities";
import type { MeasureTool } from "../../shared/measure/measureDraft";
import { pdfPoint } from "../../shared/geo/coordinates";
import type { LajnaClient } from "../client/LajnaClient";
import { ErrorMessage } from "../errors/ErrorMessage";
import { useT } from "../i18n/useT";
import { MarkupForm } from "../markup/MarkupForm";
import {
  MarkupLayer,
  type GeometryChange,
  type PendingShape,
} from "../markup/MarkupLayer";
import { ToolOptions } from "../markup/ToolOptions";
import type { SearchBox } from "../search/searchHit";
import { SheetHighlights } from "../search/SheetHighlights";
import { MeasureTools } from "../measure/MeasureTools";
import { useMarkupDrawing } from "../markup/useMarkupDrawing";
import { textInViewer } from "./revealText";
import { toViewportPixel } from "./sheetCoordinates";
import { SETTLE_DELAY_MS } from "./SheetRenderer";
import { useElementSize } from "./useElementSize";
import { usePdfDocument, usePdfPage } from "./usePdfDocument";
import { useSheetView } from "./useSheetView";
import { useViewerKeys } from "./useViewerKeys";
import { useWheelZoom } from "./useWheelZoom";
import { LayerMenu } from "./LayerMenu";
import { layerMemoryKey } from "./layerMemory";
import { SheetFrame, ZoomBoxOutline } from "./SheetFrame";
import { SheetStrip } from "./SheetStrip";
import { useSheetLayers } from "./useSheetLayers";
import { useSheetRenderer } from "./useSheetRenderer";
import { useZoomBox } from "./useZoomBox";
import { panBy } from "./viewState";
import { newViewMemory, type DocumentViewMemory } from "./viewMemory";
import { ViewerToolbar } from "./ViewerToolbar";
import "./viewer.css";

const REVEAL_DELAY_MS = 60;

/**
 * One document's sheets: a sharp, zoomable, pannable view of the current
 * sheet with its markups, the toolbar, and the drawing of new markups.
 */
export function SheetViewer(props: {
  client: LajnaClient;
  /** The signed-in member, whose layer choices the viewer remembers. */
  memberId: string;
  document: DossierDocument;
  markups: readonly Markup[];
  sheetIndex: number;
  onSheetIndex: (index: number) => void;
  selectedId: string | null;
  onSelect: (markupId: string | null) => void;
  /** Bumped to bring the selected markup (or the current hit) into view. */
  revealToken: number;
  /** Search hits on the current sheet; `current` is the one picked. */
  highlights?: {
    boxes: readonly SearchBox[];
    current: readonly SearchBox[];
  };
  onSaved: (markup: Markup) => void;
  /** Whether the reviewer may move and reshape a markup (its author). */
  canEdit?: (markup: Markup) => boolean;
  /** A markup was moved, resized or reshaped on the sheet. */
  onEdited?: (markup: Markup, change: GeometryChange) => void;
  /** The tab's memory of this viewer (view, turns), kept while hidden. */
  memory?: DocumentViewMemory;
  /**
   * Where the sheet strip goes (a side pane of the screen), so that it
   * takes no width from the sheet; beside the sheet when not given.
   */
  stripHost?: HTMLElement | null;
}) {
  const { client, document: doc, sheetIndex } = props;
  const t = useT();
  const stageRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const size = useElementSize(stageRef);
  const pdfState = usePdfDocument(client, doc.id);
  const pdf = pdfState.phase === "ready" ? pdfState.pdf : null;
  const { page, error: pageError } = usePdfPage(pdf, sheetIndex);
  const rasterKey = `sha256:${doc.sha256}`;
  const raster = useSheetRenderer(canvasRef, pdf, {
    key: rasterKey,
    bytes: pdfState.phase === "failed" ? null : pdfState.bytes,
  });
  const { renderer, rendering, error: renderError } = raster;
  const sheetCount = pdf?.numPages ?? doc.pageCount ?? 1;

  const { view, setView, viewport, actions, turn } = useSheetView(
    page,
    size,
    { sheetIndex, sheetCount, onSheetIndex: props.onSheetIndex },
    props.memory ?? null,
    doc.sha256,
  );
  const isShown = () => stageRef.current?.offsetParent != null;
  useViewerKeys(actions, isShown);
  useWheelZoom(stageRef, setView);
  const zoomBox = useZoomBox({ isActive: isShown, onBox: actions.zoomToBox });

  const sheetMarkups = useMemo(
    () => props.markups.filter((m) => m.sheetIndex === sheetIndex),
    [props.markups, sheetIndex],
  );

  const layers = useSheetLayers(
    pdf,
    layerMemoryKey(props.memberId, doc, sheetIndex),
  );
  const layerConfig = layers.config;
  useEffect(() => {
    if (page === null || size === null || view === null) return undefined;
    renderer.current?.follow(page, view, turn);
    const timer = setTimeout(
      () => renderer.current?.render(page, view, size, layerConfig, turn),
      SETTLE_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [page, view, size, layerConfig, layers.version, turn]);

  // Only a new request (token) reveals a markup or a hit; later panning
  // must not snap back to it, so the rest is read through a ref. The
  // short wait lets a sheet change fit the new page first, so the reveal
  // starts from that view; a request for another sheet waits for it.
  const hit = props.highlights?.current ?? [];
  const latest = useRef({ viewport, actions, sheetMarkups, hit, page });
  latest.current = { viewport, actions, sheetMarkups, hit, page };
  const selectedId = props.selectedId;
  const ownMemory = useRef(newViewMemory());
  const memory = props.memory ?? ownMemory.current;
  useEffect(() => {
    const timer = setTimeout(() => {
      const {
        viewport: current,
        actions: act,
        sheetMarkups: list,
        hit: boxes,
        page: shown,
      } = latest.current;
      if (current === null || shown?.pageNumber !== sheetIndex + 1) return;
      const fresh = memory.revealedToken !== props.revealToken;
      memory.revealedToken = props.revealToken;
      const markup = list.find((m) => m.id === selectedId);
      if (markup !== undefined) {
        const points = markup.points.map((p) => pdfPoint(p.x, p.y));
        act.reveal(points.map((p) => toViewportPixel(current, p)));
        return;
      }
      // A hit picked is text: zoomed to so it reads, not a tick on the
      // sheet. Shown again with its tab, it only comes into view.
      const { pixels, textHeightPx } = textInViewer(current, boxes);
      if (fresh) act.revealText(pixels, textHeightPx);
      else act.reveal(pixels);
    }, REVEAL_DELAY_MS);
    return () => clearTimeout(timer);
  }, [props.revealToken, page]);

  // One tool in hand in the whole viewer: a markup tool (or the hand),
  // the zoom rectangle, or a measuring tool; picking one puts the others
  // down.
  const [measureTool, setMeasureTool] = useState<MeasureTool | null>(null);
  const drawing = useMarkupDrawing({
    client,
    document: doc,
    sheetIndex,
    viewport,
    enabled: page !== null,
    setView,
    isActive: isShown,
    onEmptyClick: () => props.onSelect(null),
    onSaved: props.onSaved,
    onTool: () => setMeasureTool(null),
  });
  const { tool, pending, setPending, save } = drawing;

  // Picking a drawing tool puts the zoom rectangle down, and arming the
  // rectangle (button or Z) puts a measuring tool down.
  const disarmZoom = zoomBox.setArmed;
  useEffect(() => disarmZoom(false), [tool, disarmZoom]);
  useEffect(() => {
    if (zoomBox.armed) setMeasureTool(null);
  }, [zoomBox.armed]);
  const pickMeasureTool = (next: MeasureTool | null) => {
    if (next !== null) {
      // Back to the hand first: its notice puts a measuring tool down,
      // and the pick after it wins.
      drawing.setTool("pan");
      disarmZoom(false);
    }
    setMeasureTool(next);
  };
  const failure = pdfState.phase === "failed" ? pdfState.error : pageError;
  const formAt = pendingPosition(pending, viewport, size);

  return (
    <div className="sheet-viewer">
      <ViewerToolbar
        actions={actions}
        sheetIndex={sheetIndex}
        sheetCount={sheetCount}
        zoom={view?.zoom ?? 1}
        turn={turn}
        zoomBoxArmed={zoomBox.armed}
        onZoomBox={() => zoomBox.setArmed((armed) => !armed)}
        tool={measureTool === null ? tool : null}
        canDraw={page !== null}
        onTool={drawing.setTool}
      >
        <LayerMenu
          layers={layers.layers}
          onToggle={layers.toggle}
          onShowAll={layers.showAll}
          onHideAll={layers.hideAll}
        />
      </ViewerToolbar>
      <div className="sheet-body">
        {pdf !== null &&
          placed(
            <SheetStrip
              pdf={pdf}
              rasterKey={rasterKey}
              sheetIndex={sheetIndex}
              onSheetIndex={props.onSheetIndex}
              paused={rendering || !raster.drawnOnce}
            />,
            props.stripHost,
          )}
        <div
          ref={stageRef}
          className={`sheet-stage tool-${zoomBox.armed ? "zoom" : tool}`}
          data-testid="sheet-stage"
          data-turn={turn}
          {...(zoomBox.armed ? zoomBox.handlers : drawing.handlers)}
        >
          {page !== null && view !== null && (
            <SheetFrame page={page} view={view} turn={turn} />
          )}
          <canvas
            ref={canvasRef}
            className="sheet-canvas"
            data-testid="sheet-canvas"
          />
          <ToolOptions
            tool={tool}
            settings={drawing.settings}
            onChange={drawing.setSettings}
          />
          {viewport && props.highlights && (
            <SheetHighlights viewport={viewport} {...props.highlights} />
          )}
          {viewport && (
            <MarkupLayer
              viewport={viewport}
              zoom={view?.zoom ?? 1}
              markups={sheetMarkups}
              selectedId={props.selectedId}
              pending={drawing.preview}
              interactive={tool === "pan" && !zoomBox.armed}
              onSelect={props.onSelect}
              canEdit={props.canEdit}
              onEdited={props.onEdited}
              onPan={(dx, dy) => setView((v) => panBy(v, dx, dy))}
            />
          )}
          <MeasureTools
            client={client}
            document={doc}
            sheetIndex={sheetIndex}
            page={page}
            viewport={viewport}
            markups={sheetMarkups}
            onSaved={props.onSaved}
            tool={measureTool}
            onTool={pickMeasureTool}
            isActive={isShown}
          />
          {/* Above the sheet and its markups, so the rectangle shows. */}
          {zoomBox.box !== null && <ZoomBoxOutline box={zoomBox.box} />}
          {rendering && (
            <div className="stage-busy" data-testid="sheet-rendering">
              {t("viewer.rendering")}
            </div>
          )}
          {pdfState.phase === "loading" && (
            <div className="stage-note">{t("viewer.opening")}</div>
          )}
          {failure !== null && failure !== undefined && (
            <div className="stage-note">
              <ErrorMessage error={failure} context="viewer.open" />
            </div>
          )}
          {renderError !== null && (
            <div className="stage-note">
              <ErrorMessage
                error={renderError}
                context="viewer.render"
                onDismiss={() => raster.setError(null)}
              />
            </div>
          )}
          {pending && formAt && (
            <MarkupForm
              key={pending.points.map((p) => p.x).join()}
              isText={pending.kind === "text"}
              position={formAt}
              onSave={save}
              onCancel={() => setPending(null)}
              onDraftChange={(comment) =>
                setPending((p) => (p ? { ...p, comment } : p))
              }
            />
          )}
        </div>
      </div>
    </div>
  );
}

/** An element in its host when there is one, else in place. */
function placed(element: ReactElement, host: HTMLElement | null | undefined) {
  if (host === undefined) return element;
  return host === null ? null : createPortal(element, host);
}

const FORM_WIDTH_PX = 280;
const FORM_HEIGHT_PX = 170;

/** Places the comment form beside the new shape, inside the stage. */
function pendingPosition(
  pending: PendingShape | null,
  viewport: ReturnType<typeof useSheetView>["viewport"],
  size: { width: number; height: number } | null,
): { x: number; y: number } | null {
  const last = pending?.points[pending.points.length - 1];
  if (last === undefined || viewport === null || size === null) return null;
  const at = toViewportPixel(viewport, last);
  return {
    x: Math.max(8, Math.min(at.x + 12, size.width - FORM_WIDTH_PX - 8)),
    y: Math.max(8, Math.min(at.y + 12, size.height - FORM_HEIGHT_PX - 8)),
  };
}
