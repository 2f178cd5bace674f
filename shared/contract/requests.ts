import { z } from "zod";
import {
  dossierSchema,
  documentSchema,
  georeferenceSchema,
  markupSchema,
  opinionSchema,
  userSchema,
  verdictSchema,
  opinionClauseSchema,
  zoneSchema,
  zoningPlanSchema,
  commissionSchema,
  sessionSchema,
  procedureSchema,
  dossierStatusSchema,
} from "../domain/entities";
import { serviceStampSchema } from "../domain/stamps";
import { exchangeLimits } from "../annotations/exchangeTypes";

/**
 * The typed contract between the renderer and the workstation services
 * (Electron's main process, or the Node host in browser mode). Each entry
 * names a request kind, the payload the renderer sends and the result the
 * services answer. Both sides validate with these schemas, so a malformed
 * message is refused at the boundary instead of reaching a service.
 *
 * Binary payloads are `Uint8Array`; the browser transport encodes them.
 */

const bytes = z.instanceof(Uint8Array);
const id = z.string().min(1).max(200);
/**
 * The UI language a printed or exported document is worded in; exports
 * whose caller does not say are worded in English, as before.
 */
const uiLanguage = z.enum(["ar", "fr", "en"]).default("en");

/** The inbox line for one dossier. */
export const dossierSummarySchema = z.object({
  id,
  number: z.string(),
  procedure: procedureSchema,
  commune: z.string(),
  deadline: z.string(),
  status: dossierStatusSchema,
  sessionTitle: z.string().nullable(),
  sessionDate: z.string().nullable(),
  /** The signed-in member has signed an opinion on it. */
  myOpinionSigned: z.boolean(),
});
export type DossierSummary = z.infer<typeof dossierSummarySchema>;

