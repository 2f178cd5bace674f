import type { Markup } from "../../shared/domain/entities";
import { useT } from "../i18n/useT";

/**
 * Every markup of the open document, by sheet, with its review status
 * and how many replies it has. Clicking one goes to its sheet and
 * highlights it.
 */
export function MarkupList(props: {
  markups: readonly Markup[];
  replyCounts?: ReadonlyMap<string, number>;
  selectedId: string | null;
  onPick: (markup: Markup) => void;
}) {
  const t = useT();
  const sorted = [...props.markups].sort(
    (a, b) =>
      a.sheetIndex - b.sheetIndex || a.createdAt.localeCompare(b.createdAt),
  );

  return (
    <div className="markup-list">
      <h3>{t("markup.list")}</h3>
      {sorted.length === 0 && <p className="muted">{t("markup.listEmpty")}</p>}
      <ul>
        {sorted.map((m) => {
          const replies = props.replyCounts?.get(m.id) ?? 0;
          return (
            <li key={m.id}>
              <button
                type="button"
                data-testid="markup-item"
                data-markup-id={m.id}
                className={m.id === props.selectedId ? "selected" : ""}
                onClick={() => props.onPick(m)}
              >
                <span
                  className="markup-swatch"
                  style={{ background: m.color }}
                />
                <strong>{t(`markup.kind.${m.kind}`)}</strong>
                <span className="muted">
                  {" · "}
                  {t("markup.sheet", { page: m.sheetIndex + 1 })}
                  {" · "}
                  {m.authorName}
                </span>{" "}
                <span className={`markup-status status-${m.status}`}>
                  {t(`markup.status.${m.status}`)}
                </span>
                {replies > 0 && (
                  <span className="muted">
                    {" · "}
                    {t("markup.replies", { count: replies })}
                  </span>
                )}
                <span className="markup-comment" dir="auto">
                  {m.comment || t("markup.noComment")}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
