import type { ReactNode } from "react";
import { shortcutLabel } from "../i18n/shortcuts";
import { useLanguage, useT } from "../i18n/useT";
import { drawingTools, shortcutOf, type Tool } from "../markup/tools";
import { viewerKeyOf, type ViewerKeyActions } from "./useViewerKeys";
import { zoomPercent, type QuarterTurn } from "./viewState";

/**
 * Zoom (steps, fits, rectangle), turning, sheet navigation and the
 * markup tools above the sheet.
 */
export function ViewerToolbar(props: {
  actions: ViewerKeyActions;
  sheetIndex: number;
  sheetCount: number;
  zoom: number;
  /** The reviewer's quarter turn of the current sheet. */
  turn: QuarterTurn;
  /** Whether the next drag on the sheet zooms to its rectangle. */
  zoomBoxArmed: boolean;
  onZoomBox: () => void;
  /** The tool in hand; null while a measuring tool is. */
  tool: Tool | null;
  canDraw: boolean;
  onTool: (tool: Tool) => void;
  /** Extra controls (the layers menu) at the toolbar's end. */
  children?: ReactNode;
}) {
  const t = useT();
  const { actions } = props;
  const button = (
    testId: string,
    label: string,
    symbol: string,
    onClick: () => void,
    disabled = false,
  ) => (
    <button
      type="button"
      data-testid={testId}
      title={label}
      aria-label={label}
      disabled={disabled}
      onClick={onClick}
    >
      <span aria-hidden>{symbol}</span>
    </button>
  );
  // A zoom button whose tooltip names its key, as the tools' tooltips do.
  const keyed = (
    testId: string,
    action: "zoomIn" | "zoomOut" | "fitPage" | "fitWidth" | "actualSize",
    symbol: string,
  ) => {
    const name = t(`viewer.${action}`);
    const key = viewerKeyOf(action);
    return (
      <button
        type="button"
        data-testid={testId}
        title={key === null ? name : t("viewer.withKey", { name, key })}
        aria-label={name}
        onClick={actions[action]}
      >
        <span aria-hidden>{symbol}</span>
      </button>
    );
  };

  return (
    <div className="viewer-toolbar" role="toolbar">
      <div className="group">
        {keyed("zoom-out", "zoomOut", "−")}
        <span className="zoom-level">
          {t("viewer.zoom", { percent: zoomPercent(props.zoom) })}
        </span>
        {keyed("zoom-in", "zoomIn", "+")}
        {keyed("fit-page", "fitPage", "⤢")}
        {keyed("fit-width", "fitWidth", "↔")}
        {keyed("actual-size", "actualSize", "1:1")}
        <button
          type="button"
          data-testid="zoom-box-tool"
          title={t("viewer.zoomBox")}
          aria-label={t("viewer.zoomBox")}
          aria-pressed={props.zoomBoxArmed}
          className={props.zoomBoxArmed ? "active" : ""}
          onClick={props.onZoomBox}
        >
          <span aria-hidden>⬚</span>
        </button>
      </div>
      <div className="group">
        {button(
          "turn-anticlockwise",
          t("viewer.turnAnticlockwise"),
          "↺",
          actions.turnAnticlockwise,
        )}
        <span className="turn-level" data-testid="turn-level">
          {t("viewer.turn", { degrees: props.turn })}
        </span>
        {button(
          "turn-clockwise",
          t("viewer.turnClockwise"),
          "↻",
          actions.turnClockwise,
        )}
      </div>
      <div className="group" dir="ltr">
        {button(
          "prev-sheet",
          t("viewer.prevSheet"),
          "‹",
          actions.previousSheet,
          props.sheetIndex <= 0,
        )}
        <span data-testid="page-indicator" className="page-indicator">
          {t("viewer.page", {
            page: props.sheetIndex + 1,
            count: props.sheetCount,
          })}
        </span>
        {button(
          "next-sheet",
          t("viewer.nextSheet"),
          "›",
          actions.nextSheet,
          props.sheetIndex >= props.sheetCount - 1,
        )}
      </div>
      {props.children}
      <div className="group tools">
        <ToolButton tool="pan" current={props.tool} onTool={props.onTool} />
        {drawingTools.map((tool) => (
          <ToolButton
            key={tool}
            tool={tool}
            current={props.tool}
            disabled={!props.canDraw}
            onTool={props.onTool}
          />
        ))}
      </div>
    </div>
  );
}

const toolSymbols: Partial<Record<Tool, string>> = {
  pan: "✋",
  cloud: "☁",
  arrow: "↗",
  rectangle: "▭",
  text: "T",
  line: "╱",
  ellipse: "◯",
  polyline: "⌇",
  polygon: "⬠",
  callout: "🗨",
  note: "🗒",
  ink: "✎",
  highlight: "▆",
  stamp: "⎔",
};

function ToolButton(props: {
  tool: Tool;
  current: Tool | null;
  disabled?: boolean;
  onTool: (tool: Tool) => void;
  /** Extra controls (the layers menu) at the toolbar's end. */
  children?: ReactNode;
}) {
  const t = useT();
  const { language } = useLanguage();
  const name =
    props.tool === "pan" ? t("viewer.pan") : t(`markup.tool.${props.tool}`);
  const key = shortcutOf(props.tool);
  const label =
    key === null ? name : `${name} (${shortcutLabel(key, language)})`;
  return (
    <button
      type="button"
      data-testid={`tool-${props.tool}`}
      className={props.current === props.tool ? "active" : ""}
      aria-pressed={props.current === props.tool}
      title={label}
      disabled={props.disabled}
      onClick={() => props.onTool(props.tool)}
    >
      <span aria-hidden>{toolSymbols[props.tool]}</span>
      <span className="tool-label">{name}</span>
    </button>
  );
}
