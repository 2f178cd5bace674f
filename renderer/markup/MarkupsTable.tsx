import { useMemo, useState } from "react";
import {
  markupStatusSchema,
  type DossierDocument,
  type Markup,
  type MarkupKind,
  type MarkupStatus,
} from "../../shared/domain/entities";
import { useT } from "../i18n/useT";
import { downloadText, markupsCsv } from "./markupExport";
import {
  buildRows,
  filterChoices,
  filterRows,
  groupRows,
  sortRows,
  type MarkupColumn,
  type MarkupFilter,
  type MarkupGrouping,
  type MarkupRow,
} from "./markupTable";
import { drawingTools } from "./tools";

const columns: readonly MarkupColumn[] = [
  "kind",
  "sheet",
  "author",
  "service",
  "status",
  "comment",
  "replies",
  "round",
  "createdAt",
  "updatedAt",
];

/** Rows drawn at once; beyond them the reviewer narrows the filter. */
const MAX_SHOWN_ROWS = 500;

/**
 * The markups list of the whole dossier: every remark of every document
 * with kind, sheet, author, service, status, comment, replies, round and
 * dates; sorted by a column, filtered, grouped; a click opens the sheet
 * and zooms to the markup; the visible rows export to CSV.
 */
export function MarkupsTable(props: {
  dossierNumber: string;
  markups: readonly Markup[];
  documents: readonly DossierDocument[];
  selectedId: string | null;
  onPick: (markup: Markup) => void;
}) {
  const t = useT();
  const [sort, setSort] = useState<{
    column: MarkupColumn;
    dir: "asc" | "desc";
  }>({ column: "sheet", dir: "asc" });
  const [filter, setFilter] = useState<MarkupFilter>({});
  const [grouping, setGrouping] = useState<MarkupGrouping>("none");

  const rows = useMemo(
    () => buildRows(props.markups, props.documents),
    [props.markups, props.documents],
  );
  const choices = useMemo(() => filterChoices(rows), [rows]);
  // Sorted once per column change; filtering keeps that order, so typing
  // in the search box only filters (well under a millisecond for 20,000).
  const sorted = useMemo(
    () => sortRows(rows, sort.column, sort.dir),
    [rows, sort],
  );
  const shown = useMemo(() => filterRows(sorted, filter), [sorted, filter]);
  const groups = groupRows(shown.slice(0, MAX_SHOWN_ROWS), grouping);

  const toggleSort = (column: MarkupColumn) =>
    setSort((s) => ({
      column,
      dir: s.column === column && s.dir === "asc" ? "desc" : "asc",
    }));

  const exportCsv = () =>
    downloadText(
      markupsCsv(shown, t),
      `${props.dossierNumber.replace(/[^\w.-]+/g, "_")}-markups.csv`,
      "text/csv;charset=utf-8",
    );

  return (
    <section className="markups-table-panel" data-testid="markups-table">
      <div className="table-controls">
        <strong>{t("markup.table.title", { count: shown.length })}</strong>
        <input
          type="search"
          dir="auto"
          data-testid="markups-filter-text"
          placeholder={t("markup.table.search")}
          value={filter.text ?? ""}
          onChange={(e) => setFilter({ ...filter, text: e.target.value })}
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
            setFilter({
              ...filter,
              statuses: v ? [v as MarkupStatus] : [],
            })
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
            value={grouping}
            onChange={(e) => setGrouping(e.target.value as MarkupGrouping)}
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
          onClick={exportCsv}
        >
          {t("markup.table.exportCsv")}
        </button>
      </div>
      <div className="table-scroll">
        <table className="markups-table">
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} aria-sort={sortState(sort, c)}>
                  <button
                    type="button"
                    data-testid={`markups-sort-${c}`}
                    onClick={() => toggleSort(c)}
                  >
                    {t(`markup.column.${c}`)}
                    {sort.column === c
                      ? sort.dir === "asc"
                        ? " ▲"
                        : " ▼"
                      : ""}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          {groups.map((group) => (
            <tbody key={group.key}>
              {grouping !== "none" && (
                <tr className="group-row">
                  <th colSpan={columns.length}>
                    {groupLabel(grouping, group.rows[0], t)} (
                    {group.rows.length})
                  </th>
                </tr>
              )}
              {group.rows.map((row) => (
                <TableRow
                  key={row.markup.id}
                  row={row}
                  selected={row.markup.id === props.selectedId}
                  onPick={props.onPick}
                />
              ))}
            </tbody>
          ))}
        </table>
        {shown.length > MAX_SHOWN_ROWS && (
          <p className="muted">
            {t("markup.table.more", { count: shown.length - MAX_SHOWN_ROWS })}
          </p>
        )}
      </div>
    </section>
  );
}

function sortState(
  sort: { column: MarkupColumn; dir: "asc" | "desc" },
  column: MarkupColumn,
): "ascending" | "descending" | "none" {
  if (sort.column !== column) return "none";
  return sort.dir === "asc" ? "ascending" : "descending";
}

/** The heading of a group, from its first row. */
function groupLabel(
  by: MarkupGrouping,
  row: MarkupRow | undefined,
  t: (key: string, params?: Record<string, string | number>) => string,
): string {
  if (row === undefined) return "";
  const m = row.markup;
  if (by === "sheet") {
    return `${row.documentTitle} · ${t("markup.sheet", { page: m.sheetIndex + 1 })}`;
  }
  if (by === "author") return m.authorName;
  return t(`markup.status.${m.status}`);
}

function TableRow(props: {
  row: MarkupRow;
  selected: boolean;
  onPick: (markup: Markup) => void;
}) {
  const t = useT();
  const { markup: m, documentTitle, replies } = props.row;
  return (
    <tr
      data-testid="markups-row"
      data-markup-id={m.id}
      className={props.selected ? "selected" : ""}
      onClick={() => props.onPick(m)}
    >
      <td>{t(`markup.kind.${m.kind}`)}</td>
      <td>
        {documentTitle} · {m.sheetIndex + 1}
      </td>
      <td>{m.authorName}</td>
      <td>{m.service}</td>
      <td>
        <span className={`markup-status status-${m.status}`}>
          {t(`markup.status.${m.status}`)}
        </span>
      </td>
      <td className="comment-cell" dir="auto" title={m.comment}>
        {m.comment}
      </td>
      <td>{replies}</td>
      <td>{m.round}</td>
      <td>{m.createdAt.slice(0, 10)}</td>
      <td>{m.updatedAt.slice(0, 10)}</td>
    </tr>
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
