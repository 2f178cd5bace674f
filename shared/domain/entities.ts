import { z } from "zod";
import { serviceStampSchema, stampImageSchema } from "./stamps";

/**
 * The domain's entities as they travel between server, workstation and
 * renderer. Each schema validates at a boundary; the inferred types are the
 * ones the code uses. Words follow the glossary in DOMAIN.md.
 */

const xy = z.object({ x: z.number().finite(), y: z.number().finite() });

/** The permit kinds a Commission reviews. */
export const procedureSchema = z.enum([
  "building_permit",
  "subdivision",
  "housing_group",
  "land_division",
]);
export type Procedure = z.infer<typeof procedureSchema>;

/** Where a dossier stands; the public tracking page shows these stages. */
export const dossierStatusSchema = z.enum([
  "registered",
  "under_review",
  "decided",
]);
export type DossierStatus = z.infer<typeof dossierStatusSchema>;

/** A dated stage of a dossier, shown on the public tracking page. */
export const stageSchema = z.object({
  stage: z.enum([
    "registered",
    "dispatched",
    "opinion_given",
    "decided",
    "resubmitted",
  ]),
  at: z.string(),
});
export type Stage = z.infer<typeof stageSchema>;

/** The kind of a Document, as listed in a dossier's contents. */
export const documentKindSchema = z.enum([
  "location_plan",
  "site_plan",
  "level_plan",
  "facade",
  "section",
  "signed_opinion",
  "other",
]);
export type DocumentKind = z.infer<typeof documentKindSchema>;

/** One application under review. The parcel ring is in the plan's CRS. */
export const dossierSchema = z.object({
  id: z.string(),
  number: z.string(),
  procedure: procedureSchema,
  commune: z.string(),
  applicant: z.string(),
  architect: z.string(),
  landTitle: z.string(),
  /** Outer ring of the parcel, in metres of `parcelCrs` (closed or not). */
  parcel: z.array(xy),
  parcelCrs: z.string(),
  commissionId: z.string(),
  sessionId: z.string().nullable(),
  status: dossierStatusSchema,
  /** ISO date (YYYY-MM-DD) by which the commission must decide. */
  deadline: z.string(),
  registeredAt: z.string(),
  stages: z.array(stageSchema),
  /**
   * The current review round: 1 at registration, one more at each
   * resubmission. Absent on records written before rounds existed, which
   * read as round 1 (`dossierRound` in shared/domain/rounds.ts).
   */
  round: z.number().int().positive().optional(),
});
export type Dossier = z.infer<typeof dossierSchema>;

/**
 * One file of a dossier, stored by content hash. `error` is set when the
 * server could not read the file as a PDF: the dossier still opens, and the
 * user is told what is wrong with this one document.
 */
export const documentSchema = z.object({
  id: z.string(),
  dossierId: z.string(),
  kind: documentKindSchema,
  title: z.string(),
  fileName: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  sizeBytes: z.number().int().nonnegative(),
  pageCount: z.number().int().nonnegative().nullable(),
  error: z.string().nullable(),
  /**
   * The review round the document was submitted in; absent means round 1
   * (`documentRound` in shared/domain/rounds.ts).
   */
  round: z.number().int().positive().optional(),
  /**
   * The document of an earlier round this one revises (its sheets are the
   * Revisions of that document's sheets, index for index); null or absent
   * when it revises nothing.
   */
  revisionOf: z.string().nullable().optional(),
});
export type DossierDocument = z.infer<typeof documentSchema>;

/**
 * The kinds of markup. `reply` carries an answer to another markup (its
 * `inReplyTo`) at the same place; `measure_*` are measurements whose value
 * follows from the points and the calibration they carry, and
 * `measure_calibration` records a sheet's scale (shared/measure/README.md).
 */
export const markupKindSchema = z.enum([
  "cloud",
  "arrow",
  "line",
  "rectangle",
  "ellipse",
  "polyline",
  "polygon",
  "callout",
  "text",
  "note",
  "ink",
  "highlight",
  "stamp",
  "reply",
  "measure_length",
  "measure_polyline",
  "measure_area",
  "measure_angle",
  "measure_count",
  "measure_calibration",
]);
export type MarkupKind = z.infer<typeof markupKindSchema>;

/** Where a remark stands in review; the next round checks the open ones. */
export const markupStatusSchema = z.enum([
  "open",
  "accepted",
  "rejected",
  "resolved",
]);
export type MarkupStatus = z.infer<typeof markupStatusSchema>;

/**
 * How a markup is drawn. Widths and sizes are in PDF points so that they
 * scale with the sheet; absent values take the tool's defaults.
 */
