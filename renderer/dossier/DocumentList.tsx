import type { DossierDocument } from "../../shared/domain/entities";
import { useLanguage, useT } from "../i18n/useT";
import { errorSentence } from "../errors/userErrorOf";
import { UserError } from "../../shared/contract/errors";

/**
 * The dossier's documents. One the server could not read shows why, in
 * the user's language, and cannot be opened; the others still open.
 */
export function DocumentList(props: {
  documents: readonly DossierDocument[];
  selectedId: string | null;
  onOpen: (documentId: string) => void;
}) {
  const t = useT();
  const { language } = useLanguage();
  if (props.documents.length === 0) {
    return <p className="muted">{t("dossier.noDocuments")}</p>;
  }

  return (
    <ul className="document-list">
      {props.documents.map((doc) => {
        const broken = doc.error !== null;
        const selected = doc.id === props.selectedId;
        return (
          <li
            key={doc.id}
            data-testid="document-item"
            data-document-id={doc.id}
          >
            <button
              type="button"
              className={selected ? "document selected" : "document"}
              disabled={broken}
              aria-current={selected}
              onClick={() => props.onOpen(doc.id)}
            >
              <span className="document-kind">
                {t(`document.kind.${doc.kind}`)}
              </span>
              <span className="document-title">{doc.title}</span>
              {doc.pageCount !== null && (
                <span className="muted">
                  {t("dossier.pages", { count: doc.pageCount })}
                </span>
              )}
            </button>
            {broken && (
              <p className="document-error" data-testid="document-error">
                {errorSentence(language, new UserError(doc.error ?? ""))}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
