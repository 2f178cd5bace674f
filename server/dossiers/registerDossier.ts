import { randomUUID } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import type {
  DocumentKind,
  Dossier,
  DossierDocument,
  Markup,
  Procedure,
} from "../../shared/domain/entities";
import { UserError } from "../../shared/contract/errors";
import { DEFAULT_CRS } from "../../shared/geo/projection";
import type { Store } from "../db/store";
import { sha256Hex } from "../documents/blobStore";
import type { BlobStore } from "../documents/blobStore";
import {
  readDocumentMarkups,
  storeDocumentMarkups,
} from "../documents/documentAnnotations";
import { commitWithBlobs } from "../documents/documentBlobs";
import { checkPdf } from "../documents/pdfCheck";
import { MAX_UPLOAD_BYTES } from "../documents/uploadLimit";
import type { Logger } from "../log";
import { isIsoDate, requireCommission } from "../directory/directoryAdmin";
import { publishChange } from "../sync/changeFeed";

/** A file to attach to a dossier at registration. */
export interface DocumentSource {
  readonly kind: DocumentKind;
  readonly title: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** What the secretariat gives to register a dossier. */
export interface DossierRegistration {
  readonly number: string;
  readonly procedure: Procedure;
  readonly commune: string;
  readonly applicant: string;
  readonly architect: string;
  readonly landTitle: string;
  /** Parcel ring in EPSG:26191 metres. */
  readonly parcel: readonly { x: number; y: number }[];
  readonly commissionName: string;
  readonly sessionTitle: string | null;
  readonly deadline: string;
  readonly documents: readonly DocumentSource[];
}

/** The registered dossier and its documents, each checked. */
export interface RegisteredDossier {
  readonly dossier: Dossier;
  readonly documents: readonly DossierDocument[];
  /** Why a document's own annotations were not imported, by document id. */
  readonly skippedAnnotations: ReadonlyMap<string, UserError>;
}

/**
 * Registers a dossier: validates it, reads each PDF in a sandboxed worker,
 * then writes everything, the documents' files included, in one
 * transaction: a registration that fails leaves nothing behind. An
 * unreadable document does not stop the registration: it is kept with
 * its error so the committee sees what to ask for. The
 * annotations a submitted PDF already holds become read-only markups of
 * origin `document` in the same transaction.
 */
export async function registerDossier(
  store: Store,
  blobs: BlobStore,
  logger: Logger,
  input: DossierRegistration,
): Promise<RegisteredDossier> {
  const { commissionId, sessionId } = validate(store, input);
  const now = new Date().toISOString();
  const dossierId = randomUUID();

  const documents: DossierDocument[] = [];
  const documentMarkups: Markup[] = [];
  const skippedAnnotations = new Map<string, UserError>();
  for (const source of input.documents) {
    const document = await checkDocument(logger, dossierId, source);
    documents.push(document);
    const read = await readDocumentMarkups(source.bytes, document, logger);
    // One by one: a spread of tens of thousands overflows the stack.
    for (const markup of read.markups) documentMarkups.push(markup);
    if (read.skipped) skippedAnnotations.set(document.id, read.skipped);
  }

  const dossier: Dossier = {
    id: dossierId,
    number: input.number,
    procedure: input.procedure,
    commune: input.commune,
    applicant: input.applicant,
    architect: input.architect,
    landTitle: input.landTitle,
    parcel: input.parcel.map(({ x, y }) => ({ x, y })),
    parcelCrs: DEFAULT_CRS,
    commissionId,
    sessionId,
    status: "registered",
    deadline: input.deadline,
    registeredAt: now,
    stages: [
      { stage: "registered", at: now },
      ...(sessionId === null
        ? []
        : [{ stage: "dispatched" as const, at: now }]),
    ],
  };

  const contents = input.documents.map((source) => source.bytes);
  commitWithBlobs(store, blobs, logger, contents, () => {
    // Checked again inside the transaction: two registrations may race.
    if (store.dossiers.findDossierByNumber(input.number) !== null) {
      throw new UserError("dossier.error.duplicateNumber", {
        number: input.number,
      });
    }
    store.dossiers.putDossier(dossier);
    publishChange(store, { entity: "dossier", record: dossier });
    for (const document of documents) {
      store.dossiers.recordBlob(document.sha256, document.sizeBytes);
      store.dossiers.putDocument(document);
      publishChange(store, { entity: "document", record: document });
    }
    // After their documents, so a workstation never gets a markup first.
    storeDocumentMarkups(store, documentMarkups);
  });
  logger.info(
    {
      number: dossier.number,
      documents: documents.length,
      documentMarkups: documentMarkups.length,
    },
    "dossier registered",
  );
  return { dossier, documents, skippedAnnotations };
}

function validate(
  store: Store,
  input: DossierRegistration,
): { commissionId: string; sessionId: string | null } {
  if (!/^[\w./-]{1,60}$/.test(input.number)) {
    throw new UserError("dossier.error.badNumber", { number: input.number });
  }
  if (store.dossiers.findDossierByNumber(input.number) !== null) {
    throw new UserError("dossier.error.duplicateNumber", {
      number: input.number,
    });
  }
  if (!isIsoDate(input.deadline)) {
    throw new UserError("dossier.error.badDeadline", {
      deadline: input.deadline,
    });
  }
  if (input.parcel.length < 3) throw new UserError("dossier.error.badParcel");

  const commission = requireCommission(store, input.commissionName);
  if (input.sessionTitle === null)
    return { commissionId: commission.id, sessionId: null };

  const session = store.directory.findSession(
    commission.id,
    input.sessionTitle,
  );
  if (session === null) {
    throw new UserError("session.error.notFound", {
      title: input.sessionTitle,
    });
  }
  return { commissionId: commission.id, sessionId: session.id };
}

/**
 * The record of a document, read in the sandboxed PDF check; an
 * unreadable or hostile file comes back with its error set, not thrown.
 * Its bytes are stored with the record (see commitWithBlobs), not here.
 */
export async function checkDocument(
  logger: Logger,
  dossierId: string,
  source: DocumentSource,
): Promise<DossierDocument> {
  const sha256 = sha256Hex(source.bytes);
  const check = await checkPdf(source.bytes, logger);
  return {
    id: randomUUID(),
    dossierId,
    kind: source.kind,
    title: source.title,
    fileName: source.fileName,
    sha256,
    sizeBytes: source.bytes.byteLength,
    pageCount: check.pageCount,
    error: check.error,
  };
}

/** Reads a document file from disk for registration. */
export async function readDocumentSource(
  kind: DocumentKind,
  path: string,
  title: string | null,
): Promise<DocumentSource> {
  const fileName = basename(path);
  try {
    const info = await stat(path);
    requireRegularFile(path, info.isFile());
    requireUploadableSize(path, info.size);
    const bytes = new Uint8Array(await readFile(path));
    return { kind, title: title ?? fileName, fileName, bytes };
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(
      "document.error.fileNotFound",
      { path },
      { cause: error },
    );
  }
}

/**
 * Refuses a device, pipe or directory: its stat size says nothing of what
 * reading it gives (/dev/zero has size 0 and never ends).
 */
function requireRegularFile(path: string, isFile: boolean): void {
  if (!isFile) throw new UserError("document.error.notAFile", { path });
}

/**
 * Refuses, before reading it, a file the server would refuse to serve
 * workstations anyway (they upload and download through the same limit),
 * so a stray 2 GB scan does not fill the CLI's memory first.
 */
function requireUploadableSize(path: string, sizeBytes: number): void {
  if (sizeBytes <= MAX_UPLOAD_BYTES) return;
  const mb = (bytes: number) => Math.ceil(bytes / (1024 * 1024));
  throw new UserError("document.error.fileTooLarge", {
    path,
    sizeMb: mb(sizeBytes),
    limitMb: mb(MAX_UPLOAD_BYTES),
  });
}
