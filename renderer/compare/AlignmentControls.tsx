import { formatDecimal } from "../i18n/formatNumber";
import { useLanguage } from "../i18n/LanguageContext";
import type { Translate } from "../i18n/useT";
import { alignmentFigures, type Alignment } from "./alignment";
import type { PickedPoints } from "./SidePanes";

/**
 * The alignment in use, shown as scale, rotation and shift, and the two
 * point pairs the reviewer may pick to refine it, with a reset.
 */
export function AlignmentControls(props: {
  t: Translate;
  alignment: Alignment;
  picking: PickedPoints | null;
  onStart: () => void;
  onCancel: () => void;
  onReset: () => void;
}) {
  const { t, alignment, picking } = props;
  const { language } = useLanguage();
  const figures = alignmentFigures(alignment);
  const number = (value: number, digits: number) =>
    formatDecimal(value, language, digits);

  return (
    <div className="compare-alignment" data-testid="compare-alignment">
      <span data-source={alignment.source}>
        {t(`compare.align.${alignment.source}`)}
      </span>
      <span className="muted" data-testid="compare-transform">
        {t("compare.align.figures", {
          scale: number(figures.scale, 4),
          rotation: number(figures.rotationDeg, 2),
          dx: number(figures.dxPt, 1),
          dy: number(figures.dyPt, 1),
        })}
      </span>
      {picking === null ? (
        <>
          <button
            type="button"
            data-testid="compare-align-start"
            onClick={props.onStart}
          >
            {t("compare.align.pick")}
          </button>
          {alignment.source === "points" && (
            <button
              type="button"
              data-testid="compare-align-reset"
              onClick={props.onReset}
            >
              {t("compare.align.reset")}
            </button>
          )}
        </>
      ) : (
        <>
          <span className="hint" data-testid="compare-align-step">
            {stepHint(t, picking)}
          </span>
          <button type="button" onClick={props.onCancel}>
            {t("compare.align.cancel")}
          </button>
        </>
      )}
    </div>
  );
}

/** What to click next: point n on the older sheet, then on the newer. */
function stepHint(t: Translate, picking: PickedPoints): string {
  const last = picking[picking.length - 1];
  const needsNewer = last !== undefined && last.newer === undefined;
  const index = needsNewer ? picking.length : picking.length + 1;
  return t(needsNewer ? "compare.align.stepNewer" : "compare.align.stepOlder", {
    index,
  });
}
