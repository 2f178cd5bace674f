import type { Procedure } from "../../shared/domain/entities";

/**
 * The three demo dossiers: who applies, who designed it, what it is and
 * how its clock stands. Numbers carry the year of `now`; deadlines are
 * working days from `now` so the inbox always shows one late-ish, one due
 * soon and one with time left.
 */
export interface DemoDossierSpec {
  readonly procedure: Exclude<Procedure, "land_division">;
  /** Dossier number without the year: prefix and serial. */
  readonly prefix: string;
  readonly serial: number;
  readonly applicant: string;
  readonly architect: string;
  /** What the title blocks call the project. */
  readonly project: string;
  /** Working days from `now` to the decision deadline. */
  readonly deadlineInWorkingDays: number;
  /** Working days before `now` the dossier was registered. */
  readonly registeredWorkingDaysAgo: number;
}

/** The demo dossiers, in the order of the demo parcels. */
export const DEMO_DOSSIER_SPECS: readonly DemoDossierSpec[] = [
  {
    procedure: "building_permit",
    prefix: "KHE-AC",
    serial: 147,
    applicant: "Abdelkader Chraibi",
    architect: "Leïla Bennani, architecte",
    project: "Construction d'un immeuble R+3 : 2 commerces et 6 logements",
    deadlineInWorkingDays: 4,
    registeredWorkingDaysAgo: 11,
  },
  {
    procedure: "subdivision",
    prefix: "KHE-LT",
    serial: 32,
    applicant: "Société Riad Zemmour Immobilier SARL",
    architect: "Omar Skalli, architecte",
    project: "Lotissement « Riad Zemmour » : 30 lots d'habitat R+2",
    deadlineInWorkingDays: 12,
    registeredWorkingDaysAgo: 3,
  },
  {
    procedure: "housing_group",
    prefix: "KHE-GH",
    serial: 18,
    applicant: "Coopérative d'habitat Al Amal",
    architect: "Mehdi Lahlou, architecte",
    project: "Groupe d'habitations « Al Amal » : 8 maisons R+1",
    deadlineInWorkingDays: 1,
    registeredWorkingDaysAgo: 14,
  },
];

/** A dossier's number for the year of `now`, e.g. "KHE-AC-2026-0147". */
export function dossierNumber(spec: DemoDossierSpec, now: Date): string {
  const serial = String(spec.serial).padStart(4, "0");
  return `${spec.prefix}-${now.getUTCFullYear()}-${serial}`;
}
