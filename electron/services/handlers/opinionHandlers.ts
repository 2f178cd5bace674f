import { randomUUID } from "node:crypto";
import { UserError } from "../../../shared/contract/errors";
import type { RequestHandlers } from "../../../shared/contract/dispatch";
import type {
  Dossier,
  DossierDocument,
  Opinion,
  User,
} from "../../../shared/domain/entities";
import { opinionsOfRound } from "../../../shared/domain/outcome";
import { dossierRound } from "../../../shared/domain/rounds";
import { ServerUnreachableError } from "../sync/serverClient";
import {
  afterLocalChange,
  nowIso,
  requireDossier,
  requireUser,
  type HandlerDeps,
} from "./context";
import { dossierDetail } from "./dossierHandlers";

type OpinionHandlers = Pick<
  RequestHandlers,
  | "opinions.saveDraft"
  | "opinions.sign"
  | "opinions.signedPdf"
  | "decisions.print"
>;

/** Drafting, signing and printing opinions and the decision. */
export function opinionHandlers(deps: HandlerDeps): OpinionHandlers {
  return {
    "opinions.saveDraft": async (draft) => {
      const user = requireUser(deps);
      const dossier = requireDossier(deps, draft.dossierId);
      const existing = myOpinion(deps, user, dossier);
      if (existing?.signedAt) throw new UserError("opinion.error.signed");

      const now = nowIso(deps);
      const opinion: Opinion = {
        ...(existing ?? newOpinion(deps, user, dossier, now)),
        sessionId: dossier.sessionId,
        verdict: draft.verdict,
        conditions: draft.conditions,
        reasons: draft.reasons,
        updatedAt: now,
      };
      deps.store.saveLocal({ entity: "opinion", record: opinion });
      afterLocalChange(deps, dossier.id);
      return opinion;
    },

    "opinions.sign": async ({ opinionId, pkcs12, password }) => {
      const user = requireUser(deps);
      const opinion = requireOwnOpinion(deps, user, opinionId);
      if (opinion.signedAt) throw new UserError("opinion.error.signed");
      const dossier = requireDossier(deps, opinion.dossierId);
      // Signing freezes the opinion as the record of its round; once the
      // dossier was resubmitted, that round is over.
      if (opinion.round !== dossierRound(dossier)) {
        throw new UserError("opinion.error.notCurrentRound");
      }

      const now = deps.now?.() ?? new Date();
      const pdf = await deps.printing.signedOpinionPdf({
        opinion,
        dossier,
        markups: deps.store
          .listRecords("markup", dossier.id)
          .filter((m) => !m.deleted),
        pkcs12,
        password,
        now,
      });
      const sha256 = await deps.documents.put(pdf);
      await upload(deps, sha256, pdf);

      const signed: Opinion = {
        ...opinion,
        signedAt: now.toISOString(),
        signedPdfSha256: sha256,
        updatedAt: now.toISOString(),
      };
      deps.store.saveLocal({ entity: "opinion", record: signed });
      deps.store.saveLocal({
        entity: "document",
        record: signedOpinionDocument(signed, dossier.number, pdf.length),
      });
      afterLocalChange(deps, dossier.id);
      return signed;
    },

    "opinions.signedPdf": async ({ opinionId }) => {
      requireUser(deps);
      const opinion = deps.store.getRecord("opinion", opinionId);
      if (!opinion) throw new UserError("opinion.error.notFound");
      if (!opinion.signedPdfSha256) {
        throw new UserError("opinion.error.notSigned");
      }
      return { bytes: await deps.documents.read(opinion.signedPdfSha256) };
    },

    "decisions.print": async ({ dossierId }) => {
      requireUser(deps);
      const detail = dossierDetail(deps, dossierId);
      // The decision is the current round's: earlier rounds' signed
      // opinions were given on sheets the applicant has since revised.
      const round = dossierRound(detail.dossier);
      const bytes = await deps.printing.decisionPdf({
        detail: {
          ...detail,
          opinions: opinionsOfRound(detail.opinions, round),
        },
        now: deps.now?.() ?? new Date(),
      });
      return { bytes };
    },
  };
}

/** The member's opinion of the dossier's current round, if any. */
function myOpinion(
  deps: HandlerDeps,
  user: User,
  dossier: Dossier,
): Opinion | null {
  const round = dossierRound(dossier);
  return (
    deps.store
      .listRecords("opinion", dossier.id)
      .find((o) => o.memberId === user.id && o.round === round) ?? null
  );
}

function requireOwnOpinion(
  deps: HandlerDeps,
  user: User,
  opinionId: string,
): Opinion {
  const opinion = deps.store.getRecord("opinion", opinionId);
  if (!opinion) throw new UserError("opinion.error.notFound");
  if (opinion.memberId !== user.id) {
    throw new UserError("opinion.error.notAuthor");
  }
  return opinion;
}

/**
 * A fresh draft for the dossier's current round; only members who
 * represent a service give opinions.
 */
function newOpinion(
  deps: HandlerDeps,
  user: User,
  dossier: Dossier,
  now: string,
): Opinion {
  if (!user.serviceId) throw new UserError("opinion.error.notMember");
  const service = deps.store.getRecord("service", user.serviceId);
  return {
    id: randomUUID(),
    dossierId: dossier.id,
    sessionId: null,
    round: dossierRound(dossier),
    memberId: user.id,
    memberName: user.displayName,
    serviceId: user.serviceId,
    serviceName: service?.name ?? "",
    binding: service?.binding ?? false,
    verdict: "favourable",
    conditions: [],
    reasons: [],
    createdAt: now,
    updatedAt: now,
    signedAt: null,
    signedPdfSha256: null,
  };
}

/** The signed PDF must be on the server before the opinion says so. */
async function upload(
  deps: HandlerDeps,
  sha256: string,
  pdf: Uint8Array,
): Promise<void> {
  try {
    await deps.session.server.uploadDocument(sha256, pdf);
  } catch (error) {
    if (error instanceof ServerUnreachableError) {
      throw new UserError("opinion.error.offline", {}, { cause: error });
    }
    throw error;
  }
}

function signedOpinionDocument(
  opinion: Opinion,
  dossierNumber: string,
  sizeBytes: number,
): DossierDocument {
  const safeNumber = dossierNumber.replace(/[^A-Za-z0-9-]+/g, "_");
  return {
    id: randomUUID(),
    dossierId: opinion.dossierId,
    kind: "signed_opinion",
    title: `${opinion.serviceName} — ${opinion.memberName}`,
    fileName: `opinion-${safeNumber}-${opinion.id.slice(0, 8)}.pdf`,
    sha256: opinion.signedPdfSha256 ?? "",
    sizeBytes,
    pageCount: null,
    error: null,
  };
}