/** The state of background sync, pushed as an event and asked for. */
export const syncStatusSchema = z.object({
  online: z.boolean(),
  running: z.boolean(),
  /** Local changes not yet accepted by the server. */
  pendingChanges: z.number().int().nonnegative(),
  /** Documents still to download, for the progress indicator. */
  pendingDownloads: z.number().int().nonnegative(),
  lastSyncAt: z.string().nullable(),
  /** A translation key for the last failure, or null. */
  lastErrorKey: z.string().nullable(),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

/** Everything a workstation shows for one dossier. */
export const dossierDetailSchema = z.object({
  dossier: dossierSchema,
  documents: z.array(documentSchema),
  markups: z.array(markupSchema),
  opinions: z.array(opinionSchema),
  georeferences: z.array(georeferenceSchema),
  commission: commissionSchema.nullable(),
  session: sessionSchema.nullable(),
});
export type DossierDetail = z.infer<typeof dossierDetailSchema>;

/** The zoning seen around a dossier's parcel. */
export const zoningViewSchema = z.object({
  plan: zoningPlanSchema.nullable(),
  zones: z.array(zoneSchema),
  /** The zone containing the parcel's centroid, if any. */
  parcelZoneId: z.string().nullable(),
});
export type ZoningView = z.infer<typeof zoningViewSchema>;

/** Fields the renderer may set when saving a markup; the rest is derived. */
export const markupDraftSchema = markupSchema.pick({
  id: true,
  dossierId: true,
  documentId: true,
  sheetIndex: true,
  kind: true,
  points: true,
  comment: true,
  color: true,
  strokes: true,
  style: true,
  status: true,
  inReplyTo: true,
  subject: true,
  measurement: true,
  zOrder: true,
});
export type MarkupDraft = z.infer<typeof markupDraftSchema>;

/** A markup draft as the renderer sends it: defaulted fields may be absent. */
export type MarkupDraftInput = z.input<typeof markupDraftSchema>;

/** The answer to an undo or redo of markup edits. */
export const markupUndoResultSchema = z.object({
  markup: markupSchema.nullable(),
  canUndo: z.boolean(),
  canRedo: z.boolean(),
});
export type MarkupUndoResult = z.infer<typeof markupUndoResultSchema>;

/**
 * Where undo and redo step: the edits on one document of a dossier, as
 * the reviewer sees it, or on the whole dossier without `documentId`.
 */
export const undoPlaceSchema = z.object({
  dossierId: id,
  documentId: id.optional(),
});

/** Fields the renderer sets for an opinion draft. */
export const opinionDraftSchema = z.object({
  dossierId: id,
  verdict: verdictSchema,
  conditions: z.array(opinionClauseSchema),
  reasons: z.array(opinionClauseSchema),
});
export type OpinionDraft = z.infer<typeof opinionDraftSchema>;

/** Fields the renderer sets when placing a sheet on the map. */
export const georeferenceDraftSchema = georeferenceSchema.pick({
  dossierId: true,
  documentId: true,
  sheetIndex: true,
  sheetPoints: true,
  mapPoints: true,
  crs: true,
  opacity: true,
});
export type GeoreferenceDraft = z.infer<typeof georeferenceDraftSchema>;

/** Every request kind with its payload and result schemas. */
export const requestSchemas = {
  "session.status": {
    payload: z.object({}),
    result: z.object({ user: userSchema.nullable(), serverUrl: z.string() }),
  },
  "session.signIn": {
    payload: z.object({
      username: z.string().min(1).max(200),
      password: z.string().min(1).max(1000),
    }),
    result: userSchema,
  },
  "session.signOut": { payload: z.object({}), result: z.object({}) },
  "sync.status": { payload: z.object({}), result: syncStatusSchema },
  "sync.now": { payload: z.object({}), result: syncStatusSchema },
  "dossiers.list": {
    payload: z.object({}),
    result: z.array(dossierSummarySchema),
  },
  "dossiers.get": {
    payload: z.object({ dossierId: id }),
    result: dossierDetailSchema,
  },
  "documents.read": {
    payload: z.object({ documentId: id }),
    result: z.object({ bytes }),
  },
  "markups.save": { payload: markupDraftSchema, result: markupSchema },
  "markups.delete": {
    payload: z.object({ markupId: id }),
    result: z.object({}),
  },
  "georeferences.save": {
    payload: georeferenceDraftSchema,
    result: georeferenceSchema,
  },
  "zoning.forDossier": {
    payload: z.object({ dossierId: id }),
    result: zoningViewSchema,
  },
  "opinions.saveDraft": { payload: opinionDraftSchema, result: opinionSchema },
  "opinions.sign": {
    payload: z.object({
      opinionId: id,
      /** The member's PKCS#12 file, as chosen in a file dialog. */
      pkcs12: bytes,
      password: z.string().max(1000),
    }),
    result: opinionSchema,
  },
  "opinions.signedPdf": {
    payload: z.object({ opinionId: id }),
    result: z.object({ bytes }),
  },
  "decisions.print": {
    payload: z.object({ dossierId: id }),
    result: z.object({ bytes }),
  },
  /**
   * The markups list as the table shows it (filtered, in its order) printed
   * as a PDF summary in `language`; `round` is the round the list was
   * filtered to, null for all. Markups not of the dossier are ignored.
   */
  "markups.printSummary": {
    payload: z.object({
      dossierId: id,
      markupIds: z.array(id).max(50_000),
      round: z.number().int().positive().nullable(),
      language: z.enum(["ar", "fr", "en"]),
    }),
    result: z.object({ bytes }),
  },
  "log.write": {
    payload: z.object({
      level: z.enum(["error", "warn", "info", "debug"]),
      message: z.string().max(4000),
      fields: z.record(z.string(), z.union([z.string(), z.number()])),
    }),
    result: z.object({}),
  },
  /**
   * Reads an XFDF file (Acrobat, Bluebeam) onto a document's sheets. All or
   * nothing: any unreadable annotation refuses the whole file with an
   * `xfdf.error.*` key and nothing is saved. Imported markups keep their
   * author's name, are owned by the importing user (who answers for them
   * in sync) and have origin "imported". `skipped` counts annotations that
   * are not review markups (links, form fields).
   */
  "markups.importXfdf": {
    payload: z.object({
      dossierId: id,
      documentId: id,
      // Up to what the menu sends, so that readXfdf refuses a file over
      // exchangeLimits with its own message rather than a schema error.
      xfdf: z.string().max(2 * exchangeLimits.maxXfdfChars),
      /**
       * Set once the reviewer confirmed importing a file made for another
       * PDF (`xfdf.error.otherDocument`).
       */
      otherDocument: z.boolean().default(false),
    }),
    result: z.object({
      imported: z.number().int().nonnegative(),
      skipped: z.number().int().nonnegative(),
      /** Markups left out because they lie wholly off their sheet. */
      outside: z.number().int().nonnegative(),
    }),
  },
  /** A document's markups as an XFDF file for Acrobat and Bluebeam. */
  "markups.exportXfdf": {
    payload: z.object({ dossierId: id, documentId: id, language: uiLanguage }),
    result: z.object({ xfdf: z.string(), fileName: z.string() }),
  },
  /**
   * A new PDF of a document with its markups as real annotations (with
   * appearance streams), or drawn into the pages when `flatten` is set.
   * The stored original is never changed.
   */
  "documents.exportAnnotated": {
    payload: z.object({
      documentId: id,
      flatten: z.boolean(),
      language: uiLanguage,
    }),
    result: z.object({ bytes, fileName: z.string() }),
  },
  /**
   * The annotations already inside a document's PDF, as read-only markups
   * of origin "document". They are read from the file each time, never
   * stored, so nobody can edit or delete them.
   */
  "documents.annotations": {
    payload: z.object({ documentId: id }),
    result: z.object({ markups: z.array(markupSchema) }),
  },
  /**
   * Undo or redo the member's newest own markup edit on a dossier (saves
   * and deletions through 'markups.save' and 'markups.delete'). The
   * history is kept by the workstation, so it survives a reload and a
   * restart; the step goes through the ordinary save path and syncs.
   * `markup` is the markup as it now stands (a tombstone when the step
   * removed it), null when there was nothing to do.
   */
  "markups.undo": {
    payload: undoPlaceSchema,
    result: markupUndoResultSchema,
  },
  "markups.redo": {
    payload: undoPlaceSchema,
    result: markupUndoResultSchema,
  },
  /** The stamps of the signed-in member's service, beside the standard four. */
  "stamps.mine": {
    payload: z.object({}),
    result: z.object({ stamps: z.array(serviceStampSchema) }),
  },
  /** Whether undo and redo have anything to do on a dossier. */
  "markups.history": {
    payload: undoPlaceSchema,
    result: markupUndoResultSchema.omit({ markup: true }),
  },
} as const;

/** The name of a request kind. */
export type RequestKind = keyof typeof requestSchemas;

/**
 * The payload a caller sends for a request kind: fields with defaults may
 * be left out.
 */
export type RequestPayload<K extends RequestKind> = z.input<
  (typeof requestSchemas)[K]["payload"]
>;

/** The payload a handler receives, after validation filled the defaults. */
export type ValidatedPayload<K extends RequestKind> = z.output<
  (typeof requestSchemas)[K]["payload"]
>;

/** The result type of a request kind. */
export type RequestResult<K extends RequestKind> = z.infer<
  (typeof requestSchemas)[K]["result"]
>;
