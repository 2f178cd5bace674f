import type { MouseEvent } from "react";
import type { DossierDocument } from "../../shared/domain/entities";
import { useT } from "../i18n/useT";
import type { DocumentTab } from "./useDocumentTabs";

const MIDDLE_BUTTON = 1;

/**
 * The open documents as tabs above the viewer. A click shows one; its ×
 * or a middle click closes it.
 */
export function DocumentTabs(props: {
  tabs: readonly DocumentTab[];
  documents: readonly DossierDocument[];
  activeId: string | null;
  onShow: (documentId: string) => void;
  onClose: (documentId: string) => void;
}) {
  const t = useT();
  if (props.tabs.length === 0) return null;

  return (
    <div className="document-tabs" role="tablist" aria-label={t("viewer.tabs")}>
      {props.tabs.map(({ documentId }) => {
        const doc = props.documents.find((d) => d.id === documentId);
        if (doc === undefined) return null;
        const active = documentId === props.activeId;
        const onAuxClick = (event: MouseEvent) => {
          if (event.button !== MIDDLE_BUTTON) return;
          event.preventDefault();
          props.onClose(documentId);
        };
        return (
          <div
            key={documentId}
            className={active ? "document-tab active" : "document-tab"}
            data-testid="document-tab"
            data-document-id={documentId}
            onAuxClick={onAuxClick}
            // A middle press would otherwise start the browser's autoscroll.
            onMouseDown={(e) =>
              e.button === MIDDLE_BUTTON && e.preventDefault()
            }
          >
            <button
              type="button"
              role="tab"
              aria-selected={active}
              className="document-tab-title"
              title={doc.title}
              onClick={() => props.onShow(documentId)}
            >
              <bdi>{doc.title}</bdi>
            </button>
            <button
              type="button"
              className="document-tab-close"
              data-testid="document-tab-close"
              aria-label={t("viewer.tab.close", { title: doc.title })}
              title={t("viewer.tab.close", { title: doc.title })}
              onClick={() => props.onClose(documentId)}
            >
              <span aria-hidden>×</span>
            </button>
          </div>
        );
      })}
    </div>
  );
}
