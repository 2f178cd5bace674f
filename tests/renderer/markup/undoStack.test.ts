import { describe, expect, it } from "vitest";
import { markupSchema, type Markup } from "../../../shared/domain/entities";
import { pastedDraft, toDraft } from "../../../renderer/markup/markupDraft";
import {
  emptyUndo,
  recordEdit,
  redo,
  undo,
  UNDO_LIMIT,
} from "../../../renderer/markup/undoStack";

function markup(id: string, comment: string): Markup {
  return markupSchema.parse({
    id,
    dossierId: "d1",
    documentId: "doc1",
    sheetIndex: 0,
    kind: "cloud",
    points: [
      { x: 10, y: 10 },
      { x: 20, y: 10 },
      { x: 20, y: 20 },
    ],
    comment,
    color: "#d62828",
    authorId: "u1",
    authorName: "Amal",
    service: "Agence urbaine",
    createdAt: "2026-01-01T00:00:00Z",
    updatedAt: "2026-01-01T00:00:00Z",
    deleted: false,
  });
}

describe("undo stack", () => {
  it("undoes a creation by deleting, a change by restoring, a deletion by saving", () => {
    const a = markup("a", "first");
    const a2 = markup("a", "second");
    let state = recordEdit(emptyUndo, { before: null, after: a });
    state = recordEdit(state, { before: a, after: a2 });
    state = recordEdit(state, { before: a2, after: null });

    const one = undo(state);
    expect(one?.step).toEqual({ target: a2, current: null });
    const two = undo(one!.state);
    expect(two?.step).toEqual({ target: a, current: a2 });
    const three = undo(two!.state);
    expect(three?.step).toEqual({ target: null, current: a });
    expect(undo(three!.state)).toBeNull();
  });

  it("redoes in order and forgets the redo branch after a new edit", () => {
    const a = markup("a", "first");
    const b = markup("b", "other");
    let state = recordEdit(emptyUndo, { before: null, after: a });
    state = undo(state)!.state;
    const again = redo(state);
    expect(again?.step).toEqual({ target: a, current: null });
    expect(redo(again!.state)).toBeNull();

    state = recordEdit(state, { before: null, after: b });
    expect(state.future).toHaveLength(0);
    expect(redo(state)).toBeNull();
  });

  it("remembers at most its limit of edits", () => {
    let state = emptyUndo;
    for (let i = 0; i < UNDO_LIMIT + 20; i++) {
      state = recordEdit(state, { before: null, after: markup(`m${i}`, "") });
    }
    expect(state.past).toHaveLength(UNDO_LIMIT);
    expect(state.past[0]?.after?.id).toBe("m20");
  });
});

describe("drafts for saving again and pasting", () => {
  it("sends back only the fields the page may set", () => {
    const draft = toDraft(markup("a", "x"));
    expect(Object.keys(draft)).not.toContain("authorId");
    expect(Object.keys(draft)).not.toContain("round");
    expect(draft.status).toBe("open");
  });

  it("pastes with a new id, shifted on its own sheet, unmoved on another", () => {
    const source = { ...markup("a", "x"), status: "resolved" as const };
    const same = pastedDraft(source, {
      id: "n",
      documentId: "doc1",
      sheetIndex: 0,
    });
    expect(same.id).toBe("n");
    expect(same.points[0]).toEqual({ x: 22, y: -2 });
    expect(same.status).toBe("open");
    const other = pastedDraft(source, {
      id: "m",
      documentId: "doc2",
      sheetIndex: 3,
    });
    expect(other.points[0]).toEqual({ x: 10, y: 10 });
    expect(other.documentId).toBe("doc2");
    expect(other.sheetIndex).toBe(3);
  });
});
