import { useEffect, useRef, useState } from "react";
import {
  markupStatusSchema,
  type Markup,
  type MarkupStatus,
  type User,
} from "../../shared/domain/entities";
import { ErrorMessage } from "../errors/ErrorMessage";
import { CarriedRemarkCheck } from "./CarriedRemarkActions";
import { useLanguage, useT } from "../i18n/useT";
import { commentToSave, shownComment } from "../measure/measureComment";
import { toDraft } from "./markupDraft";
import { MarkupReplies } from "./MarkupReplies";
import { MarkupStylePanel, type StyleChange } from "./MarkupStylePanel";
import type { MarkupEditor } from "./useMarkupEditor";

/**
 * The selected markup: author, service, status, comment, style and its
 * replies. Its author may edit it, set its review status or delete it;
 * anyone else sees it read-only, with no edit controls at all (the
 * services refuse others' changes anyway), and may reply.
 */
export function MarkupDetails(props: {
  user: User;
  markup: Markup;
  replies: readonly Markup[];
  editor: MarkupEditor;
  onDeleted: (markupId: string) => void;
}) {
  const t = useT();
  const { language } = useLanguage();
  const { markup, editor } = props;
  const mine = markup.authorId === props.user.id;
  // A measurement's value reads in the UI's number format, as on the
  // sheet; the saved comment stays language-neutral (measureComment.ts).
  const shown = shownComment(markup, language);
  const [comment, setComment] = useState(shown);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  // Another markup, or its saved comment changed: the field shows it.
  // Only the language or the shape changed: a draft the reviewer
  // edited stays, an unedited one follows.
  const seen = useRef({ id: markup.id, comment: markup.comment, shown });
  useEffect(() => {
    const before = seen.current;
    seen.current = { id: markup.id, comment: markup.comment, shown };
    const other = before.id !== markup.id || before.comment !== markup.comment;
    setComment((draft) => (other || draft === before.shown ? shown : draft));
    if (other) setError(null);
  }, [markup.id, markup.comment, shown]);

  const run = async (action: () => Promise<unknown>) => {
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

  const update = (change: Partial<Markup>) =>
    run(() =>
      editor.save(markup, { ...toDraft(markup), ...toDraftPatch(change) }),
    );

  const remove = () =>
    run(async () => {
      await editor.remove(markup);
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
        <dt>{t("markup.status")}</dt>
        <dd>
          {mine ? (
            <StatusSelect
              value={markup.status}
              disabled={busy}
              onChange={(status) => void update({ status })}
            />
          ) : (
            <span className={`markup-status status-${markup.status}`}>
              {t(`markup.status.${markup.status}`)}
            </span>
          )}
        </dd>
        <dt>{t("markup.round")}</dt>
        <dd>{markup.round}</dd>
      </dl>
      <CarriedRemarkCheck user={props.user} markup={markup} editor={editor} />
      {mine ? (
        <>
          <p className="muted hint">{t("markup.arrangeHint")}</p>
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
              disabled={busy || comment.trim() === shown}
              onClick={() =>
                void update({
                  comment: commentToSave(markup, comment.trim(), language),
                })
              }
            >
              {t("save")}
            </button>
          </div>
          <MarkupStylePanel
            markup={markup}
            disabled={busy}
            onChange={(change: StyleChange) => void update(change)}
          />
        </>
      ) : (
        <>
          <p className="comment" dir="auto">
            {shown || t("markup.noComment")}
          </p>
          <p className="muted">
            {t("markup.readOnly", { author: markup.authorName })}
          </p>
        </>
      )}
      {error !== null && <ErrorMessage error={error} context="markup" />}
      <MarkupReplies
        user={props.user}
        markup={markup}
        replies={props.replies}
        editor={editor}
      />
    </div>
  );
}

/** The draft fields of a partial markup change. */
function toDraftPatch(change: Partial<Markup>) {
  const { status, comment, color, style } = change;
  return {
    ...(status !== undefined ? { status } : {}),
    ...(comment !== undefined ? { comment } : {}),
    ...(color !== undefined ? { color } : {}),
    ...(style !== undefined ? { style } : {}),
  };
}

/** The author's choice of review status. */
function StatusSelect(props: {
  value: MarkupStatus;
  disabled: boolean;
  onChange: (status: MarkupStatus) => void;
}) {
  const t = useT();
  return (
    <select
      data-testid="markup-status"
      value={props.value}
      disabled={props.disabled}
      onChange={(e) => props.onChange(e.target.value as MarkupStatus)}
    >
      {markupStatusSchema.options.map((s) => (
        <option key={s} value={s}>
          {t(`markup.status.${s}`)}
        </option>
      ))}
    </select>
  );
}
