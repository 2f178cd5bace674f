import { useT } from "../i18n/useT";
import { stampKinds, type StampKind, type Tool } from "./tools";

/** The options of the tool in hand that apply to the next markup. */
export interface ToolSettings {
  stamp: StampKind;
  cloudIntensity: number;
}

/** The arc sizes offered for clouds, as XFDF cloudy border intensities. */
const cloudIntensities = [0.5, 1, 2] as const;

/**
 * Over the sheet's corner: which stamp the stamp tool places, and the
 * arc size of the next cloud. Shown only for the tool they belong to,
 * floating so that the stage keeps its size (a resize would refit the
 * sheet under the reviewer's pen).
 */
export function ToolOptions(props: {
  tool: Tool;
  settings: ToolSettings;
  onChange: (settings: ToolSettings) => void;
}) {
  const t = useT();
  const { settings } = props;

  if (props.tool === "stamp") {
    return (
      <label
        className="tool-options"
        onPointerDown={(e) => e.stopPropagation()}
      >
        {t("markup.option.stamp")}
        <select
          data-testid="stamp-kind"
          value={settings.stamp}
          onChange={(e) =>
            props.onChange({ ...settings, stamp: e.target.value as StampKind })
          }
        >
          {stampKinds.map((k) => (
            <option key={k} value={k}>
              {t(`markup.stamp.${k}`)}
            </option>
          ))}
        </select>
      </label>
    );
  }

  if (props.tool === "cloud") {
    return (
      <label
        className="tool-options"
        onPointerDown={(e) => e.stopPropagation()}
      >
        {t("markup.option.arcSize")}
        <select
          data-testid="cloud-arc-size"
          value={settings.cloudIntensity}
          onChange={(e) =>
            props.onChange({
              ...settings,
              cloudIntensity: Number(e.target.value),
            })
          }
        >
          {cloudIntensities.map((i) => (
            <option key={i} value={i}>
              {t(
                `markup.arc.${i === 0.5 ? "small" : i === 1 ? "medium" : "large"}`,
              )}
            </option>
          ))}
        </select>
      </label>
    );
  }

  return null;
}
