import { useState } from "react";
import type { Markup, User } from "../../shared/domain/entities";
import { ErrorMessage } from "../errors/ErrorMessage";
import { useT } from "../i18n/useT";
import { awaitsCheck, resolvedDraft, stillOpenReply } from "./carriedRemark";
import type { MarkupEditor } from "./useMarkupEditor";

/**
 * The two answers a reviewer gives to a remark carried to a revised
 * sheet: "Resolved" sets its status; "Still open" keeps it open and adds
 * a reply saying it was checked in this round. Both go through the
 * markup editor, so they sync and can be undone like any edit.
 */
export function CarriedRemarkActions(props: {
  markup: Markup;
  editor: MarkupEditor;
}) {
  const t = useT();
  const { markup, editor } = props;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

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
  const sentence = t("rounds.stillOpenReply", { round: markup.round });

  return (
    <span className="carried-actions" onClick={(e) => e.stopPropagation()}>
      <button
        type="button"
        data-testid="carried-resolved"
        disabled={busy}
        onClick={() =>
          void run(() => editor.save(markup, resolvedDraft(markup)))
        }
      >
        {t("rounds.resolved")}
      </button>
      <button
        type="button"
        data-testid="carried-still-open"
        disabled={busy}
        onClick={() =>
          void run(() => editor.save(null, stillOpenReply(markup, sentence)))
        }
      >
        {t("rounds.stillOpen")}
      </button>
      {error !== null && (
        <ErrorMessage
          error={error}
          context="markup"
          onDismiss={() => setError(null)}
        />
      )}
    </span>
  );
}

/**
 * For the details panel: where a carried remark came from and, for its
 * author while it is open, the same two answers as in the markups list.
 */
export function CarriedRemarkCheck(props: {
  user: User;
  markup: Markup;
  editor: MarkupEditor;
}) {
  const t = useT();
  const { markup } = props;
  if (markup.carriedFrom === undefined) return null;
  return (
    <p className="carried-check" data-testid="markup-carried">
      {t("rounds.carriedNote", { round: markup.round })}{" "}
      {awaitsCheck(markup, props.user.id) && (
        <CarriedRemarkActions markup={markup} editor={props.editor} />
      )}
    </p>
  );
}
