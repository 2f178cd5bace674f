import { UserError } from "../../shared/contract/errors";
import { BlobStore } from "../documents/blobStore";
import { resubmitDossier } from "../dossiers/resubmitDossier";
import type { RevisedDocumentSource } from "../dossiers/resubmitDossier";
import { subsystemLogger } from "../log";
import type { CommandOptions } from "./cliArgs";
import {
  documentState,
  skippedAnnotationsLine,
  withStoreAsync,
} from "./commandSupport";
import type { CommandIo } from "./commandSupport";
import { refusedDocumentsOutcome } from "./exitStatus";
import type { PartialOutcome } from "./exitStatus";
import { KINDS, parseDocSpec } from "./registerCommand";

/** The usage line of `dossier resubmit`. */
export const RESUBMIT_USAGE =
  "dossier resubmit --data DIR --number N --deadline YYYY-MM-DD " +
  "--document KIND:PATH[:TITLE][:revises=DOCUMENT_ID|FILE_NAME]... " +
  `(KIND: ${KINDS})`;

const REVISES = ":revises=";

/**
 * `dossier resubmit`: starts the next review round with the resubmitted
 * documents, prints each document's state and how many open remarks were
 * carried to the revised sheets. A refused document is kept in the new
 * round, and the command ends partial (exit 3).
 */
export async function resubmitCommand(
  o: CommandOptions,
  io: CommandIo,
): Promise<PartialOutcome | undefined> {
  const specs = o.all("document");
  if (specs.length === 0) throw new UserError("cli.error.noDocuments");
  const number = o.required("number");
  const deadline = o.required("deadline");
  const documents: RevisedDocumentSource[] = [];
  for (const spec of specs) documents.push(await parseRevisedSpec(spec));

  return withStoreAsync(io, async (store) => {
    const result = await resubmitDossier(
      store,
      new BlobStore(io.dataDir),
      subsystemLogger(io.logger, "documents"),
      { number, deadline, documents },
    );
    const round = result.dossier.round ?? 1;
    io.print(`dossier ${result.dossier.number} resubmitted: round ${round}`);
    for (const doc of result.documents) {
      const state = documentState(doc);
      const revises =
        doc.revisionOf == null ? "" : ` revises ${doc.revisionOf}`;
      io.print(`  ${doc.kind} ${doc.fileName}: ${state}${revises}`);
      const reason = result.skippedAnnotations.get(doc.id);
      const skipped = skippedAnnotationsLine(reason);
      if (skipped !== null) io.print(skipped);
    }
    io.print(`  ${result.carried.length} open remark(s) carried`);
    if (result.left.length > 0) {
      io.print(
        `  ${result.left.length} open remark(s) left in round ${round - 1}: ` +
          "their revised document is unreadable or has fewer sheets",
      );
    }
    return refusedDocumentsOutcome(
      result.documents,
      "dossier.warning.resubmittedDocumentsRefused",
      { number: result.dossier.number, round },
    );
  });
}

/**
 * Parses `KIND:PATH[:TITLE][:revises=X]`: the revises part is cut off the
 * end first, the rest reads as a registration's --doc.
 */
async function parseRevisedSpec(spec: string): Promise<RevisedDocumentSource> {
  const at = spec.lastIndexOf(REVISES);
  const revises = at < 0 ? null : spec.slice(at + REVISES.length);
  if (revises === "") {
    throw new UserError("document.error.badSpec", { spec, kinds: KINDS });
  }
  const source = await parseDocSpec(at < 0 ? spec : spec.slice(0, at));
  return { source, revises };
}
