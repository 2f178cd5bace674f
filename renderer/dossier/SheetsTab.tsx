import { useEffect, useMemo, useState } from "react";
import type { Markup } from "../../shared/domain/entities";
import { useT } from "../i18n/useT";
import { MarkupDetails } from "../markup/MarkupDetails";
import { MarkupList } from "../markup/MarkupList";
import { SheetViewer } from "../viewer/SheetViewer";
import { DocumentList } from "./DocumentList";
import type { DossierPanelProps } from "./panelProps";

/** Replaces or adds a markup in a list, by id. */
function upsert(list: readonly Markup[], markup: Markup): Markup[] {
  const others = list.filter((m) => m.id !== markup.id);
  return markup.deleted ? others : [...others, markup];
}

/**
 * The Sheets tab: the documents, the open document's sheets with their
 * markups, and the markups list with the selected markup's details.
 */
export function SheetsTab(props: DossierPanelProps) {
  const { detail, client, user } = props;
  const t = useT();
  const firstReadable = detail.documents.find((d) => d.error === null);
  const [documentId, setDocumentId] = useState<string | null>(
    firstReadable?.id ?? null,
  );
  const [sheetIndex, setSheetIndex] = useState(0);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [revealToken, setRevealToken] = useState(0);
  const [markups, setMarkups] = useState<Markup[]>(() =>
    detail.markups.filter((m) => !m.deleted),
  );

  // A reload of the dossier (sync, another panel) brings others' markups.
  useEffect(() => {
    setMarkups(detail.markups.filter((m) => !m.deleted));
  }, [detail.markups]);

  const doc = detail.documents.find((d) => d.id === documentId) ?? null;
  const docMarkups = useMemo(
    () => markups.filter((m) => m.documentId === documentId),
    [markups, documentId],
  );
  const selected = docMarkups.find((m) => m.id === selectedId) ?? null;

  const open = (id: string) => {
    setDocumentId(id);
    setSheetIndex(0);
    setSelectedId(null);
  };
  const pick = (markup: Markup) => {
    setSheetIndex(markup.sheetIndex);
    setSelectedId(markup.id);
    setRevealToken((n) => n + 1);
  };
  const saved = (markup: Markup) => {
    setMarkups((list) => upsert(list, markup));
    setSelectedId(markup.id);
  };

  return (
    <div className="sheets-tab">
      <aside className="documents-pane">
        <h2>{t("dossier.documents")}</h2>
        <DocumentList
          documents={detail.documents}
          selectedId={documentId}
          onOpen={open}
        />
      </aside>
      <section className="viewer-pane">
        {doc === null ? (
          <p className="muted centered">{t("document.choose")}</p>
        ) : (
          <SheetViewer
            key={doc.id}
            client={client}
            document={doc}
            markups={docMarkups}
            sheetIndex={sheetIndex}
            onSheetIndex={(i) => {
              setSheetIndex(i);
              setSelectedId(null);
            }}
            selectedId={selectedId}
            onSelect={setSelectedId}
            revealToken={revealToken}
            onSaved={saved}
          />
        )}
      </section>
      <aside className="markups-pane">
        {selected && (
          <MarkupDetails
            client={client}
            user={user}
            markup={selected}
            onSaved={saved}
            onDeleted={(id) => {
              setMarkups((list) => list.filter((m) => m.id !== id));
              setSelectedId(null);
            }}
          />
        )}
        <MarkupList
          markups={docMarkups}
          selectedId={selectedId}
          onPick={pick}
        />
        {doc !== null && <p className="muted hint">{t("markup.hint")}</p>}
      </aside>
    </div>
  );
}
