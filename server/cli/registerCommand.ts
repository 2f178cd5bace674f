import { existsSync } from "node:fs";
import {
  documentKindSchema,
  procedureSchema,
} from "../../shared/domain/entities";
import type { DocumentKind } from "../../shared/domain/entities";
import { UserError } from "../../shared/contract/errors";
import { BlobStore } from "../documents/blobStore";
import {
  readDocumentSource,
  registerDossier,
} from "../dossiers/registerDossier";
import type { DocumentSource } from "../dossiers/registerDossier";
import { subsystemLogger } from "../log";
import type { CommandOptions } from "./cliArgs";
import {
  badOption,
  documentState,
  skippedAnnotationsLine,
  withStoreAsync,
} from "./commandSupport";
import type { CommandIo } from "./commandSupport";
import { refusedDocumentsOutcome } from "./exitStatus";
import type { PartialOutcome } from "./exitStatus";

/** The procedures and document kinds, as the usage lines spell them. */
export const PROCEDURES = procedureSchema.options.join("|");
export const KINDS = documentKindSchema.options.join("|");

/**
 * `dossier register`: reads each --doc file, registers the dossier and
 * prints each document's page count or error. A refused document is kept
 * in the registered dossier, and the command ends partial (exit 3).
 */
export async function registerCommand(
  o: CommandOptions,
  io: CommandIo,
): Promise<PartialOutcome | undefined> {
  const procedure = procedureSchema.safeParse(o.required("procedure"));
  if (!procedure.success) {
    throw badOption("procedure", o.optional("procedure"), `Use ${PROCEDURES}.`);
  }
  const specs = o.all("doc");
  if (specs.length === 0) throw new UserError("cli.error.noDocuments");
  const documents: DocumentSource[] = [];
  for (const spec of specs) documents.push(await parseDocSpec(spec));

  return withStoreAsync(io, async (store) => {
    const {
      dossier,
      documents: stored,
      skippedAnnotations,
    } = await registerDossier(
      store,
      new BlobStore(io.dataDir),
      subsystemLogger(io.logger, "documents"),
      {
        number: o.required("number"),
        procedure: procedure.data,
        commune: o.required("commune"),
        applicant: o.required("applicant"),
        architect: o.required("architect"),
        landTitle: o.required("land-title"),
        parcel: parseParcel(o.required("parcel")),
        commissionName: o.required("commission"),
        sessionTitle: o.optional("session"),
        deadline: o.required("deadline"),
        documents,
      },
    );
    io.print(`dossier ${dossier.number} registered (${dossier.id})`);
    for (const doc of stored) {
      const state = documentState(doc);
      io.print(`  ${doc.kind} ${doc.fileName}: ${state}`);
      const skipped = skippedAnnotationsLine(skippedAnnotations.get(doc.id));
      if (skipped !== null) io.print(skipped);
    }
    return refusedDocumentsOutcome(stored, "dossier.warning.documentsRefused", {
      number: dossier.number,
    });
  });
}

/**
 * Parses `KIND:PATH[:TITLE]`; a path containing ':' still works when the
 * whole rest names an existing file.
 */
export async function parseDocSpec(spec: string): Promise<DocumentSource> {
  const colon = spec.indexOf(":");
  const kind = documentKindSchema.safeParse(spec.slice(0, colon));
  const rest = spec.slice(colon + 1);
  if (colon <= 0 || !kind.success || rest === "") {
    throw new UserError("document.error.badSpec", { spec, kinds: KINDS });
  }

  const lastColon = rest.lastIndexOf(":");
  const titled = lastColon > 0 && !existsSync(rest);
  const path = titled ? rest.slice(0, lastColon) : rest;
  const title = titled ? rest.slice(lastColon + 1) : null;
  return readDocumentSource(kind.data as DocumentKind, path, title);
}

/** Parses `"x,y x,y x,y"` (EPSG:26191 metres). */
export function parseParcel(text: string): { x: number; y: number }[] {
  const points = text
    .trim()
    .split(/\s+/)
    .map((pair) => {
      const [x, y, extra] = pair.split(",").map((part) => Number(part));
      if (x === undefined || y === undefined || extra !== undefined)
        return null;
      return Number.isFinite(x) && Number.isFinite(y) ? { x, y } : null;
    });
  if (points.length < 3 || points.some((p) => p === null)) {
    throw new UserError("dossier.error.badParcel");
  }
  return points.filter((p): p is { x: number; y: number } => p !== null);
}
