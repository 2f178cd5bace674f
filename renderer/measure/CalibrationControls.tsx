import { useState } from "react";
import type { Calibration } from "../../shared/domain/entities";
import {
  MAX_KNOWN_LENGTH_M,
  MIN_KNOWN_LENGTH_M,
  parseKnownLength,
} from "../../shared/measure/knownLength";
import { formatDecimal } from "../i18n/formatNumber";
import { useLanguage, useT } from "../i18n/useT";

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
  const { language } = useLanguage();
  const [text, setText] = useState("");
  const typed = parseKnownLength(text);
  const lengthM = "lengthM" in typed ? typed.lengthM : null;
  // Nothing typed yet is not a mistake to point out.
  const problem = text.trim() !== "" && "error" in typed ? typed.error : null;

  return (
    <form
      className="row"
      onSubmit={(e) => {
        e.preventDefault();
        if (lengthM !== null) props.onApply(lengthM);
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
          aria-invalid={problem !== null}
          aria-describedby={
            problem === null ? undefined : "known-length-problem"
          }
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <button
        type="submit"
        disabled={lengthM === null}
        data-testid="measure-apply"
      >
        {t("measure.apply")}
      </button>
      <button type="button" onClick={props.onCancel}>
        {t("measure.cancel")}
      </button>
      {problem !== null && (
        <span
          id="known-length-problem"
          className="measure-problem"
          role="status"
          data-testid="measure-length-problem"
        >
          {t(problem, {
            min: formatDecimal(MIN_KNOWN_LENGTH_M, language, 3),
            max: formatDecimal(MAX_KNOWN_LENGTH_M, language, 0),
          })}
        </span>
      )}
    </form>
  );
}
