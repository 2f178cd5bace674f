import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type {
  DossierDetail,
  DossierSummary,
} from "../../shared/contract/requests";
import type { Markup } from "../../shared/domain/entities";
import {
  HostClient,
  startServer,
  waitFor,
} from "../workstation/support/processes";
import { dataCli, seedCommission } from "../workstation/support/seed";

/*
 * A real server and a real browser-mode host (its own SQLite store) with
 * one member signed in and one dossier holding one sheet, for tests of
 * the exchange requests.
 */

const COMMISSION = "Commission provinciale Khemisset";

/** The running pair and the dossier's ids. */
export interface ExchangeFixture {
  readonly host: HostClient;
  readonly dossierId: string;
  readonly documentId: string;
  /** The member's live markups, without the PDF's own annotations. */
  liveMarkups(): Promise<Markup[]>;
  stop(): Promise<void>;
}

/** Starts a server and a host on `pdf`, with Amina signed in. */
export async function startExchangeFixture(
  pdf: string,
): Promise<ExchangeFixture> {
  const root = mkdtempSync(path.join(tmpdir(), "lajna-exchange-"));
  await seed(path.join(root, "server"), pdf);
  const server = await startServer(path.join(root, "server"));
  const host = await HostClient.start(path.join(root, "ws"), server.url);
  await host.call("session.signIn", {
    username: "amina",
    password: "amina-demo-pass",
  });

  const inbox = await waitFor(async () => {
    await host.answer("sync.now", {});
    const list = await host.call<DossierSummary[]>("dossiers.list", {});
    return list.length > 0 ? list : undefined;
  });
  const dossierId = inbox[0]?.id ?? "";
  const detail = await host.call<DossierDetail>("dossiers.get", {
    dossierId,
  });
  return {
    host,
    dossierId,
    documentId: detail.documents[0]?.id ?? "",
    liveMarkups: async () => {
      const now = await host.call<DossierDetail>("dossiers.get", {
        dossierId,
      });
      return now.markups.filter((m) => !m.deleted && m.origin !== "document");
    },
    stop: async () => {
      await Promise.all([host.process.kill(), server.process.kill()]);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

async function seed(dataDir: string, pdf: string): Promise<void> {
  await seedCommission(dataDir, {
    services: [{ key: "au", name: "Agence urbaine" }],
    commission: { name: COMMISSION, commune: "Khemisset", quorum: 1 },
    users: [
      {
        username: "amina",
        password: "amina-demo-pass",
        name: "Amina A.",
        role: "member",
        service: "au",
      },
    ],
  });
  const cli = dataCli(dataDir);
  await cli(
    "dossier",
    "register",
    "--number",
    "KH-2026-0077",
    "--procedure",
    "building_permit",
    "--commune",
    "Khemisset",
    "--applicant",
    "Demo applicant",
    "--architect",
    "Demo architect",
    "--land-title",
    "T-777/R",
    "--parcel",
    "420000,360000 420030,360000 420030,360025 420000,360025",
    "--commission",
    COMMISSION,
    "--deadline",
    "2026-12-31",
    "--doc",
    `site_plan:${pdf}:Site plan`,
  );
}
