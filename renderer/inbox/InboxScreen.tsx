import { useCallback, useEffect, useRef, useState } from "react";
import type { DossierSummary } from "../../shared/contract/requests";
import type { LajnaClient } from "../client/LajnaClient";
import { ErrorMessage } from "../errors/ErrorMessage";
import { formatDate } from "../i18n/formatDate";
import { useLanguage, useT } from "../i18n/useT";
import { DeadlineBadge } from "./DeadlineBadge";

interface SessionGroup {
  key: string;
  title: string | null;
  date: string | null;
  dossiers: DossierSummary[];
}

/** Groups the inbox by Session, by date; dossiers outside one come last. */
function groupBySession(dossiers: readonly DossierSummary[]): SessionGroup[] {
  const groups = new Map<string, SessionGroup>();
  for (const d of dossiers) {
    const key =
      d.sessionTitle === null ? "" : `${d.sessionDate}|${d.sessionTitle}`;
    const group = groups.get(key) ?? {
      key,
      title: d.sessionTitle,
      date: d.sessionDate,
      dossiers: [],
    };
    group.dossiers.push(d);
    groups.set(key, group);
  }

  const sorted = [...groups.values()].sort((a, b) =>
    a.key === "" ? 1 : b.key === "" ? -1 : a.key.localeCompare(b.key),
  );
  for (const g of sorted) {
    g.dossiers.sort((a, b) => a.deadline.localeCompare(b.deadline));
  }
  return sorted;
}

/** The dossiers waiting for the signed-in member, by Session. */
export function InboxScreen(props: {
  client: LajnaClient;
  onOpen: (dossierId: string) => void;
}) {
  const { client } = props;
  const t = useT();
  const [dossiers, setDossiers] = useState<DossierSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(() => {
    client.request("dossiers.list", {}).then((list) => {
      setDossiers(list);
      setError(null);
    }, setError);
  }, [client]);

  // Reload when sync reports changed dossiers, and after each completed
  // sync as well: right after a sign-in the first pull may finish before
  // the change events are being listened to.
  const lastSyncAt = useRef<string | null>(null);
  useEffect(() => {
    load();
    return client.subscribe((event) => {
      if (event.type === "dossiers.changed") load();
      if (event.type !== "sync.status") return;
      if (event.status.lastSyncAt !== lastSyncAt.current) {
        lastSyncAt.current = event.status.lastSyncAt;
        load();
      }
    });
  }, [client, load]);

  return (
    <section className="inbox">
      <h1>{t("inbox.title")}</h1>
      {error !== null && <ErrorMessage error={error} context="dossiers.list" />}
      {dossiers === null && error === null && (
        <p className="muted">{t("loading")}</p>
      )}
      {dossiers?.length === 0 && <p className="muted">{t("inbox.empty")}</p>}
      {groupBySession(dossiers ?? []).map((group) => (
        <InboxGroup key={group.key} group={group} onOpen={props.onOpen} />
      ))}
    </section>
  );
}

function InboxGroup(props: {
  group: SessionGroup;
  onOpen: (dossierId: string) => void;
}) {
  const t = useT();
  const { language } = useLanguage();
  const { group } = props;
  // Title and date are data in their own direction (a French session
  // title in the Arabic UI), so each is isolated for the bidi algorithm.
  const heading =
    group.title === null ? (
      t("inbox.noSession")
    ) : (
      <>
        <bdi>{group.title}</bdi>
        {" – "}
        <bdi>{group.date === null ? "" : formatDate(group.date, language)}</bdi>
      </>
    );

  return (
    <div className="inbox-group">
      <h2>{heading}</h2>
      <table className="inbox-table">
        <thead>
          <tr>
            <th>{t("inbox.number")}</th>
            <th>{t("inbox.procedure")}</th>
            <th>{t("inbox.commune")}</th>
            <th>{t("inbox.deadline")}</th>
            <th>{t("inbox.status")}</th>
          </tr>
        </thead>
        <tbody>
          {group.dossiers.map((d) => (
            <tr
              key={d.id}
              data-testid="inbox-row"
              tabIndex={0}
              onClick={() => props.onOpen(d.id)}
              onKeyDown={(e) => {
                if (e.key === "Enter") props.onOpen(d.id);
              }}
            >
              <td>
                <bdi className="number">{d.number}</bdi>
              </td>
              <td>{t(`procedure.${d.procedure}`)}</td>
              <td>{d.commune}</td>
              <td>
                <DeadlineBadge deadline={d.deadline} />
              </td>
              <td>
                {t(`status.${d.status}`)}
                {d.myOpinionSigned && (
                  <span className="badge ok signed">{t("inbox.signed")}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
