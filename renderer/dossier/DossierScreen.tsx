import { useCallback, useEffect, useState } from "react";
import type { DossierDetail } from "../../shared/contract/requests";
import type { User } from "../../shared/domain/entities";
import type { LajnaClient } from "../client/LajnaClient";
import { ComparePanel } from "../compare/ComparePanel";
import { ErrorBoundary } from "../errors/ErrorBoundary";
import { ErrorMessage } from "../errors/ErrorMessage";
import { useT } from "../i18n/useT";
import { MapPanel } from "../map/MapPanel";
import { OpinionPanel } from "../opinion/OpinionPanel";
import { DecisionPanel } from "../secretary/DecisionPanel";
import { DossierHeader } from "./DossierHeader";
import { SheetsTab } from "./SheetsTab";

const tabs = ["sheets", "compare", "map", "opinion", "decision"] as const;
type Tab = (typeof tabs)[number];

/**
 * One dossier: its header and its tabs. The detail reloads when a panel
 * reports a change or sync says this dossier changed.
 */
export function DossierScreen(props: {
  client: LajnaClient;
  user: User;
  dossierId: string;
  onBack: () => void;
}) {
  const { client, dossierId } = props;
  const t = useT();
  const [detail, setDetail] = useState<DossierDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [tab, setTab] = useState<Tab>("sheets");

  const load = useCallback(() => {
    client.request("dossiers.get", { dossierId }).then((d) => {
      setDetail(d);
      setError(null);
    }, setError);
  }, [client, dossierId]);

  useEffect(() => {
    load();
    return client.subscribe((event) => {
      if (
        event.type === "dossiers.changed" &&
        event.dossierIds.includes(dossierId)
      ) {
        load();
      }
    });
  }, [client, dossierId, load]);

  if (detail === null) {
    return (
      <section className="dossier">
        {error === null ? (
          <p className="muted">{t("loading")}</p>
        ) : (
          <>
            <ErrorMessage error={error} context="dossiers.get" />
            <button type="button" onClick={props.onBack}>
              {t("back")}
            </button>
          </>
        )}
      </section>
    );
  }

  const panelProps = { detail, client, user: props.user, onChanged: load };
  return (
    <section className="dossier">
      <DossierHeader detail={detail} onBack={props.onBack} />
      {error !== null && <ErrorMessage error={error} context="dossiers.get" />}
      <nav className="tabs" role="tablist">
        {tabs.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            data-testid={`tab-${name}`}
            aria-selected={tab === name}
            className={tab === name ? "tab active" : "tab"}
            onClick={() => setTab(name)}
          >
            {t(`tab.${name}`)}
          </button>
        ))}
      </nav>
      <div className="tab-body">
        {/* The sheets stay mounted so zoom and position survive a tab trip. */}
        <div className="tab-pane" hidden={tab !== "sheets"}>
          <ErrorBoundary area="sheets">
            <SheetsTab {...panelProps} />
          </ErrorBoundary>
        </div>
        <ErrorBoundary area={tab} resetKey={tab}>
          {tab === "compare" && <ComparePanel {...panelProps} />}
          {tab === "map" && <MapPanel {...panelProps} />}
          {tab === "opinion" && <OpinionPanel {...panelProps} />}
          {tab === "decision" && <DecisionPanel {...panelProps} />}
        </ErrorBoundary>
      </div>
    </section>
  );
}
