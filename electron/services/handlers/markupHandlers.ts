import { isIntactPicture } from "../../../shared/annotations/stampPictureCheck";
import { UserError } from "../../../shared/contract/errors";
import type { StampImage } from "../../../shared/domain/stamps";
import type { RequestHandlers } from "../../../shared/contract/dispatch";
import type { Markup } from "../../../shared/domain/entities";
import { dossierRound } from "../../../shared/domain/rounds";
import {
  afterLocalChange,
  nowIso,
  requireDossier,
  requireUser,
  serviceNameOf,
  type HandlerDeps,
} from "./context";

type MarkupHandlers = Pick<RequestHandlers, "markups.save" | "markups.delete">;

/**
 * Saving and deleting markups. Only a markup's author may change it; the
 * author, service and dates come from the session, never from the page.
 */
export function markupHandlers(deps: HandlerDeps): MarkupHandlers {
  return {
    "markups.save": async (draft) => {
      const user = requireUser(deps);
      const dossier = requireDossier(deps, draft.dossierId);
      const document = deps.store.getRecord("document", draft.documentId);
      if (document?.dossierId !== draft.dossierId) {
        throw new UserError("document.error.notFound");
      }
      const existing = deps.store.getRecord("markup", draft.id);
      if (existing && existing.authorId !== user.id) {
        throw new UserError("markup.error.notAuthor");
      }
      // Imported and document markups keep their own author: reply instead.
      if (existing && existing.origin !== "lajna") {
        throw new UserError("markup.error.readOnly");
      }
      if (existing && existing.dossierId !== draft.dossierId) {
        throw new UserError("error.badRequest", { kind: "markups.save" });
      }
      requireReplyTarget(deps, draft);
      requireIntactPicture(draft.style?.stampImage);

      const now = nowIso(deps);
      const markup: Markup = {
        ...draft,
        authorId: user.id,
        authorName: user.displayName,
        service: serviceNameOf(deps, user),
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
        deleted: false,
        // A new markup belongs to the dossier's current review round; a
        // carried remark keeps naming the remark it continues.
        round: existing?.round ?? dossierRound(dossier),
        ...(existing?.carriedFrom === undefined
          ? {}
          : { carriedFrom: existing.carriedFrom }),
        origin: "lajna",
      };
      deps.store.saveLocal({ entity: "markup", record: markup });
      afterLocalChange(deps, markup.dossierId);
      return markup;
    },

    "markups.delete": async ({ markupId }) => {
      const user = requireUser(deps);
      const existing = deps.store.getRecord("markup", markupId);
      if (!existing) throw new UserError("markup.error.notFound");
      if (existing.authorId !== user.id) {
        throw new UserError("markup.error.notAuthor");
      }

      // A tombstone, so that the deletion reaches the other workstations.
      const tombstone: Markup = {
        ...existing,
        deleted: true,
        updatedAt: nowIso(deps),
      };
      deps.store.saveLocal({ entity: "markup", record: tombstone });
      afterLocalChange(deps, existing.dossierId);
      return {};
    },
  };
}

/**
 * A reply must answer a living markup of the same dossier, and a markup
 * that answers another must be a reply, so that the list can hang every
 * reply under its markup and none is orphaned.
 */
function requireReplyTarget(
  deps: HandlerDeps,
  draft: { kind: Markup["kind"]; dossierId: string; inReplyTo?: string | null },
): void {
  const target = draft.inReplyTo ?? null;
  if (target === null && draft.kind !== "reply") return;

  const answered =
    target === null ? null : deps.store.getRecord("markup", target);
  const valid =
    draft.kind === "reply" &&
    answered !== null &&
    answered !== undefined &&
    !answered.deleted &&
    answered.dossierId === draft.dossierId;
  if (!valid) throw new UserError("markup.error.replyTarget");
}

/**
 * A stamp picture must be the file its fields describe: anything else
 * (a script, a decompression bomb, another picture's bytes) is never
 * stored, so no export or canvas has to decode it.
 */
function requireIntactPicture(image: StampImage | undefined): void {
  if (image !== undefined && !isIntactPicture(image)) {
    throw new UserError("markup.error.stampPicture");
  }
}