export const markupStyleSchema = z.object({
  strokeWidthPt: z.number().positive().max(200).optional(),
  fillColor: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .nullable()
    .optional(),
  opacity: z.number().min(0).max(1).optional(),
  fontSizePt: z.number().positive().max(500).optional(),
  /** Arc size of a revision cloud, as XFDF's cloudy border intensity. */
  cloudIntensity: z.number().min(0).max(10).optional(),
  /**
   * Clockwise rotation on paper, in degrees, about the centre of a box
   * (rectangle, ellipse, cloud, highlight, stamp) or the anchor of a text.
   * Point-list kinds are turned by turning their points instead.
   */
  rotationDeg: z.number().min(-360).max(360).optional(),
  /** Stamp label (Approved, Rejected, ... or a service's own). */
  stampLabel: z.string().max(200).optional(),
  /** The service stamp a stamp was made from (shared/domain/stamps.ts). */
  stampId: z.string().max(200).optional(),
  /** The picture of a service's image stamp, kept with the placed stamp. */
  stampImage: stampImageSchema.optional(),
});
export type MarkupStyle = z.infer<typeof markupStyleSchema>;

/**
 * A sheet's scale: how many metres of the real world one unit of the
 * page's PDF user space stands for, along x and y of that space (they
 * differ only under a PDF measure dictionary with its own /Y). A unit of
 * user space is /UserUnit / 72 inch of paper. See shared/measure.
 */
export const calibrationSchema = z.object({
  /** Two points at a known distance, a standard scale, or the PDF's /VP. */
  source: z.enum(["two_points", "standard_scale", "document"]),
  metresPerUnitX: z.number().positive().finite(),
  metresPerUnitY: z.number().positive().finite(),
  /** The paper scale's denominator (100 for 1/100), for precision. */
  scaleDenominator: z.number().positive().finite(),
  /** The known distance, for a two-point calibration. */
  knownLengthM: z.number().positive().finite().optional(),
});
export type Calibration = z.infer<typeof calibrationSchema>;

/**
 * What makes a markup a measurement: the calibration its value was
 * computed with, kept with it so the value does not change when the sheet
 * is calibrated again later. On a `measure_calibration` markup it is the
 * sheet's new calibration.
 */
export const measurementSchema = z.object({ calibration: calibrationSchema });
export type Measurement = z.infer<typeof measurementSchema>;

/**
 * An annotation on a sheet. Points are in PDF user space of the page
 * (points, y up), so a markup stays put at any zoom. Only its author edits
 * it; others reply with a `reply` markup. `deleted` is a tombstone so that
 * deletions sync. Fields after `deleted` came with the full tool set; their
 * defaults let records written before them still parse.
 */
export const markupSchema = z.object({
  id: z.string(),
  dossierId: z.string(),
  documentId: z.string(),
  /** Zero-based page index within the document. */
  sheetIndex: z.number().int().nonnegative(),
  kind: markupKindSchema,
  points: z.array(xy).min(1).max(10_000),
  comment: z.string().max(10_000),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  authorId: z.string(),
  authorName: z.string(),
  service: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deleted: z.boolean(),
  /** Freehand strokes of an ink markup (each a list of points). */
  strokes: z.array(z.array(xy).max(10_000)).max(1000).default([]),
  style: markupStyleSchema.default({}),
  status: markupStatusSchema.default("open"),
  /** The markup this one answers, for `reply` markups. */
  inReplyTo: z.string().nullable().default(null),
  /** The review round in which the markup was made. */
  round: z.number().int().positive().default(1),
  /** A short title, as Acrobat's and Bluebeam's subject. */
  subject: z.string().max(500).default(""),
  /**
   * Drawing order on its sheet: higher is drawn above. Absent reads as 0,
   * and markups of equal order are drawn oldest first.
   */
  zOrder: z.number().finite().optional(),
  /**
   * `document`: found inside the submitted PDF, shown read-only;
   * `imported`: read from an XFDF file; `lajna`: drawn here.
   */
  origin: z.enum(["lajna", "document", "imported"]).default("lajna"),
  /**
   * Attributes of an annotation read from XFDF or a PDF that the markup
   * model does not express (a Marked or Cancelled state, line endings, a
   * stamp's appearance...), by XFDF attribute name. Export writes them back
   * so that an exchange with Acrobat or Bluebeam loses nothing. Optional:
   * markups drawn here have none.
   */
  foreign: z.record(z.string().max(100), z.string().max(1_000_000)).optional(),
  /**
   * Set on `measure_*` markups (see Measurement). Optional: other markups
   * and records written before measurements existed have none.
   */
  measurement: measurementSchema.optional(),
  /**
   * For a remark carried to a revised sheet when its dossier was
   * resubmitted: the id of the open remark of the earlier round it
   * continues. Absent on every other markup.
   */
  carriedFrom: z.string().optional(),
});
export type Markup = z.infer<typeof markupSchema>;

