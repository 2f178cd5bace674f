import type { DemoService, DemoUser } from "./demoData";

/**
 * The Khemisset commission's services and accounts. Names are fictional;
 * passwords are public demo data ("demo-" + username), never real ones.
 */

/** The services sitting on the demo commission; only the agency binds. */
export const DEMO_SERVICES: readonly DemoService[] = [
  {
    key: "urban_agency",
    name: "Agence urbaine de Khemisset",
    binding: true,
  },
  { key: "commune", name: "Commune de Khemisset", binding: false },
  {
    key: "province",
    name: "Province de Khemisset (autorité locale)",
    binding: false,
  },
  {
    key: "utility",
    name: "Régie de distribution d'eau et d'électricité",
    binding: false,
  },
  { key: "telecoms", name: "Opérateur de télécommunications", binding: false },
  {
    key: "civil_protection",
    name: "Protection civile",
    binding: false,
  },
];

const MEMBERS: readonly (readonly [string, string, string])[] = [
  ["urban_agency", "k.benali", "Karim Benali"],
  ["commune", "s.elidrissi", "Salma El Idrissi"],
  ["province", "y.amrani", "Youssef Amrani"],
  ["utility", "n.tazi", "Nadia Tazi"],
  ["telecoms", "h.ouazzani", "Hicham Ouazzani"],
  ["civil_protection", "c.moreau", "Claire Moreau"],
];

/** One member per service, a secretary and an admin. */
export const DEMO_USERS: readonly DemoUser[] = [
  ...MEMBERS.map(([serviceKey, username, displayName]) =>
    user(username, displayName, "member", serviceKey),
  ),
  user("f.alaoui", "Fatima Zahra Alaoui", "secretary", null),
  user("admin", "Rachid Berrada (administrateur)", "admin", null),
];

/** The demo commission: Khemisset's committee, quorum of three. */
export const DEMO_COMMISSION = {
  name: "Commission des grands projets de Khemisset",
  commune: "Khemisset",
  quorum: 3,
} as const;

function user(
  username: string,
  displayName: string,
  role: DemoUser["role"],
  serviceKey: string | null,
): DemoUser {
  return {
    username,
    password: `demo-${username}`,
    displayName,
    role,
    serviceKey,
  };
}
