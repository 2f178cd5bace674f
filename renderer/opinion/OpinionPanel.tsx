import { useState } from "react";
import type { Opinion } from "../../shared/domain/entities";
import type { DossierPanelProps } from "../dossier/panelProps";
import { useT } from "../i18n/useT";
import { currentRound } from "../secretary/decisionSummary";
import { EarlierRounds } from "./EarlierRounds";
import { OpinionCard } from "./OpinionCard";
import { OpinionEditor } from "./OpinionEditor";
import { SignedOpinionView } from "./SignedOpinionView";
import "../i18n/messages/opinion";
import "./opinionPanel.css";

/**
 * The dossier's opinion tab. A member writes and signs their own opinion
 * for the current review round and reads the others' signed opinions; a
 * secretary or an admin, who give no opinion, sees only the list. After a
 * resubmission the earlier rounds' opinions follow, read-only.
 */
export function OpinionPanel(props: DossierPanelProps) {
  const { detail, user } = props;
  const t = useT();
  const round = currentRound(detail);
  const [justSigned, setJustSigned] = useState<Opinion | null>(null);

  const mine =
    justSigned ??
    detail.opinions.find((o) => o.memberId === user.id && o.round === round) ??
    null;
  const others = detail.opinions.filter(
    (o) => o.round === round && o.signedAt !== null && o.id !== mine?.id,
  );
  const isMember = user.role === "member";

  return (
    <section className={`opinion-panel${isMember ? "" : " is-list-only"}`}>
      {isMember && (
        <div className="opinion-mine">
          <h3>
            {t("opinion.title")}{" "}
            <span className="muted" data-testid="opinion-round">
              {t("rounds.round", { round })}
            </span>
          </h3>
          {user.serviceId === null ? (
            <p>{t("opinion.noService")}</p>
          ) : mine?.signedAt ? (
            <SignedOpinionView
              client={props.client}
              dossierNumber={detail.dossier.number}
              opinion={mine}
              markups={detail.markups}
              documents={detail.documents}
            />
          ) : (
            <OpinionEditor {...props} draft={mine} onSigned={setJustSigned} />
          )}
        </div>
      )}

      <div className="opinion-others">
        <h3>{t("opinion.others.title")}</h3>
        {others.length === 0 && <p>{t("opinion.others.none")}</p>}
        {others.map((o) => (
          <OpinionCard
            key={o.id}
            opinion={o}
            markups={detail.markups}
            documents={detail.documents}
          />
        ))}
        <EarlierRounds detail={detail} />
      </div>
    </section>
  );
}
