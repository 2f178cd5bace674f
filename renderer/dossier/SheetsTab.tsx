import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Markup } from "../../shared/domain/entities";
import { ErrorMessage } from "../errors/ErrorMessage";
import { ExchangeMenu } from "../exchange/ExchangeMenu";
import { useT } from "../i18n/useT";
import { MarkupDetails } from "../markup/MarkupDetails";
import { editedDraft } from "../markup/markupArrange";
import { pastedDraft } from "../markup/markupDraft";
import { MarkupList } from "../markup/MarkupList";
import { MarkupsTable } from "../markup/MarkupsTable";
import { useArrangeKeys } from "../markup/useArrangeKeys";
import { useMarkupEditKeys } from "../markup/useMarkupEditKeys";
import { useMarkupEditor } from "../markup/useMarkupEditor";
import type { SearchHit } from "../search/searchHit";
import { keptHit } from "../search/keptHit";
import { SearchPanel } from "../search/SearchPanel";
import { DocumentTabs } from "../viewer/DocumentTabs";
import { SheetViewer } from "../viewer/SheetViewer";
import { useDocumentTabs } from "../viewer/useDocumentTabs";
import { DocumentList } from "./DocumentList";
import type { DossierPanelProps } from "./panelProps";

/** Replaces or adds a markup in a list, by id. */
function upsert(list: readonly Markup[], markup: Markup): Markup[] {
  const others = list.filter((m) => m.id !== markup.id);
  return markup.deleted ? others : [...others, markup];
}

/**
 * The Sheets tab: the documents, the open document's sheets with their
 * markups, the selected markup's details and the document's markups;
 * on demand, the markups list of the whole dossier below.
 */
