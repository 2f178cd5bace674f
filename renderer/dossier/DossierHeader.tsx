import type { DossierDetail } from "../../shared/contract/requests";
import { formatDate } from "../i18n/formatDate";
import { useLanguage, useT } from "../i18n/useT";
import { DeadlineBadge } from "../inbox/DeadlineBadge";

/** The dossier's identity: number, procedure, parties, land, deadline. */
export function DossierHeader(props: {
  detail: DossierDetail;
  onBack: () => void;
}) {
  const t = useT();
  const { language } = useLanguage();
  const { dossier, session } = props.detail;
  const fields: [string, React.ReactNode][] = [
    ["dossier.procedure", t(`procedure.${dossier.procedure}`)],
    ["dossier.commune", dossier.commune],
    ["dossier.applicant", dossier.applicant],
    ["dossier.architect", dossier.architect],
    ["dossier.landTitle", <bdi key="lt">{dossier.landTitle}</bdi>],
    [
      "dossier.deadline",
      <DeadlineBadge key="dl" deadline={dossier.deadline} />,
    ],
    ["dossier.status", t(`status.${dossier.status}`)],
  ];
  if (session !== null) {
    fields.push([
      "dossier.session",
      <span key="s">
        <bdi>{session.title}</bdi> –{" "}
        <bdi>{formatDate(session.date, language)}</bdi>
      </span>,
    ]);
  }

  return (
    <header className="dossier-header">
      <button type="button" className="back" onClick={props.onBack}>
        {t("back")}
      </button>
      <h1>{t("dossier.title", { number: dossier.number })}</h1>
      <dl>
        {fields.map(([key, value]) => (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
