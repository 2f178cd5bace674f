import { useEffect, useState } from "react";
import type { Markup, MarkupStyle } from "../../shared/domain/entities";
import { useT } from "../i18n/useT";
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
      <label>
        {t("markup.style.width")}
        <CommitNumber
          type="number"
          testId="markup-style-width"
          min={0.25}
          max={20}
          step={0.25}
          value={style.strokeWidthPt ?? 1}
          onCommit={(width) => restyle({ strokeWidthPt: width })}
        />
      </label>
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
      <label>
        {t("markup.style.opacity")}
        <CommitNumber
          type="range"
          testId="markup-style-opacity"
          min={0.1}
          max={1}
          step={0.05}
          value={style.opacity ?? 1}
          onCommit={(opacity) => restyle({ opacity })}
        />
      </label>
      {textKinds.has(markup.kind) && (
        <label>
          {t("markup.style.fontSize")}
          <CommitNumber
            type="number"
            testId="markup-style-font"
            min={4}
            max={72}
            step={1}
            value={style.fontSizePt ?? 9}
            onCommit={(size) => restyle({ fontSizePt: size })}
          />
        </label>
      )}
      {markup.kind === "cloud" && (
        <label>
          {t("markup.option.arcSize")}
          <CommitNumber
            type="range"
            testId="markup-style-arc"
            min={0.25}
            max={3}
            step={0.25}
            value={style.cloudIntensity ?? DEFAULT_CLOUD_INTENSITY}
            onCommit={(cloudIntensity) => restyle({ cloudIntensity })}
          />
        </label>
      )}
    </fieldset>
  );
}

/**
 * A number or slider that saves once the author lets go (pointer up,
 * Enter, leaving the field) rather than at every step of a drag, so one
 * adjustment is one save and one undo step.
 */
function CommitNumber(props: {
  type: "number" | "range";
  testId: string;
  min: number;
  max: number;
  step: number;
  value: number;
  onCommit: (value: number) => void;
}) {
  const [draft, setDraft] = useState(String(props.value));
  useEffect(() => setDraft(String(props.value)), [props.value]);

  const commit = () => {
    const value = Number(draft);
    const valid = value >= props.min && value <= props.max;
    if (valid && value !== props.value) props.onCommit(value);
    else if (!valid) setDraft(String(props.value));
  };

  return (
    <input
      type={props.type}
      data-testid={props.testId}
      min={props.min}
      max={props.max}
      step={props.step}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onPointerUp={commit}
      onBlur={commit}
      onKeyUp={(e) => {
        if (e.key === "Enter" || props.type === "range") commit();
      }}
    />
  );
}