/** A markup as written before validation: defaulted fields may be absent. */
export type MarkupInput = z.input<typeof markupSchema>;

/**
 * A sheet placed on the map: two points picked on the sheet (PDF points)
 * and the two matching map points (metres in `crs`), plus the overlay's
 * opacity. One per dossier and document page.
 */
export const georeferenceSchema = z.object({
  id: z.string(),
  dossierId: z.string(),
  documentId: z.string(),
  sheetIndex: z.number().int().nonnegative(),
  sheetPoints: z.tuple([xy, xy]),
  mapPoints: z.tuple([xy, xy]),
  crs: z.string(),
  opacity: z.number().min(0).max(1),
  updatedBy: z.string(),
  updatedAt: z.string(),
});
export type Georeference = z.infer<typeof georeferenceSchema>;

/** A member's verdict on a dossier for one review round. */
export const verdictSchema = z.enum([
  "favourable",
  "favourable_with_conditions",
  "unfavourable",
  "incomplete",
]);
export type Verdict = z.infer<typeof verdictSchema>;

/** A condition or a reason: a sentence that may point at markups. */
export const opinionClauseSchema = z.object({
  text: z.string().min(1).max(4000),
  markupIds: z.array(z.string()),
});
export type OpinionClause = z.infer<typeof opinionClauseSchema>;

/**
 * One member's opinion. Once `signedAt` is set the opinion is frozen: the
 * signed PDF (a Document of kind `signed_opinion`, by hash) is the record.
 */
export const opinionSchema = z.object({
  id: z.string(),
  dossierId: z.string(),
  sessionId: z.string().nullable(),
  round: z.number().int().positive(),
  memberId: z.string(),
  memberName: z.string(),
  serviceId: z.string(),
  serviceName: z.string(),
  /** True when the member's service gives a binding opinion (avis conforme). */
  binding: z.boolean(),
  verdict: verdictSchema,
  conditions: z.array(opinionClauseSchema),
  reasons: z.array(opinionClauseSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
  signedAt: z.string().nullable(),
  signedPdfSha256: z.string().nullable(),
});
export type Opinion = z.infer<typeof opinionSchema>;

/** The body a member represents, and whether its opinion binds. */
export const serviceSchema = z.object({
  id: z.string(),
  name: z.string(),
  binding: z.boolean(),
  /** The service's own stamps; absent when it has none. */
  stamps: z.array(serviceStampSchema).max(20).optional(),
});
export type Service = z.infer<typeof serviceSchema>;

/** A committee and the rule by which its outcome follows from opinions. */
export const commissionSchema = z.object({
  id: z.string(),
  name: z.string(),
  commune: z.string(),
  quorum: z.number().int().nonnegative(),
});
export type Commission = z.infer<typeof commissionSchema>;

/** A meeting of a commission, with the dossiers on its agenda. */
export const sessionSchema = z.object({
  id: z.string(),
  commissionId: z.string(),
  date: z.string(),
  title: z.string(),
});
export type CommitteeSession = z.infer<typeof sessionSchema>;

/** The roles a signed-in user can have. */
export const roleSchema = z.enum(["member", "secretary", "admin"]);
export type Role = z.infer<typeof roleSchema>;

/** The signed-in user as the workstation knows them (no password, ever). */
export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  serviceId: z.string().nullable(),
  commissionIds: z.array(z.string()),
});
export type User = z.infer<typeof userSchema>;

/** The regulatory rules of a zone; null where the plan sets none. */
export const zoneRulesSchema = z.object({
  uses: z.array(z.string()),
  maxHeightM: z.number().nullable(),
  maxStoreys: z.string().nullable(),
  footprintRatio: z.number().nullable(),
  floorAreaRatio: z.number().nullable(),
  minLotAreaM2: z.number().nullable(),
  setbackStreetM: z.number().nullable(),
  setbackNeighbourM: z.number().nullable(),
  notes: z.string(),
});
export type ZoneRules = z.infer<typeof zoneRulesSchema>;

/**
 * A zone of a ZoningPlan. `rings` are polygon rings (first outer, then
 * holes) in metres of the plan's CRS; a multipolygon is several zones
 * sharing a code.
 */
export const zoneSchema = z.object({
  id: z.string(),
  planId: z.string(),
  code: z.string(),
  name: z.string(),
  rules: zoneRulesSchema,
  rings: z.array(z.array(xy)),
});
export type Zone = z.infer<typeof zoneSchema>;

/** A commune's zoning plan (plan d'aménagement). */
export const zoningPlanSchema = z.object({
  id: z.string(),
  commune: z.string(),
  name: z.string(),
  crs: z.string(),
  approvedOn: z.string().nullable(),
});
export type ZoningPlan = z.infer<typeof zoningPlanSchema>;
