import {
  markupSchema,
  type Commission,
  type CommitteeSession,
  type Dossier,
  type Markup,
  type Opinion,
} from "../../shared/domain/entities";

/** A building-permit dossier in Tiflet, as the print tests use it. */
export const dossier: Dossier = {
  id: "d-1",
  number: "KH-2026-0147",
  procedure: "building_permit",
  commune: "Tiflet",
  applicant: "Applicant",
  architect: "Architect",
  landTitle: "12345/K",
  parcel: [],
  parcelCrs: "EPSG:26191",
  commissionId: "c-1",
  sessionId: "s-1",
  status: "under_review",
  deadline: "2026-12-20",
  registeredAt: "2026-11-20T09:00:00Z",
  stages: [],
};

export const commission: Commission = {
  id: "c-1",
  name: "Commission des grands projets de Tiflet",
  commune: "Tiflet",
  quorum: 2,
};

export const session: CommitteeSession = {
  id: "s-1",
  commissionId: "c-1",
  date: "2026-12-10",
  title: "Séance du 10 décembre",
};

export const markup: Markup = markupSchema.parse({
  id: "m-1",
  dossierId: "d-1",
  documentId: "doc-3",
  sheetIndex: 2,
  kind: "cloud",
  points: [{ x: 10, y: 20 }],
  comment: "Retrait sur rue insuffisant",
  color: "#ff0000",
  authorId: "u-1",
  authorName: "Amina",
  service: "Agence urbaine",
  createdAt: "2026-12-01T10:00:00Z",
  updatedAt: "2026-12-01T10:00:00Z",
  deleted: false,
});

/** An opinion with the given overrides (signed by default). */
export function opinionOf(overrides: Partial<Opinion>): Opinion {
  return {
    id: "o-1",
    dossierId: "d-1",
    sessionId: "s-1",
    round: 1,
    memberId: "u-1",
    memberName: "Amina El Idrissi",
    serviceId: "svc-au",
    serviceName: "Agence urbaine de Khémisset",
    binding: true,
    verdict: "favourable_with_conditions",
    conditions: [
      { text: "Respecter un retrait de 5 m sur rue.", markupIds: ["m-1"] },
    ],
    reasons: [],
    createdAt: "2026-12-01T10:00:00Z",
    updatedAt: "2026-12-01T10:00:00Z",
    signedAt: "2026-12-02T10:00:00Z",
    signedPdfSha256: null,
    ...overrides,
  };
}

/** The agency's binding opinion and the commune's advisory one. */
export const opinions: Opinion[] = [
  opinionOf({}),
  opinionOf({
    id: "o-2",
    memberId: "u-2",
    memberName: "يوسف الإدريسي",
    serviceId: "svc-commune",
    serviceName: "جماعة تيفلت",
    binding: false,
    verdict: "favourable",
    conditions: [],
  }),
];
