import {
  markupStatusSchema,
  type MarkupKind,
  type MarkupStatus,
} from "../../shared/domain/entities";
import { useT } from "../i18n/useT";
import type { MarkupFilter, MarkupGrouping } from "./markupTable";
import { drawingTools } from "./tools";

/**
 * The markups list's controls: search text, one menu per filter (round,
 * status, author, service, kind), grouping, and the exports.
 */
export function MarkupsTableControls(props: {
  count: number;
  filter: MarkupFilter;
  onFilter: (filter: MarkupFilter) => void;
  grouping: MarkupGrouping;
  onGrouping: (grouping: MarkupGrouping) => void;
  choices: {
    authors: readonly { id: string; name: string }[];
    services: readonly string[];
    rounds: readonly number[];
  };
  onExportCsv: () => void;
  onExportPdf: () => void;
  printing: boolean;
}) {
  const t = useT();
  const { filter, onFilter: setFilter, choices } = props;

  return (
    <div className="table-controls">
      <strong>{t("markup.table.title", { count: props.count })}</strong>
      <input
        type="search"
        dir="auto"
        data-testid="markups-filter-text"
        placeholder={t("markup.table.search")}
        value={filter.text ?? ""}
        onChange={(e) => setFilter({ ...filter, text: e.target.value })}
      />
      <FilterSelect
        testId="markups-filter-round"
        label={t("markup.column.round")}
        value={filter.round === undefined ? "" : String(filter.round)}
        options={choices.rounds.map((r) => [
          String(r),
          t("rounds.round", { round: r }),
        ])}
        onChange={(v) =>
          setFilter({ ...filter, round: v ? Number(v) : undefined })
        }
      />
      <FilterSelect
        testId="markups-filter-status"
        label={t("markup.column.status")}
        value={filter.statuses?.[0] ?? ""}
        options={markupStatusSchema.options.map((s) => [
          s,
          t(`markup.status.${s}`),
        ])}
        onChange={(v) =>
          setFilter({ ...filter, statuses: v ? [v as MarkupStatus] : [] })
        }
      />
      <FilterSelect
        testId="markups-filter-author"
        label={t("markup.column.author")}
        value={filter.authorId ?? ""}
        options={choices.authors.map((a) => [a.id, a.name])}
        onChange={(v) => setFilter({ ...filter, authorId: v || undefined })}
      />
      <FilterSelect
        testId="markups-filter-service"
        label={t("markup.column.service")}
        value={filter.service ?? ""}
        options={choices.services.map((s) => [s, s])}
        onChange={(v) => setFilter({ ...filter, service: v || undefined })}
      />
      <FilterSelect
        testId="markups-filter-kind"
        label={t("markup.column.kind")}
        value={filter.kind ?? ""}
        options={drawingTools.map((k) => [k, t(`markup.kind.${k}`)])}
        onChange={(v) =>
          setFilter({ ...filter, kind: (v || undefined) as MarkupKind })
        }
      />
      <label>
        {t("markup.table.groupBy")}{" "}
        <select
          data-testid="markups-group"
          value={props.grouping}
          onChange={(e) => props.onGrouping(e.target.value as MarkupGrouping)}
        >
          {(["none", "sheet", "author", "status"] as const).map((g) => (
            <option key={g} value={g}>
              {t(`markup.group.${g}`)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        data-testid="markups-export-csv"
        onClick={props.onExportCsv}
      >
        {t("markup.table.exportCsv")}
      </button>
      <button
        type="button"
        data-testid="markups-export-pdf"
        disabled={props.printing}
        onClick={props.onExportPdf}
      >
        {props.printing
          ? t("rounds.summary.printing")
          : t("rounds.summary.export")}
      </button>
    </div>
  );
}

function FilterSelect(props: {
  testId: string;
  label: string;
  value: string;
  options: readonly (readonly [string, string])[];
  onChange: (value: string) => void;
}) {
  const t = useT();
  return (
    <select
      data-testid={props.testId}
      aria-label={props.label}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
    >
      <option value="">
        {props.label}: {t("markup.table.all")}
      </option>
      {props.options.map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </select>
  );
}
