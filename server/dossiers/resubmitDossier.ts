import type {
  Dossier,
  DossierDocument,
  Markup,
} from "../../shared/domain/entities";
import { UserError } from "../../shared/contract/errors";
import { documentRound, dossierRound } from "../../shared/domain/rounds";
import type { Store } from "../db/store";
import type { BlobStore } from "../documents/blobStore";
import { commitWithBlobs } from "../documents/documentBlobs";
import {
  readDocumentMarkups,
  storeDocumentMarkups,
} from "../documents/documentAnnotations";
import type { Logger } from "../log";
import { isIsoDate } from "../directory/directoryAdmin";
import { publishChange } from "../sync/changeFeed";
import { carryOpenRemarks } from "./carryRemarks";
import type { DocumentSource } from "./registerDossier";
import { checkDocument } from "./registerDossier";

/**
 * A document of a resubmission and the earlier document it revises, named
 * by id or by file name (null when it is a new document).
 */
export interface RevisedDocumentSource {
  readonly source: DocumentSource;
  readonly revises: string | null;
}

/** What the secretariat gives when an applicant resubmits a dossier. */
export interface DossierResubmission {
  readonly number: string;
  /** The new decision deadline (YYYY-MM-DD): the clock restarts. */
  readonly deadline: string;
  readonly documents: readonly RevisedDocumentSource[];
}

/** The dossier in its new round, what it received and what was carried. */
export interface ResubmittedDossier {
  readonly dossier: Dossier;
  readonly documents: readonly DossierDocument[];
  readonly carried: readonly Markup[];
  /** Open remarks whose revision could not hold them (see carryRemarks). */
  readonly left: readonly Markup[];
  /** Why a document's own annotations were not imported, by document id. */
  readonly skippedAnnotations: ReadonlyMap<string, UserError>;
}

/**
 * Starts the next review round of a dossier on the documents the applicant
 * resubmitted. Each document is checked like at registration (a hostile or
 * unreadable file is kept with its error; a resubmission that fails leaves
 * no file behind), and the annotations it holds
 * become read-only markups of the new round. The open remarks of revised
 * documents are carried to the revisions here, on the server, so every
 * workstation receives the same carried set through sync.
 */
export async function resubmitDossier(
  store: Store,
  blobs: BlobStore,
  logger: Logger,
  input: DossierResubmission,
): Promise<ResubmittedDossier> {
  const dossier = requireResubmittable(store, input.number);
  if (!isIsoDate(input.deadline)) {
    throw new UserError("dossier.error.badDeadline", {
      deadline: input.deadline,
    });
  }
  if (input.documents.length === 0) {
    throw new UserError("cli.error.noDocuments");
  }
  const earlier = store.dossiers.listDocuments(dossier.id);
  const revised = input.documents.map((d) => ({
    source: d.source,
    revisionOf: resolveRevised(earlier, d.revises, dossier.number),
  }));

  const round = dossierRound(dossier) + 1;
  const documents: DossierDocument[] = [];
  const documentMarkups: Markup[] = [];
  const skippedAnnotations = new Map<string, UserError>();
  for (const { source, revisionOf } of revised) {
    const stored = await checkDocument(logger, dossier.id, source);
    const document = { ...stored, round, revisionOf };
    documents.push(document);
    // The revision's own annotations, as at registration, in its round;
    // one by one, as a spread of tens of thousands overflows the stack.
    const read = await readDocumentMarkups(source.bytes, document, logger);
    for (const markup of read.markups) {
      documentMarkups.push({ ...markup, round });
    }
    if (read.skipped) skippedAnnotations.set(document.id, read.skipped);
  }

  const contents = revised.map(({ source }) => source.bytes);
  const result = commitWithBlobs(store, blobs, logger, contents, () => {
    const started = startRound(
      store,
      dossier.id,
      round,
      input.deadline,
      documents,
    );
    storeDocumentMarkups(store, documentMarkups);
    return started;
  });
  logger.info(
    {
      number: dossier.number,
      round,
      documents: documents.length,
      carried: result.carried.length,
      left: result.left.length,
    },
    "dossier resubmitted",
  );
  return { ...result, skippedAnnotations };
}

function requireResubmittable(store: Store, number: string): Dossier {
  const dossier = store.dossiers.findDossierByNumber(number);
  if (dossier === null) {
    throw new UserError("dossier.error.unknownNumber", { number });
  }
  if (dossier.status === "decided") {
    throw new UserError("dossier.error.alreadyDecided", { number });
  }
  return dossier;
}

/**
 * The earlier document `revises` names: its id, or else its file name (the
 * latest round's document of that name, since that is the one revised).
 */
function resolveRevised(
  earlier: readonly DossierDocument[],
  revises: string | null,
  number: string,
): string | null {
  if (revises === null) return null;
  const plans = earlier.filter((d) => d.kind !== "signed_opinion");
  const byId = plans.find((d) => d.id === revises);
  if (byId !== undefined) return byId.id;

  const byName = plans
    .filter((d) => d.fileName === revises)
    .sort((a, b) => documentRound(b) - documentRound(a));
  const latest = byName[0];
  if (latest === undefined) {
    throw new UserError("dossier.error.revisesNotFound", { revises, number });
  }
  return latest.id;
}

/**
 * Writes the new round: documents, the dossier's round, deadline and
 * "resubmitted" stage, and the carried remarks, each published to the
 * change feed. Re-reads the dossier inside the transaction: a decision
 * or another resubmission may have landed while the files were checked.
 */
function startRound(
  store: Store,
  dossierId: string,
  round: number,
  deadline: string,
  documents: readonly DossierDocument[],
): Omit<ResubmittedDossier, "skippedAnnotations"> {
  const current = store.dossiers.getDossier(dossierId);
  if (current === null || current.status === "decided") {
    throw new UserError("dossier.error.alreadyDecided", {
      number: current?.number ?? "",
    });
  }
  if (dossierRound(current) + 1 !== round) {
    throw new UserError("dossier.error.resubmittedMeanwhile", {
      number: current.number,
    });
  }

  const now = new Date().toISOString();
  const dossier: Dossier = {
    ...current,
    round,
    deadline,
    stages: [...current.stages, { stage: "resubmitted", at: now }],
  };
  store.dossiers.putDossier(dossier);
  publishChange(store, { entity: "dossier", record: dossier });
  for (const document of documents) {
    store.dossiers.recordBlob(document.sha256, document.sizeBytes);
    store.dossiers.putDocument(document);
    publishChange(store, { entity: "document", record: document });
  }

  const markups = store.dossiers.listMarkups(dossierId);
  const { carried, left } = carryOpenRemarks(markups, documents, round, now);
  for (const markup of carried) {
    store.dossiers.putMarkup(markup);
    publishChange(store, { entity: "markup", record: markup });
  }
  return { dossier, documents, carried, left };
}
