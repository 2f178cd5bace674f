import type { Calibration } from "../../shared/domain/entities";
import {
  displayedScale,
  STANDARD_SCALES,
} from "../../shared/measure/calibrate";
import { useT } from "../i18n/useT";

/**
 * The scale list of the measuring panel. It shows the sheet's current
 * scale, so after calibrating to 1/200 the reviewer reads "1/200" there,
 * not an invitation to choose; a scale off the standard list (two-point
 * calibration) is shown as an extra entry. Picking a scale sets it.
 */
export function ScaleSelect(props: {
  current: Calibration | null;
  onPick: (denominator: number) => void;
}) {
  const t = useT();
  const shown = props.current === null ? null : displayedScale(props.current);
  const standard = STANDARD_SCALES.some((s) => s === shown);
  const scales = [...STANDARD_SCALES, ...(shown && !standard ? [shown] : [])];

  return (
    <label>
      {t("measure.scale")}{" "}
      <select
        data-testid="measure-scale"
        value={shown === null ? "" : String(shown)}
        onChange={(e) => props.onPick(Number(e.target.value))}
      >
        {shown === null && <option value="">{t("measure.scaleChoose")}</option>}
        {scales.map((s) => (
          <option key={s} value={String(s)}>
            {t("measure.scaleOption", { denominator: s })}
          </option>
        ))}
      </select>
    </label>
  );
}
