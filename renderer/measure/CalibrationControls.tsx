import { useState } from "react";
import type { Calibration } from "../../shared/domain/entities";
import { useT } from "../i18n/useT";

/**
 * One line saying which scale measurements use on this sheet (set by a
 * reviewer, or the PDF's own), or that there is none yet, and the hint
 * for the tool in use.
 */
export function CalibrationStatus(props: {
  calibration: Calibration | null;
  scaleText: string;
  hasUnitlessScale: boolean;
  hint: string | null;
}) {
  const t = useT();
  const { calibration } = props;
  let status: string;
  if (calibration === null) {
    status = props.hasUnitlessScale
      ? t("measure.calibration.unitless")
      : t("measure.calibration.none");
  } else {
    const key =
      calibration.source === "document"
        ? "measure.calibration.document"
        : "measure.calibration.markup";
    status = t(key, { denominator: props.scaleText });
  }
  return (
    <p className="status muted" data-testid="measure-status">
      {status}
      {props.hint && (
        <>
          <br />
          {props.hint}
        </>
      )}
    </p>
  );
}

/** Asks for the real distance between the two calibration points. */
export function KnownLengthForm(props: {
  onApply: (lengthM: number) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [text, setText] = useState("");
  const lengthM = Number(text.replace(",", "."));
  const valid = Number.isFinite(lengthM) && lengthM > 0;

  return (
    <form
      className="row"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) props.onApply(lengthM);
      }}
    >
      <label>
        {t("measure.knownLength")}{" "}
        <input
          data-testid="measure-known-length"
          inputMode="decimal"
          dir="ltr"
          size={8}
          autoFocus
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <button type="submit" disabled={!valid} data-testid="measure-apply">
        {t("measure.apply")}
      </button>
      <button type="button" onClick={props.onCancel}>
        {t("measure.cancel")}
      </button>
    </form>
  );
}
