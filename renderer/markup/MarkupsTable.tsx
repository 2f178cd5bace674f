import { useEffect, useMemo, useState } from "react";
import type {
  DossierDocument,
  Dossier,
  Markup,
  User,
} from "../../shared/domain/entities";
import { dossierRound } from "../../shared/domain/rounds";
import type { LajnaClient } from "../client/LajnaClient";
import { ErrorMessage } from "../errors/ErrorMessage";
import { useLanguage, useT } from "../i18n/useT";
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
import { MarkupsTableControls } from "./MarkupsTableControls";
import { MarkupsTableRow } from "./MarkupsTableRow";
import type { MarkupEditor } from "./useMarkupEditor";
import { useMarkupSummaryPrint } from "./useMarkupSummaryPrint";

/** The list's columns; `carriedFrom` is shown but not sorted by. */
const columns: readonly (MarkupColumn | "carriedFrom")[] = [
  "kind",
  "sheet",
  "author",
  "service",
  "status",
  "comment",
  "replies",
  "round",
  "carriedFrom",
  "createdAt",
  "updatedAt",
];

/** Rows drawn at once; beyond them the reviewer narrows the filter. */
const MAX_SHOWN_ROWS = 500;

/**
 * The markups list of the whole dossier: every remark of every document
 * with kind, sheet, author, service, status, comment, replies, round,
 * where a carried remark came from, and dates; sorted by a column,
 * filtered (the current review round by default), grouped; a click opens
 * the sheet and zooms to the markup; the visible rows export to CSV or
 * print as a PDF summary.
 */
export function MarkupsTable(props: {
  dossier: Dossier;
  markups: readonly Markup[];
  documents: readonly DossierDocument[];
  selectedId: string | null;
  user: User;
  editor: MarkupEditor;
  client: LajnaClient;
  onPick: (markup: Markup) => void;
}) {
  const t = useT();
  const { language } = useLanguage();
  const round = dossierRound(props.dossier);
  const [sort, setSort] = useState<{
    column: MarkupColumn;
    dir: "asc" | "desc";
  }>({ column: "sheet", dir: "asc" });
  const [filter, setFilter] = useState<MarkupFilter>({ round });
  const [grouping, setGrouping] = useState<MarkupGrouping>("none");
  const summary = useMarkupSummaryPrint(props.client, props.dossier.id);

  // A resubmission synced while the list is open moves it to the new round.
  useEffect(() => setFilter((f) => ({ ...f, round })), [round]);

  const rows = useMemo(
    () => buildRows(props.markups, props.documents),
    [props.markups, props.documents],
  );
  const choices = useMemo(() => filterChoices(rows, round), [rows, round]);
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
      markupsCsv(shown, t, language),
      `${fileStem(props.dossier.number)}-markups.csv`,
      "text/csv;charset=utf-8",
    );
  const exportPdf = () =>
    void summary.print(
      shown.map((r) => r.markup.id),
      filter.round ?? null,
    );

  return (
    <section className="markups-table-panel" data-testid="markups-table">
      <MarkupsTableControls
        count={shown.length}
        filter={filter}
        onFilter={setFilter}
        grouping={grouping}
        onGrouping={setGrouping}
        choices={choices}
        onExportCsv={exportCsv}
        onExportPdf={exportPdf}
        printing={summary.busy}
      />
      {summary.url && (
        <p className="summary-links">
          <a href={summary.url} target="_blank" rel="noreferrer">
            {t("rounds.summary.open")}
          </a>{" "}
          <a
            data-testid="markups-summary-link"
            href={summary.url}
            download={`${fileStem(props.dossier.number)}-markups.pdf`}
          >
            {t("rounds.summary.download")}
          </a>
        </p>
      )}
      {summary.error !== null && (
        <ErrorMessage
          error={summary.error}
          context="markups-summary"
          onDismiss={summary.clearError}
        />
      )}
      <div className="table-scroll">
        <table className="markups-table">
          <thead>
            <tr>
              {columns.map((c) =>
                c === "carriedFrom" ? (
                  <th key={c}>{t("rounds.column.carriedFrom")}</th>
                ) : (
                  <th key={c} aria-sort={sortState(sort, c)}>
                    <button
                      type="button"
                      data-testid={`markups-sort-${c}`}
                      onClick={() => toggleSort(c)}
                    >
                      {t(`markup.column.${c}`)}
                      {sortMark(sort, c)}
                    </button>
                  </th>
                ),
              )}
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
                <MarkupsTableRow
                  key={row.markup.id}
                  row={row}
                  selected={row.markup.id === props.selectedId}
                  userId={props.user.id}
                  editor={props.editor}
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

/** A dossier number made safe as the start of a file name. */
function fileStem(number: string): string {
  return number.replace(/[^\w.-]+/g, "_");
}

function sortState(
  sort: { column: MarkupColumn; dir: "asc" | "desc" },
  column: MarkupColumn,
): "ascending" | "descending" | "none" {
  if (sort.column !== column) return "none";
  return sort.dir === "asc" ? "ascending" : "descending";
}

function sortMark(
  sort: { column: MarkupColumn; dir: "asc" | "desc" },
  column: MarkupColumn,
): string {
  if (sort.column !== column) return "";
  return sort.dir === "asc" ? " ▲" : " ▼";
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