export function SheetsTab(props: DossierPanelProps) {
  const { detail, client, user } = props;
  const t = useT();
  const rootRef = useRef<HTMLDivElement>(null);
  const firstReadable = detail.documents.find((d) => d.error === null);
  // Each open document has its tab, with its own sheet and view.
  const tabs = useDocumentTabs(
    { userId: user.id, dossierId: detail.dossier.id },
    firstReadable?.id ?? null,
  );
  const { activeId: documentId, sheetIndex, setSheetIndex } = tabs;
  // The open document's sheet strip lives in the documents pane.
  const [stripHost, setStripHost] = useState<HTMLDivElement | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [revealToken, setRevealToken] = useState(0);
  const [showTable, setShowTable] = useState(false);
  const [clipboard, setClipboard] = useState<Markup | null>(null);
  const [editError, setEditError] = useState<unknown>(null);
  const [hits, setHits] = useState<readonly SearchHit[]>([]);
  const [currentHit, setCurrentHit] = useState<SearchHit | null>(null);
  const [markups, setMarkups] = useState<Markup[]>(() =>
    detail.markups.filter((m) => !m.deleted),
  );

  // A reload of the dossier (sync, another panel) brings others' markups.
  useEffect(() => {
    setMarkups(detail.markups.filter((m) => !m.deleted));
  }, [detail.markups]);

  const editor = useMarkupEditor(
    client,
    (markup) => setMarkups((list) => upsert(list, markup)),
    detail.dossier.id,
    documentId,
  );

  const doc = detail.documents.find((d) => d.id === documentId) ?? null;
  const docMarkups = useMemo(
    () => markups.filter((m) => m.documentId === documentId),
    [markups, documentId],
  );
  const remarks = useMemo(
    () => docMarkups.filter((m) => m.kind !== "reply"),
    [docMarkups],
  );
  const selected = remarks.find((m) => m.id === selectedId) ?? null;
  const replies = useMemo(
    () =>
      markups.filter((m) => m.inReplyTo !== null && m.inReplyTo === selectedId),
    [markups, selectedId],
  );
  const isMine = (m: Markup) => m.authorId === user.id && m.origin === "lajna";

  const open = (id: string) => {
    tabs.open(id);
    setSelectedId(null);
  };
  // Stable, with the reply counts below, so that the markups list (which
  // holds thousands of rows) renders only when its markups change.
  const openTab = tabs.open;
  const pick = useCallback(
    (markup: Markup) => {
      openTab(markup.documentId, markup.sheetIndex);
      setSelectedId(markup.id);
      setRevealToken((n) => n + 1);
    },
    [openTab],
  );
  const counts = useMemo(() => replyCounts(markups), [markups]);
  const pickHit = (hit: SearchHit) => {
    tabs.open(hit.documentId, hit.sheetIndex);
    setSelectedId(null);
    setCurrentHit(hit);
    setRevealToken((n) => n + 1);
  };
  const sheetHits = hits.filter(
    (h) => h.documentId === documentId && h.sheetIndex === sheetIndex,
  );
  const created = (markup: Markup) => {
    editor.created(markup);
    setSelectedId(markup.id);
  };

  // Edits from the keyboard and the sheet report failures here.
  const attempt = (action: () => Promise<unknown>) => {
    setEditError(null);
    action().catch(setEditError);
  };

  useMarkupEditKeys(
    {
      deleteSelected: () => {
        if (selected === null || !isMine(selected)) return;
        attempt(async () => {
          await editor.remove(selected);
          setSelectedId(null);
        });
      },
      undo: () => void editor.undo(),
      redo: () => void editor.redo(),
      copy: () => setClipboard(selected),
      paste: () => {
        if (clipboard === null || doc === null) return;
        const draft = pastedDraft(clipboard, {
          id: crypto.randomUUID(),
          documentId: doc.id,
          sheetIndex,
        });
        attempt(async () => {
          const saved = await editor.save(null, draft);
          setSelectedId(saved.id);
        });
      },
    },
    () => rootRef.current?.offsetParent != null,
  );

  useArrangeKeys({
    selected,
    sheetMarkups: () =>
      remarks.filter((m) => m.sheetIndex === selected?.sheetIndex),
    canEdit: isMine,
    isActive: () => rootRef.current?.offsetParent != null,
    save: (before, draft) => attempt(() => editor.save(before, draft)),
  });

  const failure = editError ?? editor.error;

  return (
    <div
      ref={rootRef}
      className={showTable ? "sheets-tab with-table" : "sheets-tab"}
    >
      <aside className="documents-pane">
        <h2>{t("dossier.documents")}</h2>
        <DocumentList
          documents={detail.documents}
          selectedId={documentId}
          onOpen={open}
        />
        <div className="sheet-strip-host" ref={setStripHost} />
        <SearchPanel
          client={client}
          documents={detail.documents}
          current={currentHit}
          onResults={(found) => {
            setHits(found);
            setCurrentHit((picked) => keptHit(picked, found));
          }}
          onPick={pickHit}
        />
      </aside>
      <section className="viewer-pane">
        <DocumentTabs
          tabs={tabs.tabs}
          documents={detail.documents}
          activeId={documentId}
          onShow={open}
          onClose={(id) => {
            tabs.close(id);
            setSelectedId(null);
          }}
        />
        {doc === null ? (
          <p className="muted centered">{t("document.choose")}</p>
        ) : (
          <SheetViewer
            key={doc.id}
            memory={tabs.memoryOf(doc.id)}
            stripHost={stripHost}
            client={client}
            memberId={user.id}
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
            highlights={{
              boxes: sheetHits.flatMap((h) => h.boxes),
              current:
                currentHit !== null && sheetHits.includes(currentHit)
                  ? currentHit.boxes
                  : [],
            }}
            onSaved={created}
            canEdit={isMine}
            onEdited={(markup, change) =>
              attempt(() => editor.save(markup, editedDraft(markup, change)))
            }
          />
        )}
      </section>
      <aside className="markups-pane">
        <div className="actions">
          <button
            type="button"
            data-testid="markup-undo"
            disabled={!editor.canUndo}
            title={t("markup.undo")}
            onClick={() => void editor.undo()}
          >
            ↶
          </button>
          <button
            type="button"
            data-testid="markup-redo"
            disabled={!editor.canRedo}
            title={t("markup.redo")}
            onClick={() => void editor.redo()}
          >
            ↷
          </button>
          <button
            type="button"
            data-testid="markups-table-toggle"
            aria-pressed={showTable}
            onClick={() => setShowTable((v) => !v)}
          >
            {t("markup.table.toggle")}
          </button>
        </div>
        {failure !== null && (
          <ErrorMessage
            error={failure}
            context="markup"
            onDismiss={() => {
              setEditError(null);
              editor.clearError();
            }}
          />
        )}
        {selected && (
          <MarkupDetails
            user={user}
            markup={selected}
            replies={replies}
            editor={editor}
            onDeleted={() => setSelectedId(null)}
          />
        )}
        <MarkupList
          markups={remarks}
          replyCounts={counts}
          selectedId={selectedId}
          onPick={pick}
        />
        {doc !== null && <p className="muted hint">{t("markup.hint")}</p>}
        {doc !== null && (
          <ExchangeMenu
            client={client}
            document={doc}
            onImported={props.onChanged}
          />
        )}
      </aside>
      {showTable && (
        <MarkupsTable
          dossier={detail.dossier}
          markups={markups}
          documents={detail.documents}
          selectedId={selectedId}
          user={user}
          editor={editor}
          client={client}
          onPick={pick}
        />
      )}
    </div>
  );
}

/** How many replies each markup has, by id. */
function replyCounts(markups: readonly Markup[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const m of markups) {
    if (m.inReplyTo !== null) {
      counts.set(m.inReplyTo, (counts.get(m.inReplyTo) ?? 0) + 1);
    }
  }
  return counts;
}
