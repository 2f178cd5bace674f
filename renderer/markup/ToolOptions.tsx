import type { ServiceStamp } from "../../shared/domain/stamps";
import { useT } from "../i18n/useT";
import {
  serviceStampChoice,
  stampKinds,
  type StampKind,
  type Tool,
} from "./tools";

/** The options of the tool in hand that apply to the next markup. */
export interface ToolSettings {
  /** A standard stamp, or a service stamp as `serviceStampChoice(id)`. */
  stamp: StampKind | `service:${string}`;
  cloudIntensity: number;
  /** The stamps of the member's service, offered after the standard four. */
  serviceStamps: readonly ServiceStamp[];
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
            props.onChange({
              ...settings,
              stamp: e.target.value as ToolSettings["stamp"],
            })
          }
        >
          {stampKinds.map((k) => (
            <option key={k} value={k}>
              {t(`markup.stamp.${k}`)}
            </option>
          ))}
          {settings.serviceStamps.length > 0 && (
            <optgroup label={t("markup.option.serviceStamps")}>
              {settings.serviceStamps.map((s) => (
                <option key={s.id} value={serviceStampChoice(s.id)}>
                  {s.text}
                </option>
              ))}
            </optgroup>
          )}
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
