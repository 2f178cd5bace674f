import { useEffect, useState } from "react";
import type { DossierPanelProps } from "../dossier/panelProps";
import { ErrorMessage } from "../errors/ErrorMessage";
import { useLanguage, useT } from "../i18n/useT";
import { ClauseItems } from "../opinion/ClauseItems";
import { EarlierRounds } from "../opinion/EarlierRounds";
import { clausesOf, formatDateTime } from "../opinion/opinionText";
import { pdfBlobUrl } from "../opinion/pdfBlobUrl";
import { summariseDecision } from "./decisionSummary";
import "../i18n/messages/decision";
import "../i18n/messages/opinion";
import "./decisionPanel.css";

/**
 * The dossier's decision tab: every opinion of the current round, the
 * committee's outcome as the rule derives it (or why it is still
 * pending), and for the secretary the printed decision. Earlier rounds of
 * a resubmitted dossier follow, read-only.
 */
export function DecisionPanel(props: DossierPanelProps) {
  const { detail, client, user } = props;
  const t = useT();
  const { language } = useLanguage();
  const summary = summariseDecision(detail);
  const { outcome } = summary.explanation;
  const [url, setUrl] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  // A printed decision's URL lives until the panel goes or a new print.
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );

  const print = async () => {
    // Opened before the request so the browser treats it as the click's
    // own window rather than a blocked pop-up.
    const tab = window.open("", "_blank");
    setBusy(true);
    setError(null);
    try {
      const { bytes } = await client.request("decisions.print", {
        dossierId: detail.dossier.id,
      });
      const created = pdfBlobUrl(bytes);
      setUrl(created);
      if (tab) tab.location.href = created;
    } catch (cause) {
      tab?.close();
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="decision-panel">
      <div
        className={`decision-outcome outcome-${outcome}`}
        data-testid="outcome"
      >
        <span className="decision-outcome-label">
          {t("decision.outcome.label")}
        </span>
        <strong>{t(`decision.outcome.${outcome}`)}</strong>
        {summary.pendingReason && (
          <span className="decision-pending">
            {t(summary.pendingReason.key, summary.pendingReason.params)}
          </span>
        )}
        <span className="decision-counted">
          {t("decision.counted", { counted: summary.explanation.counted })}
        </span>
      </div>

      {user.role === "secretary" && (
        <div className="decision-print">
          <button
            type="button"
            data-testid="print-decision"
            disabled={busy || outcome === "pending"}
            onClick={() => void print()}
          >
            {busy ? t("decision.printing") : t("decision.print")}
          </button>
          {outcome === "pending" && (
            <span className="decision-print-hint">
              {t("decision.printPending")}
            </span>
          )}
          {url && (
            <>
              <a href={url} target="_blank" rel="noreferrer">
                {t("decision.open")}
              </a>
              <a
                data-testid="decision-link"
                href={url}
                download={`decision-${detail.dossier.number}.pdf`}
              >
                {t("decision.download")}
              </a>
            </>
          )}
        </div>
      )}
      {error !== null && (
        <ErrorMessage
          error={error}
          context="decision"
          onDismiss={() => setError(null)}
        />
      )}

      <h3>
        {t("decision.opinions")}{" "}
        <span className="muted" data-testid="decision-round">
          {t("rounds.round", { round: summary.round })}
        </span>
      </h3>
      {summary.opinions.length === 0 ? (
        <p>{t("decision.noOpinions")}</p>
      ) : (
        <table className="decision-opinions">
          <thead>
            <tr>
              <th>{t("decision.column.member")}</th>
              <th>{t("decision.column.service")}</th>
              <th>{t("decision.column.weight")}</th>
              <th>{t("decision.column.verdict")}</th>
              <th>{t("decision.column.clauses")}</th>
              <th>{t("decision.column.state")}</th>
            </tr>
          </thead>
          <tbody>
            {summary.opinions.map((o) => (
              <tr
                key={o.id}
                data-testid="opinion-row"
                className={o.signedAt ? "is-signed" : "is-draft"}
              >
                <td>{o.memberName}</td>
                <td>{o.serviceName}</td>
                <td>{t(o.binding ? "opinion.binding" : "opinion.advisory")}</td>
                <td className={`verdict-${o.verdict}`}>
                  {t(`opinion.verdict.${o.verdict}`)}
                </td>
                <td>
                  <ClauseItems
                    clauses={clausesOf(o)}
                    markups={detail.markups}
                    documents={detail.documents}
                  />
                </td>
                <td>
                  {o.signedAt
                    ? t("opinion.state.signed", {
                        date: formatDateTime(o.signedAt, language),
                      })
                    : t("opinion.state.draft")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <EarlierRounds detail={detail} />
    </section>
  );
}
