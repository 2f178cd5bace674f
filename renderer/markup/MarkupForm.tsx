import { useState, type FormEvent } from "react";
import { ErrorMessage } from "../errors/ErrorMessage";
import { useT } from "../i18n/useT";

/**
 * Asks for a new markup's comment (a text note's text) right after it is
 * drawn. Saving is the caller's; a failure shows here and keeps the text.
 */
export function MarkupForm(props: {
  isText: boolean;
  position: { x: number; y: number };
  onSave: (comment: string) => Promise<void>;
  onCancel: () => void;
  onDraftChange?: (comment: string) => void;
}) {
  const t = useT();
  const [comment, setComment] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await props.onSave(comment.trim());
    } catch (cause) {
      setError(cause);
      setBusy(false);
    }
  };

  return (
    <form
      className="markup-form"
      style={{ left: props.position.x, top: props.position.y }}
      onSubmit={(e) => void submit(e)}
      onPointerDown={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        if (e.key === "Escape") props.onCancel();
      }}
    >
      <label>
        {props.isText ? t("markup.text") : t("markup.comment")}
        <textarea
          dir="auto"
          data-testid="markup-comment-input"
          autoFocus
          rows={3}
          required={props.isText}
          placeholder={t("markup.commentPlaceholder")}
          value={comment}
          onChange={(e) => {
            setComment(e.target.value);
            props.onDraftChange?.(e.target.value);
          }}
        />
      </label>
      {error !== null && <ErrorMessage error={error} context="markups.save" />}
      <div className="actions">
        <button type="button" onClick={props.onCancel}>
          {t("cancel")}
        </button>
        <button
          type="submit"
          className="primary"
          data-testid="markup-save"
          disabled={busy}
        >
          {t("save")}
        </button>
      </div>
    </form>
  );
}
