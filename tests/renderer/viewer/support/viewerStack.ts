import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../../../support/demoStack";
import {
  corpusDir,
  startHostProcess,
  startServer,
  type HostProcess,
  type ServerProcess,
} from "../../../workstation/support/processes";
import { dataCli, seedCommission } from "../../../workstation/support/seed";
import { layeredSheetsPdf } from "./layeredSheets";

/** The dossier the viewer tests open, and its documents' titles. */
export const VIEWER_DOSSIER = "KH-VIEW-2026-0042";
export const DOCUMENTS = {
  layered: "Plans A-101 à A-102",
  autocad: "Implantation AutoCAD",
} as const;
export const MEMBER = { username: "nadia", password: "nadia-viewer-pass" };

/** An AutoCAD plot whose page carries its own /Rotate 270. */
export const AUTOCAD_PLOT = path.join(
  corpusDir,
  "plans/autocad2020_layout_5layers.pdf",
);

export interface ViewerStack {
  readonly pageUrl: string;
  readonly browser: Browser;
  stop(): Promise<void>;
}

/**
 * A server seeded through its command line with one dossier (the
 * generated layered set, then the AutoCAD plot), a browser-mode host and
 * Chromium. What was started is stopped again if a later step fails.
 */
export async function startViewerStack(): Promise<ViewerStack> {
  const root = mkdtempSync(path.join(tmpdir(), "lajna-viewer-"));
  let server: ServerProcess | null = null;
  let host: HostProcess | null = null;
  let browser: Browser | null = null;
  const stop = async () => {
    await browser?.close();
    await host?.process.kill();
    await server?.process.kill();
    rmSync(root, { recursive: true, force: true });
  };
  try {
    const dataDir = path.join(root, "server");
    await seed(dataDir, root);
    server = await startServer(dataDir);
    host = await startHostProcess(path.join(root, "host"), server.url, 1000);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [...CHROMIUM_ARGS],
    });
    return { pageUrl: host.pageUrl, browser, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function seed(dataDir: string, root: string): Promise<void> {
  const commission = "Commission locale de Tiflet";
  await seedCommission(dataDir, {
    services: [{ key: "au", name: "Agence urbaine", binding: true }],
    commission: { name: commission, commune: "Tiflet", quorum: 1 },
    users: [
      { ...MEMBER, name: "Nadia Berrada", role: "member", service: "au" },
    ],
  });
  const layered = path.join(root, "layered.pdf");
  writeFileSync(layered, await layeredSheetsPdf());
  await dataCli(dataDir)(
    ...["dossier", "register", "--number", VIEWER_DOSSIER],
    ...["--procedure", "building_permit", "--commune", "Tiflet"],
    ...["--applicant", "Omar Sqalli", "--architect", "Atelier Rif"],
    ...["--land-title", "1207/18", "--commission", commission],
    ...["--parcel", "438180,358580 438215,358580 438215,358610"],
    ...["--deadline", "2026-12-30"],
    ...["--doc", `level_plan:${layered}:${DOCUMENTS.layered}`],
    ...["--doc", `site_plan:${AUTOCAD_PLOT}:${DOCUMENTS.autocad}`],
  );
}
