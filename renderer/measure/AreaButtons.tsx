import {
  isComplete,
  type MeasureDraft,
} from "../../shared/measure/measureDraft";
import { useT } from "../i18n/useT";

/** While drawing an area: close the ring to cut out the next, or save. */
export function AreaButtons(props: {
  draft: MeasureDraft;
  onCutOut: () => void;
  onFinish: () => void;
}) {
  const t = useT();
  const ringOpen = props.draft.points.length >= 3;
  return (
    <>
      <button
        type="button"
        data-testid="measure-cut-out"
        disabled={!ringOpen}
        onClick={props.onCutOut}
      >
        {t("measure.cutOut")}
      </button>
      <button
        type="button"
        data-testid="measure-finish"
        disabled={!isComplete(props.draft)}
        onClick={props.onFinish}
      >
        {t("measure.save")}
      </button>
    </>
  );
}
