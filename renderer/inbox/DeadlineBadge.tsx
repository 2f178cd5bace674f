import { formatDate } from "../i18n/formatDate";
import { useLanguage, useT } from "../i18n/useT";
import { daysLeft, deadlineLabel } from "./deadline";

/** A dossier's deadline with the days left, red when late, amber when near. */
export function DeadlineBadge(props: { deadline: string }) {
  const t = useT();
  const { language } = useLanguage();
  const days = daysLeft(props.deadline);
  if (days === null) return <span>{props.deadline}</span>;

  const { key, params } = deadlineLabel(days);
  const tone = days < 0 ? "late" : days <= 3 ? "near" : "ok";
  return (
    <span className="deadline">
      <bdi>{formatDate(props.deadline, language)}</bdi>{" "}
      <span className={`badge ${tone}`}>{t(key, params)}</span>
    </span>
  );
}
