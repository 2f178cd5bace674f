import type { Database as SqliteDatabase } from "better-sqlite3";
import {
  documentSchema,
  dossierSchema,
  georeferenceSchema,
  markupSchema,
  opinionSchema,
} from "../../shared/domain/entities";
import type {
  Dossier,
  DossierDocument,
  Georeference,
  Markup,
  Opinion,
} from "../../shared/domain/entities";
import type { DossierStore } from "./store";
import { RecordTable } from "./sqliteRecords";

/** Dossiers, documents, markups, georeferences, opinions and blobs. */
export class SqliteDossierStore implements DossierStore {
  private readonly dossiers;
  private readonly documents;
  private readonly markups;
  private readonly georeferences;
  private readonly opinions;

  constructor(private readonly db: SqliteDatabase) {
    this.dossiers = new RecordTable(db, "dossiers", dossierSchema);
    this.documents = new RecordTable(db, "documents", documentSchema);
    this.markups = new RecordTable(db, "markups", markupSchema);
    this.georeferences = new RecordTable(
      db,
      "georeferences",
      georeferenceSchema,
    );
    this.opinions = new RecordTable(db, "opinions", opinionSchema);
  }

  putDossier(dossier: Dossier): void {
    this.dossiers.put(dossier.id, dossier, {
      number: dossier.number,
      commission_id: dossier.commissionId,
    });
  }

  getDossier(id: string): Dossier | null {
    return this.dossiers.get(id);
  }

  findDossierByNumber(number: string): Dossier | null {
    return this.dossiers.where("number = ?", number)[0] ?? null;
  }

  listDossiers(commissionIds: readonly string[] | "all"): Dossier[] {
    if (commissionIds === "all")
      return this.dossiers.where("1 = 1 ORDER BY number");
    if (commissionIds.length === 0) return [];
    const marks = commissionIds.map(() => "?").join(", ");
    return this.dossiers.where(
      `commission_id IN (${marks}) ORDER BY number`,
      ...commissionIds,
    );
  }

  putDocument(document: DossierDocument): void {
    this.documents.put(document.id, document, {
      dossier_id: document.dossierId,
      sha256: document.sha256,
    });
  }

  getDocument(id: string): DossierDocument | null {
    return this.documents.get(id);
  }

  listDocuments(dossierId: string): DossierDocument[] {
    return this.documents.where("dossier_id = ? ORDER BY rowid", dossierId);
  }

  findDocumentsBySha256(sha256: string): DossierDocument[] {
    return this.documents.where("sha256 = ?", sha256);
  }

  putMarkup(markup: Markup): void {
    this.markups.put(markup.id, markup, { dossier_id: markup.dossierId });
  }

  getMarkup(id: string): Markup | null {
    return this.markups.get(id);
  }

  listMarkups(dossierId: string): Markup[] {
    return this.markups.where("dossier_id = ? ORDER BY rowid", dossierId);
  }

  putGeoreference(georeference: Georeference): void {
    this.georeferences.put(georeference.id, georeference, {
      dossier_id: georeference.dossierId,
    });
  }

  getGeoreference(id: string): Georeference | null {
    return this.georeferences.get(id);
  }

  putOpinion(opinion: Opinion): void {
    this.opinions.put(opinion.id, opinion, {
      dossier_id: opinion.dossierId,
      member_id: opinion.memberId,
      round: opinion.round,
    });
  }

  findOpinionsBySignedPdf(sha256: string): Opinion[] {
    return this.opinions.where(
      "json_extract(record_json, '$.signedPdfSha256') = ?",
      sha256,
    );
  }

  getOpinion(id: string): Opinion | null {
    return this.opinions.get(id);
  }

  listMemberOpinions(dossierId: string, memberId: string): Opinion[] {
    return this.opinions.where(
      "dossier_id = ? AND member_id = ?",
      dossierId,
      memberId,
    );
  }

  recordBlob(sha256: string, sizeBytes: number): void {
    this.db
      .prepare(
        "INSERT OR IGNORE INTO blobs (sha256, size_bytes, stored_at) " +
          "VALUES (?, ?, ?)",
      )
      .run(sha256, sizeBytes, new Date().toISOString());
  }

  hasBlob(sha256: string): boolean {
    return (
      this.db.prepare("SELECT 1 FROM blobs WHERE sha256 = ?").get(sha256) !==
      undefined
    );
  }
}
