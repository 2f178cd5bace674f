import { useEffect, useState } from "react";
import type { LajnaClient } from "../client/LajnaClient";
import type {
  DossierDocument,
  Markup,
  Opinion,
} from "../../shared/domain/entities";
import { ErrorMessage } from "../errors/ErrorMessage";
import { useLanguage, useT } from "../i18n/useT";
import { OpinionCard } from "./OpinionCard";
import { formatDateTime, signedOpinionFileName } from "./opinionText";
import { pdfBlobUrl } from "./pdfBlobUrl";
import "../i18n/messages/opinion";

/**
 * The member's own opinion once signed: frozen, with its signing date and
 * the signed PDF, which is the record the commission keeps.
 */
export function SignedOpinionView(props: {
  client: LajnaClient;
  dossierNumber: string;
  opinion: Opinion;
  markups: readonly Markup[];
  documents: readonly DossierDocument[];
}) {
  const t = useT();
  const { language } = useLanguage();
  const { client, opinion } = props;
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    let created: string | null = null;
    client
      .request("opinions.signedPdf", { opinionId: opinion.id })
      .then(({ bytes }) => {
        if (!live) return;
        created = pdfBlobUrl(bytes);
        setUrl(created);
      })
      .catch((cause: unknown) => live && setError(cause));
    return () => {
      live = false;
      if (created) URL.revokeObjectURL(created);
    };
  }, [client, opinion.id]);

  return (
    <div className="signed-opinion" data-testid="opinion-signed">
      <p className="signed-banner">
        {t("opinion.signedOn", {
          date: formatDateTime(opinion.signedAt ?? "", language),
        })}
      </p>
      <OpinionCard
        opinion={opinion}
        markups={props.markups}
        documents={props.documents}
      />
      {url && (
        <a
          data-testid="download-signed"
          href={url}
          download={signedOpinionFileName(props.dossierNumber, opinion)}
        >
          {t("opinion.download")}
        </a>
      )}
      {error !== null && <ErrorMessage error={error} context="opinion" />}
    </div>
  );
}
