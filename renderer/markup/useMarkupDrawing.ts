import { useCallback, useEffect, useState } from "react";
import type { DossierDocument, Markup } from "../../shared/domain/entities";
import type { LajnaClient } from "../client/LajnaClient";
import { toPdfPoint, type SheetViewport } from "../viewer/sheetCoordinates";
import { usePointerTool, type DrawDrag } from "../viewer/usePointerTool";
import type { ViewState } from "../viewer/viewState";
import { drawnPoints, inkPoints, vertexPoints } from "./drawnPoints";
import type { PendingShape } from "./MarkupLayer";
import type { ToolSettings } from "./ToolOptions";
import {
  constructionOf,
  DEFAULT_CLOUD_INTENSITY,
  HIGHLIGHT_COLOUR,
  HIGHLIGHT_OPACITY,
  MARKUP_COLOUR,
  type Tool,
} from "./tools";
import { stampLook, useServiceStamps } from "./serviceStamps";
import { useToolKeys } from "./useToolKeys";
import { useVertexTool } from "./useVertexTool";

/** The colour and style a new markup of a kind starts with. */
export function newMarkupLook(
  kind: Markup["kind"],
  settings: ToolSettings,
): Pick<PendingShape, "color" | "style"> {
  if (kind === "highlight") {
    return { color: HIGHLIGHT_COLOUR, style: { opacity: HIGHLIGHT_OPACITY } };
  }
  if (kind === "stamp") return stampLook(settings);
  if (kind === "cloud") {
    return {
      color: MARKUP_COLOUR,
      style: { cloudIntensity: settings.cloudIntensity },
    };
  }
  return { color: MARKUP_COLOUR, style: {} };
}

/**
 * Drawing new markups on the viewer's stage: the tool in hand, its
 * gesture (drag, click, vertex by vertex, freehand), the shape waiting
 * for its comment, and saving it through 'markups.save'.
 */
export function useMarkupDrawing(options: {
  client: LajnaClient;
  document: DossierDocument;
  sheetIndex: number;
  viewport: SheetViewport | null;
  enabled: boolean;
  setView: (update: (view: ViewState) => ViewState) => void;
  isActive: () => boolean;
  onEmptyClick: () => void;
  onSaved: (markup: Markup) => void;
  /**
   * A tool was picked (toolbar, its key, Escape back to the hand), so the
   * viewer puts down any other tool in hand: one tool at a time.
   */
  onTool?: (tool: Tool) => void;
}) {
  const { viewport } = options;
  const [tool, setTool] = useState<Tool>("pan");
  const [pending, setPending] = useState<PendingShape | null>(null);
  const [settings, setSettings] = useState<ToolSettings>({
    stamp: "approved",
    cloudIntensity: DEFAULT_CLOUD_INTENSITY,
    serviceStamps: [],
  });
  // Asked again each time the stamp tool is picked: a stamp the admin
  // added arrives with a sync while the sheet is open.
  useServiceStamps(options.client, tool === "stamp", (serviceStamps) =>
    setSettings((s) => ({ ...s, serviceStamps })),
  );
  const construction = tool === "pan" ? null : constructionOf(tool);

  useEffect(() => setPending(null), [options.document.id, options.sheetIndex]);

  const propose = (points: PendingShape["points"] | null) => {
    if (points === null || tool === "pan") return;
    setPending({
      kind: tool,
      points,
      comment: "",
      ...newMarkupLook(tool, settings),
    });
  };

  const onDrawn = useCallback(
    (drag: DrawDrag) => {
      if (viewport === null || tool === "pan") return;
      if (constructionOf(tool) === "freehand") {
        propose(inkPoints(drag.path ?? [drag.start, drag.end], viewport));
      } else {
        propose(drawnPoints(tool, drag.start, drag.end, viewport));
      }
    },
    // propose reads only tool and settings, which are listed.
    [viewport, tool, settings],
  );

  const pointer = usePointerTool({
    tool,
    enabled: options.enabled && pending === null,
    setView: options.setView,
    onDrawn,
    onEmptyClick: options.onEmptyClick,
  });

  const vertices = useVertexTool({
    active: construction === "vertices" && pending === null,
    onDone: (clicks) => {
      if (viewport === null) return;
      if (tool !== "polyline" && tool !== "polygon") return;
      propose(vertexPoints(tool, clicks, viewport));
    },
  });

  const pick = (next: Tool) => {
    vertices.cancel();
    setTool(next);
    options.onTool?.(next);
  };

  useToolKeys({
    isActive: options.isActive,
    onTool: pick,
    onEnter: vertices.finish,
    onEscape: () => {
      const busy = vertices.drawing || pending !== null;
      vertices.cancel();
      setPending(null);
      return busy;
    },
  });

  const save = async (comment: string) => {
    if (pending === null) return;
    const saved = await options.client.request("markups.save", {
      id: crypto.randomUUID(),
      dossierId: options.document.dossierId,
      documentId: options.document.id,
      sheetIndex: options.sheetIndex,
      kind: pending.kind,
      points: pending.points.map((p) => ({ x: p.x, y: p.y })),
      strokes:
        pending.kind === "ink"
          ? [pending.points.map((p) => ({ x: p.x, y: p.y }))]
          : [],
      comment,
      color: pending.color ?? MARKUP_COLOUR,
      style: pending.style ?? {},
    });
    setPending(null);
    options.onSaved(saved);
  };

  // The shape under the pointer while a gesture is under way.
  const preview = (): PendingShape | null => {
    if (pending !== null) return pending;
    if (viewport === null || tool === "pan") return null;
    const look = newMarkupLook(tool, settings);
    if (vertices.draft !== null) {
      const { clicks, hover } = vertices.draft;
      const pixels = hover ? [...clicks, hover] : clicks;
      // A polygon shows closed only once it is finished.
      return {
        kind: "polyline",
        comment: "",
        ...look,
        points: pixels.map((p) => toPdfPoint(viewport, p)),
      };
    }
    const drag = pointer.drag;
    if (drag === null) return null;
    const points =
      construction === "freehand"
        ? inkPoints(drag.path ?? [drag.start, drag.end], viewport)
        : drawnPoints(tool, drag.start, drag.end, viewport);
    return { kind: tool, comment: "", ...look, points: points ?? [] };
  };

  const handlers =
    construction === "vertices" && pending === null && options.enabled
      ? vertices.handlers
      : pointer.handlers;

  return {
    tool,
    setTool: pick,
    settings,
    setSettings,
    pending,
    setPending,
    preview: preview(),
    handlers,
    save,
  };
}
