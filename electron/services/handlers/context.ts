import type { Logger } from "pino";
import type { LajnaEvent } from "../../../shared/contract/events";
import { UserError } from "../../../shared/contract/errors";
import type {
  Dossier,
  Markup,
  Opinion,
  User,
} from "../../../shared/domain/entities";
import type { DossierDetail } from "../../../shared/contract/requests";
import type { MarkupSummaryInput } from "../../../shared/print/markupSummaryHtml";
import type { WorkstationStore } from "../store/workstationStore";
import type { SessionService } from "../sync/sessionService";
import type { SyncService } from "../sync/syncService";
import type { DocumentCache } from "../documents/documentCache";

/**
 * What the handlers need from printing, implemented over the printing
 * modules (electron/services/printing) so that the handlers do not depend
 * on which PDF renderer runs (Electron's or headless Chromium).
 */
export interface PrintingPort {
  /** The signed PDF of an opinion (PAdES, with the member's PKCS#12). */
  signedOpinionPdf(input: {
    readonly opinion: Opinion;
    readonly dossier: Dossier;
    /** The dossier's markups; those the clauses point at are printed. */
    readonly markups: readonly Markup[];
    readonly pkcs12: Uint8Array;
    readonly password: string;
    readonly now: Date;
  }): Promise<Uint8Array<ArrayBuffer>>;

  /** The committee's decision on a dossier, as PDF. */
  decisionPdf(input: {
    readonly detail: DossierDetail;
    readonly now: Date;
  }): Promise<Uint8Array<ArrayBuffer>>;

  /** The markups list of a dossier as a PDF summary (see markupSummary). */
  markupSummaryPdf(
    input: Omit<MarkupSummaryInput, "fontCss">,
  ): Promise<Uint8Array<ArrayBuffer>>;

  /** Frees the PDF renderer (a browser or a hidden window). */
  close(): Promise<void>;
}

/** The services the request handlers work with. */
export interface HandlerDeps {
  readonly store: WorkstationStore;
  readonly session: SessionService;
  readonly sync: SyncService;
  readonly documents: DocumentCache;
  readonly printing: PrintingPort;
  readonly emit: (event: LajnaEvent) => void;
  /** Receives the renderer's own log lines (log.write). */
  readonly rendererLog: Logger;
  readonly now?: () => Date;
}

/** The signed-in user, or `session.error.signedOut`. */
export function requireUser(deps: HandlerDeps): User {
  const user = deps.session.user();
  if (!user) throw new UserError("session.error.signedOut");
  return user;
}

/** A dossier the store holds, or `dossier.error.notFound`. */
export function requireDossier(deps: HandlerDeps, dossierId: string): Dossier {
  const dossier = deps.store.getRecord("dossier", dossierId);
  if (!dossier) throw new UserError("dossier.error.notFound");
  return dossier;
}

/** The current time as an ISO string. */
export function nowIso(deps: HandlerDeps): string {
  return (deps.now?.() ?? new Date()).toISOString();
}

/** The name of the user's service, for markups and opinions. */
export function serviceNameOf(deps: HandlerDeps, user: User): string {
  if (!user.serviceId) return "";
  return deps.store.getRecord("service", user.serviceId)?.name ?? "";
}

/** Tells the renderer a dossier changed locally and asks sync to push. */
export function afterLocalChange(deps: HandlerDeps, dossierId: string): void {
  deps.emit({ type: "dossiers.changed", dossierIds: [dossierId] });
  deps.sync.kick();
}
