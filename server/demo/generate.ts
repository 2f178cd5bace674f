import {
  addDays,
  addWorkingDays,
  frenchDate,
  isoDate,
  nextWeekday,
} from "./calendar";
import type { DemoData, DemoDossier } from "./demoData";
import { DEMO_DOSSIER_SPECS, dossierNumber } from "./dossiers";
import type { DemoDossierSpec } from "./dossiers";
import { demoParcels, localParcels } from "./parcels";
import type { LocalParcel } from "./parcels";
import { DEMO_COMMISSION, DEMO_SERVICES, DEMO_USERS } from "./people";
import { dossierDocuments, projectDesign } from "./plans/dossierDocuments";
import { demoRevisions } from "./plans/revisedGroundFloor";
import { seededRandom } from "./random";
import { ZONING_PLAN, demoZones, localZones } from "./zoning";

/** The seed of the demo's random choices; change it to get another town. */
const DEMO_SEED = 0x1a2b3c;

/** The weekday of the commission's sessions (2 = Tuesday). */
const SESSION_WEEKDAY = 2;

/**
 * Generates the whole demo data set with Lajna's own code: the Khemisset
 * zoning plan and parcels, services, users, the commission and its next
 * session, and three dossiers whose sheets are vector PDFs drawn to
 * scale. The result depends only on `now` (default: the current time):
 * random choices use a fixed seed, and deadlines and dates are counted
 * from `now` so that the inbox always looks alive.
 */
export async function generateDemoData(
  options: { now?: Date } = {},
): Promise<DemoData> {
  const now = options.now ?? new Date();
  const random = seededRandom(DEMO_SEED);
  const parcels = localParcels(random);

  const dossiers: DemoDossier[] = [];
  for (const [index, spec] of DEMO_DOSSIER_SPECS.entries()) {
    const parcel = parcels[index];
    if (!parcel) throw new Error("Each demo dossier needs its parcel");
    dossiers.push(await demoDossier(spec, parcel, parcels, now));
  }

  const sessionDate = nextWeekday(now, SESSION_WEEKDAY);
  return {
    commune: DEMO_COMMISSION.commune,
    crs: "EPSG:26191",
    services: DEMO_SERVICES,
    users: DEMO_USERS,
    commission: { ...DEMO_COMMISSION },
    session: {
      title: `Session du ${frenchDate(sessionDate)}`,
      date: isoDate(sessionDate),
    },
    zoningPlan: { ...ZONING_PLAN, zones: demoZones() },
    parcels: demoParcels(parcels),
    dossiers,
  };
}

async function demoDossier(
  spec: DemoDossierSpec,
  parcel: LocalParcel,
  parcels: readonly LocalParcel[],
  now: Date,
): Promise<DemoDossier> {
  const number = dossierNumber(spec, now);
  const registered = addWorkingDays(now, -spec.registeredWorkingDaysAgo);
  // The architect signs the sheets about a week before registration.
  const drawnOn = addDays(registered, -7);

  const drawing = {
    spec,
    dossierNumber: number,
    landTitle: parcel.landTitle,
    parcelRing: parcel.ring,
    parcels,
    zones: localZones(),
    building: projectDesign(spec.procedure).building,
  };
  const info = {
    project: spec.project,
    applicant: spec.applicant,
    architect: spec.architect,
    dateLabel: frenchDate(drawnOn),
    date: drawnOn,
  };
  const documents = await dossierDocuments(drawing, info);
  const revisions = await demoRevisions(drawing, info);

  return {
    number,
    procedure: spec.procedure,
    applicant: spec.applicant,
    architect: spec.architect,
    landTitle: parcel.landTitle,
    deadline: isoDate(addWorkingDays(now, spec.deadlineInWorkingDays)),
    documents,
    revisions,
  };
}
