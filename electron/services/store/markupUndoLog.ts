import type { Database } from "better-sqlite3";
import { markupSchema, type Markup } from "../../../shared/domain/entities";

/** How many edits each member keeps per dossier. */
export const MARKUP_UNDO_LIMIT = 200;

/** One edit: a creation (before null), a deletion (after null), a change. */
export interface MarkupUndoEntry {
  readonly seq: number;
  readonly before: Markup | null;
  readonly after: Markup | null;
}

/** Whether there is something to undo or redo. */
export interface MarkupUndoState {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

interface Row {
  seq: number;
  before_json: string | null;
  after_json: string | null;
}

/**
 * The document an entry's markup lies on, read from its JSON: each
 * document of a dossier has its own history, as in other PDF viewers,
 * so an undo never reverses an edit on a document not in view.
 */
const ENTRY_DOCUMENT = `COALESCE(json_extract(after_json, '$.documentId'),
  json_extract(before_json, '$.documentId'))`;

/** The entries of one document, or of the whole dossier when null. */
const ON_DOCUMENT = `(? IS NULL OR ${ENTRY_DOCUMENT} = ?)`;

/**
 * The undo history of a member's own markup edits on each dossier, kept
 * in the workstation store (`markup_undo`) so that it survives a reload
 * of the page and a restart of the workstation. Each document's entries
 * not undone are its past; undone ones (always its newest, since a new
 * edit on that document forgets them) are its future, redone oldest
 * first. Calls without a document step through the whole dossier.
 */
export class MarkupUndoLog {
  constructor(private readonly db: Database) {}

  /** Records a new edit, forgetting what was undone, within the limit. */
  record(
    userId: string,
    dossierId: string,
    before: Markup | null,
    after: Markup | null,
  ): void {
    const documentId = (after ?? before)?.documentId ?? null;
    this.db.transaction(() => {
      this.db
        .prepare(
          `DELETE FROM markup_undo WHERE user_id = ? AND dossier_id = ?
             AND undone = 1 AND ${ON_DOCUMENT}`,
        )
        .run(userId, dossierId, documentId, documentId);
      this.db
        .prepare(
          `INSERT INTO markup_undo
             (user_id, dossier_id, before_json, after_json, created_at)
           VALUES (?, ?, ?, ?, ?)`,
        )
        .run(userId, dossierId, json(before), json(after), nowIso());
      this.trim(userId, dossierId);
    })();
  }

  /** The edit an undo would reverse, newest first. */
  nextUndo(
    userId: string,
    dossierId: string,
    documentId: string | null = null,
  ): MarkupUndoEntry | null {
    return this.first(userId, dossierId, documentId, 0, "DESC");
  }

  /** The edit a redo would make again: the oldest undone one. */
  nextRedo(
    userId: string,
    dossierId: string,
    documentId: string | null = null,
  ): MarkupUndoEntry | null {
    return this.first(userId, dossierId, documentId, 1, "ASC");
  }

  private first(
    userId: string,
    dossierId: string,
    documentId: string | null,
    undone: 0 | 1,
    order: "ASC" | "DESC",
  ): MarkupUndoEntry | null {
    const row = this.db
      .prepare(
        `SELECT seq, before_json, after_json FROM markup_undo
         WHERE user_id = ? AND dossier_id = ? AND undone = ?
           AND ${ON_DOCUMENT}
         ORDER BY seq ${order} LIMIT 1`,
      )
      .get(userId, dossierId, undone, documentId, documentId) as
      Row | undefined;
    return row === undefined ? null : entryOf(row);
  }

  /** Marks an entry undone (true) or done again (false). */
  mark(seq: number, undone: boolean): void {
    this.db
      .prepare("UPDATE markup_undo SET undone = ? WHERE seq = ?")
      .run(undone ? 1 : 0, seq);
  }

  /** Whether undo and redo have anything to do (on one document). */
  state(
    userId: string,
    dossierId: string,
    documentId: string | null = null,
  ): MarkupUndoState {
    return {
      canUndo: this.nextUndo(userId, dossierId, documentId) !== null,
      canRedo: this.nextRedo(userId, dossierId, documentId) !== null,
    };
  }

  /** How many entries a member keeps on a dossier. */
  size(userId: string, dossierId: string): number {
    const row = this.db
      .prepare(
        "SELECT COUNT(*) AS n FROM markup_undo WHERE user_id = ? AND dossier_id = ?",
      )
      .get(userId, dossierId) as { n: number };
    return row.n;
  }

  private trim(userId: string, dossierId: string): void {
    this.db
      .prepare(
        `DELETE FROM markup_undo WHERE user_id = ? AND dossier_id = ?
           AND seq NOT IN (
             SELECT seq FROM markup_undo WHERE user_id = ? AND dossier_id = ?
             ORDER BY seq DESC LIMIT ?)`,
      )
      .run(userId, dossierId, userId, dossierId, MARKUP_UNDO_LIMIT);
  }
}

function json(markup: Markup | null): string | null {
  return markup === null ? null : JSON.stringify(markup);
}

function parse(text: string | null): Markup | null {
  return text === null ? null : markupSchema.parse(JSON.parse(text));
}

function entryOf(row: Row): MarkupUndoEntry {
  return {
    seq: row.seq,
    before: parse(row.before_json),
    after: parse(row.after_json),
  };
}

function nowIso(): string {
  return new Date().toISOString();
}
