import type { Markup, MarkupStyle } from "../../shared/domain/entities";
import { useT } from "../i18n/useT";
import { StyleOptionRow } from "./StyleOptionRow";
import { DEFAULT_CLOUD_INTENSITY } from "./tools";

/** Kinds whose words are drawn on the sheet, so font size applies. */
const textKinds = new Set<Markup["kind"]>(["text", "callout"]);
/** Kinds with an inside to fill. */
const fillKinds = new Set<Markup["kind"]>([
  "cloud",
  "rectangle",
  "ellipse",
  "polygon",
  "callout",
]);

/** What the author changes in one go: colour and style fields. */
export interface StyleChange {
  color?: string;
  style?: MarkupStyle;
}

/**
 * The author's style controls for a markup: colour, line width, fill,
 * opacity, font size, and a cloud's arc size. Each change is one save
 * (and one undo step).
 */
export function MarkupStylePanel(props: {
  markup: Markup;
  disabled: boolean;
  onChange: (change: StyleChange) => void;
}) {
  const t = useT();
  const { markup } = props;
  const style = markup.style;
  const restyle = (patch: Partial<MarkupStyle>) =>
    props.onChange({ style: { ...style, ...patch } });

  return (
    <fieldset className="style-panel" disabled={props.disabled}>
      <label>
        {t("markup.style.colour")}
        <input
          type="color"
          data-testid="markup-style-colour"
          value={markup.color}
          onChange={(e) => props.onChange({ color: e.target.value })}
        />
      </label>
      <StyleOptionRow
        option="width"
        value={style.strokeWidthPt ?? 1}
        onCommit={(strokeWidthPt) => restyle({ strokeWidthPt })}
      />
      {fillKinds.has(markup.kind) && (
        <label>
          {t("markup.style.fill")}
          <span>
            <input
              type="checkbox"
              data-testid="markup-style-filled"
              checked={Boolean(style.fillColor)}
              onChange={(e) =>
                restyle({ fillColor: e.target.checked ? "#fff3bf" : null })
              }
            />
            {style.fillColor && (
              <input
                type="color"
                data-testid="markup-style-fill"
                value={style.fillColor}
                onChange={(e) => restyle({ fillColor: e.target.value })}
              />
            )}
          </span>
        </label>
      )}
      <StyleOptionRow
        option="opacity"
        value={style.opacity ?? 1}
        onCommit={(opacity) => restyle({ opacity })}
      />
      {textKinds.has(markup.kind) && (
        <StyleOptionRow
          option="font"
          value={style.fontSizePt ?? 9}
          onCommit={(fontSizePt) => restyle({ fontSizePt })}
        />
      )}
      {markup.kind === "cloud" && (
        <StyleOptionRow
          option="arc"
          value={style.cloudIntensity ?? DEFAULT_CLOUD_INTENSITY}
          onCommit={(cloudIntensity) => restyle({ cloudIntensity })}
        />
      )}
    </fieldset>
  );
}
