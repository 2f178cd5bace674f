import { UserError } from "../../shared/contract/errors";

/**
 * The admin command line's exit statuses, which scripts read. A refused
 * input (1) changed nothing: correct it and run the command again. A
 * failure (also 1) names its cause in the log; one after the dossier
 * was saved (writing the answer, closing the store) leaves it saved, and
 * running `dossier register` again is then refused as a duplicate, never
 * registered twice. A command that exits 3 did its work but kept a
 * refused document: the dossier is saved with it marked unusable, so
 * running the command again would be refused (register) or start yet
 * another round (resubmit).
 */
export const EXIT_STATUS = {
  done: 0,
  failed: 1,
  unknownCommand: 2,
  documentsRefused: 3,
} as const;

/** An exit status of the admin command line. */
export type ExitStatus = (typeof EXIT_STATUS)[keyof typeof EXIT_STATUS];

/**
 * How a command that did its work ends when something went wrong on the
 * way: its exit status, and the sentence for stderr saying what was kept
 * and what to do.
 */
export interface PartialOutcome {
  readonly status: ExitStatus;
  readonly warning: UserError;
}

/**
 * The outcome of a command that stored documents: partial when the PDF
 * check refused any of them, so a script tells it from the exit status.
 * `key` names the warning; it gets `refused` and `total` besides `params`.
 */
export function refusedDocumentsOutcome(
  documents: readonly { readonly error: string | null }[],
  key: string,
  params: Readonly<Record<string, string | number>>,
): PartialOutcome | undefined {
  const refused = documents.filter((doc) => doc.error !== null).length;
  if (refused === 0) return undefined;
  return {
    status: EXIT_STATUS.documentsRefused,
    warning: new UserError(key, {
      ...params,
      refused,
      total: documents.length,
    }),
  };
}
