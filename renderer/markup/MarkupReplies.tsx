import { useState, type FormEvent } from "react";
import type { Markup, User } from "../../shared/domain/entities";
import { ErrorMessage } from "../errors/ErrorMessage";
import { formatDate } from "../i18n/formatDate";
import { useLanguage, useT } from "../i18n/useT";
import type { MarkupEditor } from "./useMarkupEditor";

/**
 * A markup's replies, oldest first, and a box to answer it. A reply is a
 * markup of kind `reply` pointing at the one it answers, placed at the
 * same spot, so it syncs and exports like any other annotation. Each
 * reply stays its author's: only they may delete it.
 */
export function MarkupReplies(props: {
  user: User;
  markup: Markup;
  replies: readonly Markup[];
  editor: MarkupEditor;
}) {
  const t = useT();
  const { language } = useLanguage();
  const { markup, editor } = props;
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const ordered = [...props.replies].sort((a, b) =>
    a.createdAt.localeCompare(b.createdAt),
  );

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      return true;
    } catch (cause) {
      setError(cause);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const comment = text.trim();
    if (comment === "") return;
    const anchor = markup.points[0] ?? { x: 0, y: 0 };
    const ok = await run(() =>
      editor.save(null, {
        id: crypto.randomUUID(),
        dossierId: markup.dossierId,
        documentId: markup.documentId,
        sheetIndex: markup.sheetIndex,
        kind: "reply",
        points: [{ x: anchor.x, y: anchor.y }],
        comment,
        color: markup.color,
        inReplyTo: markup.id,
      }),
    );
    if (ok) setText("");
  };

  return (
    <section className="markup-replies-section">
      <h4>{t("markup.replies", { count: ordered.length })}</h4>
      <ul className="markup-replies" data-testid="markup-replies">
        {ordered.map((reply) => (
          <li key={reply.id} data-testid="markup-reply">
            <strong>{reply.authorName}</strong>{" "}
            <bdi className="muted">{formatDate(reply.createdAt, language)}</bdi>
            <div dir="auto">{reply.comment}</div>
            {reply.authorId === props.user.id && (
              <button
                type="button"
                className="link"
                disabled={busy}
                onClick={() => void run(() => editor.remove(reply))}
              >
                {t("delete")}
              </button>
            )}
          </li>
        ))}
      </ul>
      <form onSubmit={(e) => void send(e)}>
        <textarea
          dir="auto"
          rows={2}
          data-testid="markup-reply-input"
          placeholder={t("markup.replyPlaceholder")}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button
          type="submit"
          data-testid="markup-reply-send"
          disabled={busy || text.trim() === ""}
        >
          {t("markup.reply")}
        </button>
      </form>
      {error !== null && <ErrorMessage error={error} context="markup" />}
    </section>
  );
}
