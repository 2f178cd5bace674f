import { formatDecimal } from "../i18n/formatNumber";
import { useLanguage } from "../i18n/LanguageContext";
import type { Translate } from "../i18n/useT";
import type { SheetOverview } from "./compareRender";
import { DIFF_COLOURS, type DiffLayerName } from "./diffLayers";
import { changedShare, looksUnrelated, type DiffCounts } from "./inkDiff";

const ENTRIES: readonly DiffLayerName[] = ["removed", "added", "unchanged"];

/**
 * The overlay's legend, how much of the drawing changed (whole sheet),
 * a warning when so much changed the two are likely not revisions of
 * one sheet, and the walk through the boxes of change.
 */
export function CompareLegend(props: {
  t: Translate;
  overview: SheetOverview | null;
  viewCounts: DiffCounts | null;
  focused: number | null;
  onNext: () => void;
}) {
  const { t, overview, viewCounts } = props;
  const { language } = useLanguage();
  const boxes = overview?.boxesPt.length ?? 0;

  return (
    <div
      className="compare-legend"
      data-testid="compare-legend"
      data-removed={viewCounts?.removed ?? ""}
      data-added={viewCounts?.added ?? ""}
      data-unchanged={viewCounts?.unchanged ?? ""}
    >
      {ENTRIES.map((name) => (
        <span key={name} className="compare-key">
          <span
            className="compare-swatch"
            style={{ background: `rgb(${DIFF_COLOURS[name].join(",")})` }}
          />
          {t(`compare.legend.${name}`)}
        </span>
      ))}
      <span className="compare-share" data-testid="compare-share">
        {overview === null
          ? t("compare.measuring")
          : boxes === 0
            ? t("compare.noChange")
            : t("compare.changed", {
                percent: formatDecimal(
                  changedShare(overview.counts) * 100,
                  language,
                  1,
                ),
              })}
      </span>
      {overview !== null && boxes > 0 && looksUnrelated(overview.counts) ? (
        <span
          className="compare-unrelated"
          role="status"
          data-testid="compare-unrelated"
        >
          {t("compare.unrelated")}
        </span>
      ) : null}
      <button
        type="button"
        data-testid="compare-next"
        disabled={boxes === 0}
        onClick={props.onNext}
      >
        {t("compare.next", {
          index: props.focused === null ? 0 : props.focused + 1,
          count: boxes,
        })}
      </button>
    </div>
  );
}
