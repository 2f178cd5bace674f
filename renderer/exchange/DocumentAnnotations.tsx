import { useEffect, useState } from "react";
import type { Markup } from "../../shared/domain/entities";
import type { LajnaClient } from "../client/LajnaClient";
import { ErrorMessage } from "../errors/ErrorMessage";
import { useT } from "../i18n/useT";

/**
 * The annotations a submitted PDF already holds (made by the architect or
 * another program), listed read-only: they are read from the file each
 * time and never stored, so nobody can change them here.
 */
export function DocumentAnnotations(props: {
  client: LajnaClient;
  documentId: string;
}) {
  const { client, documentId } = props;
  const t = useT();
  const [markups, setMarkups] = useState<readonly Markup[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    setMarkups(null);
    client
      .request("documents.annotations", { documentId })
      .then((result) => live && setMarkups(result.markups))
      .catch((cause: unknown) => live && setError(cause));
    return () => {
      live = false;
    };
  }, [client, documentId]);

  if (error !== null) return <ErrorMessage error={error} context="exchange" />;
  if (markups === null) return null;
  if (markups.length === 0) {
    return <p className="muted">{t("exchange.inDocumentNone")}</p>;
  }

  return (
    <details
      className="document-annotations"
      data-testid="document-annotations"
    >
      <summary>{t("exchange.inDocument", { count: markups.length })}</summary>
      <p className="muted">{t("exchange.inDocumentReadOnly")}</p>
      <ul>
        {markups.map((m) => (
          <li key={m.id} data-markup-id={m.id}>
            <bdi>{m.authorName}</bdi> · {m.kind} · {m.sheetIndex + 1}
            {m.comment && (
              <>
                {" · "}
                <bdi>{m.comment}</bdi>
              </>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
