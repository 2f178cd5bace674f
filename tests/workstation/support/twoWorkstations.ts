import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type {
  DossierDetail,
  MarkupDraftInput,
} from "../../../shared/contract/requests";
import type { User } from "../../../shared/domain/entities";
import { dossierDetail, firstDossierId, seenOn } from "./hostSync";
import { HostClient, startServer, type ServerProcess } from "./processes";
import {
  dataCli,
  registerDossier,
  seedCommission,
  type DataCli,
  type SeedCommission,
  type SeedDossier,
  type SeedService,
} from "./seed";

/** A member of the seeded commission, with the password they sign in with. */
export interface TestMember {
  readonly username: string;
  readonly password: string;
  readonly name: string;
  /** The key of the member's service. */
  readonly service: string;
}

/** The Agence urbaine, whose opinion binds, and the Commune. */
export const AU_AND_COMMUNE: readonly SeedService[] = [
  { key: "au", name: "Agence urbaine", binding: true },
  { key: "commune", name: "Commune" },
];

/** Amina of the Agence urbaine and Brahim of the Commune. */
export const AMINA_AND_BRAHIM: readonly [TestMember, TestMember] = [
  {
    username: "amina",
    password: "amina-demo-pass",
    name: "Amina A.",
    service: "au",
  },
  {
    username: "brahim",
    password: "brahim-demo-pass",
    name: "Brahim B.",
    service: "commune",
  },
];

/** What the server is seeded with before the workstations start. */
export interface TwoWorkstationsSetup {
  /** Names the temporary folder holding the server's and hosts' data. */
  readonly tempPrefix: string;
  readonly services?: readonly SeedService[];
  readonly commission: SeedCommission;
  /** The members signed in on workstation A and on workstation B. */
  readonly members: readonly [TestMember, TestMember];
  readonly dossier: SeedDossier;
  /** More seeding once the dossier is registered (a zoning plan, say). */
  readonly seedMore?: (cli: DataCli) => Promise<unknown>;
}

/**
 * Two workstations (browser-mode host processes, each with its own data
 * folder) against one real server process, both members signed in and
 * the seeded dossier in A's inbox. A test that kills a process starts it
 * again through this object, so that `close` stops the live ones.
 */
export class TwoWorkstations {
  root = "";
  serverDir = "";
  server!: ServerProcess;
  /** Workstations A and B, in the order of the setup's members. */
  readonly hosts: HostClient[] = [];
  /** The members as each workstation's sign-in answered them. */
  readonly users: User[] = [];
  dossierId = "";
  /** The dossier's first document, its site plan. */
  documentId = "";

  constructor(private readonly setup: TwoWorkstationsSetup) {}

  get a(): HostClient {
    return this.hosts[0]!;
  }

  get b(): HostClient {
    return this.hosts[1]!;
  }

  /** The data folder of workstation 0 (A) or 1 (B). */
  hostDir(index: 0 | 1): string {
    return path.join(this.root, index === 0 ? "ws-a" : "ws-b");
  }

  /** Seeds the server, starts it and both hosts, and signs both in. */
  async start(): Promise<void> {
    this.root = mkdtempSync(path.join(tmpdir(), this.setup.tempPrefix));
    this.serverDir = path.join(this.root, "server");
    await this.seed();
    this.server = await startServer(this.serverDir);

    await Promise.all([0, 1].map((i) => this.startHost(i as 0 | 1)));
    await Promise.all(
      this.setup.members.map(async ({ username, password }, i) => {
        this.users[i] = await this.hosts[i]!.call<User>("session.signIn", {
          username,
          password,
        });
      }),
    );

    this.dossierId = await firstDossierId(this.a);
    this.documentId = (await this.detail(this.a)).documents[0]!.id;
  }

  /** Starts a host (again, after a test killed it) on its data folder. */
  async startHost(index: 0 | 1): Promise<HostClient> {
    const host = await HostClient.start(this.hostDir(index), this.server.url);
    this.hosts[index] = host;
    return host;
  }

  /** Starts the server again on its data and port, after a test killed it. */
  async restartServer(): Promise<void> {
    this.server = await startServer(this.serverDir, this.server.port);
  }

  /** The seeded dossier's detail as `host` has it, without syncing. */
  detail(host: HostClient): Promise<DossierDetail> {
    return dossierDetail(host, this.dossierId);
  }

  /**
   * A markup for a host to save: a fresh id, in red on the first sheet of
   * the dossier's site plan unless `fields` say otherwise.
   */
  draft(
    fields: Pick<MarkupDraftInput, "kind" | "points" | "comment"> &
      Partial<MarkupDraftInput>,
  ): MarkupDraftInput {
    return {
      id: randomUUID(),
      dossierId: this.dossierId,
      documentId: this.documentId,
      sheetIndex: 0,
      color: "#d03030",
      ...fields,
    };
  }

  /** Syncs `host` until `probe` finds what it waits for in the dossier. */
  seen<T>(
    host: HostClient,
    probe: (detail: DossierDetail) => T | undefined,
    what: string,
    timeoutMs = 60_000,
  ): Promise<T> {
    return seenOn(host, this.dossierId, probe, what, timeoutMs);
  }

  /** Stops whatever still runs and removes the data folders. */
  async close(): Promise<void> {
    await Promise.all([
      ...this.hosts.map((host) => host.process.kill()),
      this.server?.process.kill(),
    ]);
    if (this.root) rmSync(this.root, { recursive: true, force: true });
  }

  private async seed(): Promise<void> {
    const { commission, members } = this.setup;
    await seedCommission(this.serverDir, {
      services: this.setup.services ?? AU_AND_COMMUNE,
      commission,
      users: members.map((m) => ({ ...m, role: "member" })),
    });
    await registerDossier(this.serverDir, commission, this.setup.dossier);
    await this.setup.seedMore?.(dataCli(this.serverDir));
  }
}
