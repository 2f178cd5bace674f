import { useEffect, useState } from "react";
import { useT } from "../i18n/useT";

/** How a numeric style option is entered: a field or a slider, in bounds. */
interface OptionInput {
  readonly type: "number" | "range";
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

/** The numeric options' inputs, in the units their style fields name. */
const inputs = {
  width: { type: "number", min: 0.25, max: 20, step: 0.25 },
  opacity: { type: "range", min: 0.1, max: 1, step: 0.05 },
  font: { type: "number", min: 4, max: 72, step: 1 },
  arc: { type: "range", min: 0.25, max: 3, step: 0.25 },
} as const satisfies Record<string, OptionInput>;

/** A numeric option of the markup style panel. */
export type StyleOption = keyof typeof inputs;

const labelKeys: Record<StyleOption, string> = {
  width: "markup.style.width",
  opacity: "markup.style.opacity",
  font: "markup.style.fontSize",
  arc: "markup.option.arcSize",
};

/**
 * One numeric row of the markup style panel: the option's translated
 * label and its input, marked `markup-style-<option>` for tests. The
 * value is handed over once the author lets go, not at every step.
 */
export function StyleOptionRow(props: {
  option: StyleOption;
  value: number;
  onCommit: (value: number) => void;
}) {
  const t = useT();

  return (
    <label>
      {t(labelKeys[props.option])}
      <CommitNumber
        {...inputs[props.option]}
        testId={`markup-style-${props.option}`}
        value={props.value}
        onCommit={props.onCommit}
      />
    </label>
  );
}

/**
 * A number or slider that saves once the author lets go (pointer up,
 * Enter, leaving the field) rather than at every step of a drag, so one
 * adjustment is one save and one undo step.
 */
function CommitNumber(
  props: OptionInput & {
    testId: string;
    value: number;
    onCommit: (value: number) => void;
  },
) {
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
