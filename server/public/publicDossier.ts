import type { Dossier, Procedure, Stage } from "../../shared/domain/entities";

/**
 * What anyone may know about a dossier from its number: no applicant,
 * architect, land title, parcel or document. The public tracking page and
 * `GET /api/public/dossiers/:number` show exactly these fields.
 */
export interface PublicDossier {
  readonly number: string;
  readonly procedure: Procedure;
  readonly commune: string;
  readonly status: Dossier["status"];
  readonly stages: readonly Stage[];
}

/** Keeps only the public fields of a dossier. */
export function toPublicDossier(dossier: Dossier): PublicDossier {
  return {
    number: dossier.number,
    procedure: dossier.procedure,
    commune: dossier.commune,
    status: dossier.status,
    stages: dossier.stages.map(({ stage, at }) => ({ stage, at })),
  };
}
