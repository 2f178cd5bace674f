import { useEffect, useState } from "react";
import type { Markup, User } from "../../shared/domain/entities";
import type { LajnaClient } from "../client/LajnaClient";
import { ErrorMessage } from "../errors/ErrorMessage";
import { useT } from "../i18n/useT";

/**
 * The selected markup: author, service and comment. Its author may edit
 * the comment or delete it; anyone else sees it read-only, with no edit
 * controls at all, since the services refuse others' changes anyway.
 */
export function MarkupDetails(props: {
  client: LajnaClient;
  user: User;
  markup: Markup;
  onSaved: (markup: Markup) => void;
  onDeleted: (markupId: string) => void;
}) {
  const t = useT();
  const { markup } = props;
  const mine = markup.authorId === props.user.id;
  const [comment, setComment] = useState(markup.comment);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    setComment(markup.comment);
    setError(null);
  }, [markup.id, markup.comment]);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  const save = () =>
    run(async () => {
      const saved = await props.client.request("markups.save", {
        id: markup.id,
        dossierId: markup.dossierId,
        documentId: markup.documentId,
        sheetIndex: markup.sheetIndex,
        kind: markup.kind,
        points: markup.points,
        comment: comment.trim(),
        color: markup.color,
      });
      props.onSaved(saved);
    });

  const remove = () =>
    run(async () => {
      await props.client.request("markups.delete", { markupId: markup.id });
      props.onDeleted(markup.id);
    });

  return (
    <div className="markup-details" data-testid="markup-details">
      <h3>{t(`markup.kind.${markup.kind}`)}</h3>
      <dl>
        <dt>{t("markup.author")}</dt>
        <dd>{markup.authorName}</dd>
        <dt>{t("markup.service")}</dt>
        <dd>{markup.service}</dd>
      </dl>
      {mine ? (
        <>
          <label>
            {markup.kind === "text" ? t("markup.text") : t("markup.comment")}
            <textarea
              dir="auto"
              data-testid="markup-edit-comment"
              rows={3}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
            />
          </label>
          <div className="actions">
            <button
              type="button"
              data-testid="markup-delete"
              className="danger"
              disabled={busy}
              onClick={() => void remove()}
            >
              {t("delete")}
            </button>
            <button
              type="button"
              data-testid="markup-update"
              className="primary"
              disabled={busy || comment.trim() === markup.comment}
              onClick={() => void save()}
            >
              {t("save")}
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="comment" dir="auto">
            {markup.comment || t("markup.noComment")}
          </p>
          <p className="muted">
            {t("markup.readOnly", { author: markup.authorName })}
          </p>
        </>
      )}
      {error !== null && <ErrorMessage error={error} context="markup" />}
    </div>
  );
}
