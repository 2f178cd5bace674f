import { useCallback, useEffect, useRef, useState } from "react";
import { newViewMemory, type DocumentViewMemory } from "./viewMemory";

/** One open document's tab: which document, and its sheet. */
export interface DocumentTab {
  readonly documentId: string;
  readonly sheetIndex: number;
}

/** What a dossier's tabs were when the reviewer left it. */
interface RememberedTabs {
  readonly tabs: readonly DocumentTab[];
  readonly activeId: string | null;
  readonly memories: Map<string, DocumentViewMemory>;
}

/**
 * The tabs of the dossiers opened in this session, by member and dossier,
 * so that going back to the inbox and into the dossier again shows the
 * same tabs, sheets and views, while another member signing in on the
 * same workstation starts afresh. Only the last few are kept; views hold
 * no rasters.
 */
const rememberedTabs = new Map<string, RememberedTabs>();
const REMEMBERED_DOSSIERS = 20;

function remember(key: string, state: RememberedTabs): void {
  rememberedTabs.delete(key);
  rememberedTabs.set(key, state);
  const oldest = rememberedTabs.keys().next().value;
  if (rememberedTabs.size > REMEMBERED_DOSSIERS && oldest !== undefined) {
    rememberedTabs.delete(oldest);
  }
}

/**
 * The documents open in tabs above the viewer, the one shown, and what
 * each remembers of its view while hidden (see DocumentViewMemory). Only
 * the shown tab has a viewer; the others keep their memory only, so a
 * hidden tab holds no raster memory. A dossier the member opens again in
 * the same session gets its tabs back; a new one opens `firstId`.
 */
export function useDocumentTabs(
  place: { readonly userId: string; readonly dossierId: string },
  firstId: string | null,
) {
  const key = `${place.userId}/${place.dossierId}`;
  const [initial] = useState(
    (): RememberedTabs =>
      rememberedTabs.get(key) ?? {
        tabs: firstId === null ? [] : [{ documentId: firstId, sheetIndex: 0 }],
        activeId: firstId,
        memories: new Map(),
      },
  );
  const [tabs, setTabs] = useState(initial.tabs);
  const [activeId, setActiveId] = useState(initial.activeId);
  const memories = useRef(initial.memories);

  useEffect(() => {
    remember(key, { tabs, activeId, memories: memories.current });
  }, [key, tabs, activeId]);

  /** Shows a document, opening its tab if needed; at a sheet if given. */
  const open = useCallback((documentId: string, sheetIndex?: number) => {
    setTabs((list) => {
      const known = list.find((tab) => tab.documentId === documentId);
      const wanted = { documentId, sheetIndex: sheetIndex ?? 0 };
      if (known === undefined) return [...list, wanted];
      if (sheetIndex === undefined) return list;
      return list.map((tab) => (tab === known ? wanted : tab));
    });
    setActiveId(documentId);
  }, []);

  /** Closes a tab and forgets its view; a neighbour is shown instead. */
  const close = useCallback(
    (documentId: string) => {
      memories.current.delete(documentId);
      const at = tabs.findIndex((tab) => tab.documentId === documentId);
      const rest = tabs.filter((tab) => tab.documentId !== documentId);
      setTabs(rest);
      if (activeId === documentId) {
        const neighbour = rest[Math.min(at, rest.length - 1)];
        setActiveId(neighbour?.documentId ?? null);
      }
    },
    [tabs, activeId],
  );

  /** Changes the shown tab's sheet. */
  const setSheetIndex = useCallback(
    (sheetIndex: number) =>
      setTabs((list) =>
        list.map((tab) =>
          tab.documentId === activeId ? { ...tab, sheetIndex } : tab,
        ),
      ),
    [activeId],
  );

  /** A tab's memory, created on first use. */
  const memoryOf = useCallback((documentId: string): DocumentViewMemory => {
    let memory = memories.current.get(documentId);
    if (memory === undefined) {
      memory = newViewMemory();
      memories.current.set(documentId, memory);
    }
    return memory;
  }, []);

  const active = tabs.find((tab) => tab.documentId === activeId) ?? null;
  return {
    tabs,
    activeId: active?.documentId ?? null,
    sheetIndex: active?.sheetIndex ?? 0,
    open,
    close,
    setSheetIndex,
    memoryOf,
  };
}
