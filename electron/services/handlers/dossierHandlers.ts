import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import { UserError } from "../../../shared/contract/errors";
import type { RequestHandlers } from "../../../shared/contract/dispatch";
import type { DossierDetail } from "../../../shared/contract/requests";
import type { Georeference } from "../../../shared/domain/entities";
import { pointInPolygon, ringCentroid } from "../../../shared/geo/polygon";
import { inboxSummaries } from "../inbox";
import {
  afterLocalChange,
  nowIso,
  requireDossier,
  requireUser,
  type HandlerDeps,
} from "./context";

type DossierHandlers = Pick<
  RequestHandlers,
  | "dossiers.list"
  | "dossiers.get"
  | "documents.read"
  | "georeferences.save"
  | "zoning.forDossier"
>;

/** Reading dossiers, their documents and zoning; placing sheets on the map. */
export function dossierHandlers(
  deps: HandlerDeps,
  log: Logger,
): DossierHandlers {
  return {
    "dossiers.list": async () => inboxSummaries(deps.store, requireUser(deps)),

    "dossiers.get": async ({ dossierId }) => {
      requireUser(deps);
      return dossierDetail(deps, dossierId);
    },

    "documents.read": async ({ documentId }) => {
      requireUser(deps);
      const document = deps.store.getRecord("document", documentId);
      if (!document) throw new UserError("document.error.notFound");
      return { bytes: await deps.documents.read(document.sha256) };
    },

    "georeferences.save": async (draft) => {
      const user = requireUser(deps);
      requireDossier(deps, draft.dossierId);

      // One georeference per sheet: placing it again replaces it.
      const existing = deps.store
        .listRecords("georeference", draft.dossierId)
        .find(
          (g) =>
            g.documentId === draft.documentId &&
            g.sheetIndex === draft.sheetIndex,
        );
      const georeference: Georeference = {
        ...draft,
        id: existing?.id ?? randomUUID(),
        updatedBy: user.id,
        updatedAt: nowIso(deps),
      };
      deps.store.saveLocal({ entity: "georeference", record: georeference });
      afterLocalChange(deps, draft.dossierId);
      return georeference;
    },

    "zoning.forDossier": async ({ dossierId }) => {
      requireUser(deps);
      const dossier = requireDossier(deps, dossierId);
      const plan =
        deps.store
          .listRecords("zoning_plan")
          .find((p) => p.commune === dossier.commune) ?? null;
      if (!plan) return { plan: null, zones: [], parcelZoneId: null };

      const zones = deps.store
        .listRecords("zone")
        .filter((zone) => zone.planId === plan.id);
      const centroid = ringCentroid(dossier.parcel);

      // The parcel and the plan must share a CRS to be compared; a
      // mismatch is a data error, shown as "no zone found".
      if (!centroid || dossier.parcelCrs !== plan.crs) {
        if (centroid) log.warn({ dossierId }, "parcel and plan CRS differ");
        return { plan, zones, parcelZoneId: null };
      }
      const zone = zones.find((z) => pointInPolygon(centroid, z.rings));
      return { plan, zones, parcelZoneId: zone?.id ?? null };
    },
  };
}

/** Everything the workstation shows for one dossier. */
export function dossierDetail(
  deps: HandlerDeps,
  dossierId: string,
): DossierDetail {
  const dossier = requireDossier(deps, dossierId);
  const { store } = deps;
  return {
    dossier,
    documents: store.listRecords("document", dossierId),
    markups: store
      .listRecords("markup", dossierId)
      .filter((m) => !m.deleted)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    opinions: store.listRecords("opinion", dossierId),
    georeferences: store.listRecords("georeference", dossierId),
    commission: store.getRecord("commission", dossier.commissionId),
    session: dossier.sessionId
      ? store.getRecord("session", dossier.sessionId)
      : null,
  };
}
