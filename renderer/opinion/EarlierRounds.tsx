import type { DossierDetail } from "../../shared/contract/requests";
import { useT } from "../i18n/useT";
import { earlierRounds, summariseDecision } from "../secretary/decisionSummary";
import { OpinionCard } from "./OpinionCard";
import "../i18n/messages/decision";

/**
 * The opinions of the rounds before a resubmission, read-only: each
 * round with the outcome its signed opinions gave, so the committee sees
 * what the applicant was asked to change. Nothing here can be edited or
 * signed again; the current round is the only one that takes opinions.
 */
export function EarlierRounds(props: { detail: DossierDetail }) {
  const t = useT();
  const { detail } = props;
  const rounds = earlierRounds(detail);
  if (rounds.length === 0) return null;

  return (
    <section className="earlier-rounds" data-testid="earlier-rounds">
      <h3>{t("rounds.earlier.title")}</h3>
      {rounds.map((round) => {
        const summary = summariseDecision(detail, round);
        return (
          <details key={round} data-testid="earlier-round">
            <summary>
              {t("rounds.round", { round })} ·{" "}
              {t(`decision.outcome.${summary.explanation.outcome}`)}
            </summary>
            {summary.opinions.map((o) => (
              <OpinionCard
                key={o.id}
                opinion={o}
                markups={detail.markups}
                documents={detail.documents}
              />
            ))}
          </details>
        );
      })}
    </section>
  );
}
