import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  MarkupDraftInput,
  SyncStatus,
  ZoningView,
} from "../../shared/contract/requests";
import type {
  Georeference,
  Markup,
  Opinion,
  User,
} from "../../shared/domain/entities";
import { corpusDir, waitFor } from "./support/processes";
import { AMINA_AND_BRAHIM, TwoWorkstations } from "./support/twoWorkstations";

/*
 * Two workstations (browser-mode host processes, each with its own data
 * dir) against one real server process: markups travel from one member to
 * the other, survive the server going down, and survive a host killed
 * between saving and pushing.
 */

const planPdf = path.join(
  corpusDir,
  "plans/pdfjs_issue21570_freecad_techdraw_A4.pdf",
);
const memberP12 = path.join(
  corpusDir,
  "signatures/certs/nodesignpdf_certificate.p12",
);
const regionsGeoJson = path.join(
  corpusDir,
  "zoning/ma_HCP2014_regions.native_coords_tagged_EPSG26191.geojson",
);
const haveCorpus =
  existsSync(planPdf) && existsSync(memberP12) && existsSync(regionsGeoJson);
if (!haveCorpus) {
  process.stderr.write(
    `skipping two-workstation sync tests: corpus files missing under ${corpusDir}\n`,
  );
}

const ws = new TwoWorkstations({
  tempPrefix: "lajna-two-",
  commission: {
    name: "Commission provinciale Khemisset",
    commune: "Khemisset",
    quorum: 2,
  },
  members: AMINA_AND_BRAHIM,
  dossier: {
    number: "KH-2026-0042",
    landTitle: "T-12345/R",
    sitePlan: planPdf,
    parcel: "420000,360000 420030,360000 420030,360025 420000,360025",
  },
  // Regions of Morocco stand in for a zoning plan: real EPSG:26191 polygons.
  seedMore: (cli) =>
    cli(
      ...["zoning", "import", "--commune", "Khemisset"],
      ...["--name", "HCP 2014 regions", "--file", regionsGeoJson],
    ),
});

/** A cloud of A's or B's on the site plan. */
function draft(comment: string): MarkupDraftInput {
  const points = [
    { x: 100, y: 100 },
    { x: 200, y: 150 },
  ];
  return ws.draft({ kind: "cloud", points, comment });
}

/** Poppler's verdict on a signed PDF (it exits non-zero on a bad one). */
function pdfsigReport(file: string): string {
  try {
    return execFileSync("pdfsig", [file], { encoding: "utf8" });
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return `${failed.stdout ?? ""}${failed.stderr ?? ""}`;
  }
}

/** Waits until host B shows a markup with this id, syncing on demand. */
function seenByB(markupId: string): Promise<Markup> {
  return ws.seen(
    ws.b,
    (detail) => detail.markups.find((m) => m.id === markupId),
    `markup ${markupId} on workstation B`,
  );
}

describe.skipIf(!haveCorpus)("two workstations, one server", () => {
  beforeAll(async () => {
    await ws.start();
    expect(ws.users[0]!.displayName).toBe("Amina A.");
  });
  afterAll(() => ws.close());

  it("refuses a wrong password with a translated key", async () => {
    const answer = await ws.b.answer("session.signIn", {
      username: "brahim",
      password: "not-his-password",
    });
    expect(answer).toMatchObject({
      ok: false,
      error: { key: "session.error.badCredentials" },
    });
  });

  it("finds the zone holding the parcel's centroid", async () => {
    await ws.a.answer("sync.now", {});
    const view = await ws.a.call<ZoningView>("zoning.forDossier", {
      dossierId: ws.dossierId,
    });
    expect(view.plan?.name).toBe("HCP 2014 regions");
    expect(view.zones).toHaveLength(12);
    const zone = view.zones.find((z) => z.id === view.parcelZoneId);
    // Khemisset lies in the Rabat-Salé-Kénitra region.
    expect(`${zone?.code} ${zone?.name}`).toMatch(/rabat/i);
  });

  it("prefetches the inbox's documents in the background", async () => {
    const detail = await ws.detail(ws.a);
    const cached = path.join(
      ws.hostDir(1),
      "documents",
      detail.documents[0]!.sha256,
    );
    await waitFor(
      async () => (existsSync(cached) ? true : undefined),
      30_000,
      "B to prefetch the site plan",
    );
  });

  it("downloads a document and checks its hash", async () => {
    await ws.b.answer("sync.now", {});
    const detail = await ws.detail(ws.b);
    const { bytes } = await ws.b.call<{ bytes: Uint8Array }>("documents.read", {
      documentId: ws.documentId,
    });
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    expect(sha256).toBe(detail.documents[0]!.sha256);
  });

  it("carries A's markup to B, where B cannot edit or delete it", async () => {
    const stream = ws.b.followEvents();
    const saved = await ws.a.call<Markup>(
      "markups.save",
      draft("Setback to the street below 5 m"),
    );
    expect(saved.authorName).toBe("Amina A.");
    expect(saved.service).toBe("Agence urbaine");

    const onB = await seenByB(saved.id);
    expect(onB.comment).toBe("Setback to the street below 5 m");
    expect(onB.authorId).toBe(saved.authorId);
    await waitFor(
      async () =>
        stream.events.some(
          (e) =>
            (e as { type: string }).type === "dossiers.changed" &&
            (e as { dossierIds: string[] }).dossierIds.includes(ws.dossierId),
        )
          ? true
          : undefined,
      10_000,
      "a dossiers.changed event on B",
    );
    stream.stop();

    const edit = await ws.b.answer("markups.save", {
      ...draft("changed by B"),
      id: saved.id,
    });
    expect(edit).toMatchObject({
      ok: false,
      error: { key: "markup.error.notAuthor" },
    });
    const removal = await ws.b.answer("markups.delete", {
      markupId: saved.id,
    });
    expect(removal).toMatchObject({
      ok: false,
      error: { key: "markup.error.notAuthor" },
    });
  });

  it("carries a sheet's placement on the map, one per sheet", async () => {
    const placement = {
      dossierId: ws.dossierId,
      documentId: ws.documentId,
      sheetIndex: 0,
      sheetPoints: [
        { x: 50, y: 50 },
        { x: 500, y: 50 },
      ],
      mapPoints: [
        { x: 420_000, y: 360_000 },
        { x: 420_030, y: 360_000 },
      ],
      crs: "EPSG:26191",
      opacity: 0.6,
    };
    const first = await ws.a.call<Georeference>(
      "georeferences.save",
      placement,
    );
    const second = await ws.a.call<Georeference>("georeferences.save", {
      ...placement,
      opacity: 0.4,
    });
    expect(second.id).toBe(first.id);

    const onB = await ws.seen(
      ws.b,
      (detail) => {
        const found = detail.georeferences.find((g) => g.id === first.id);
        return found?.opacity === 0.4 ? found : undefined;
      },
      "the placement on B",
      30_000,
    );
    expect(onB.updatedBy).toBe(first.updatedBy);
  });

  it("keeps A's edits made while the server is down and delivers them after", async () => {
    await ws.server.process.kill("SIGKILL");
    const offline = await ws.a.call<Markup>(
      "markups.save",
      draft("Drawn while offline"),
    );

    const status = await waitFor(
      async () => {
        const s = await ws.a.call<SyncStatus>("sync.status", {});
        return !s.online && s.pendingChanges > 0 ? s : undefined;
      },
      30_000,
      "A to notice the server is down",
    );
    expect(status.lastErrorKey).toBe("sync.error.offline");

    await ws.restartServer();

    // A's background loop pushes by itself once the server is back.
    await waitFor(
      async () => {
        const s = await ws.a.call<SyncStatus>("sync.status", {});
        return s.online && s.pendingChanges === 0 ? s : undefined;
      },
      60_000,
      "A's outbox to drain",
    );
    expect((await seenByB(offline.id)).comment).toBe("Drawn while offline");
  });

  it("loses nothing when a host is killed between saving and pushing", async () => {
    // With the server down, the push cannot happen before the kill.
    await ws.server.process.kill("SIGKILL");
    const saved = await ws.a.call<Markup>(
      "markups.save",
      draft("Saved just before a crash"),
    );
    await ws.a.process.kill("SIGKILL");

    await ws.restartServer();
    await ws.startHost(0);
    const session = await ws.a.call<{ user: User | null }>(
      "session.status",
      {},
    );
    expect(session.user?.username).toBe("amina");

    expect((await seenByB(saved.id)).comment).toBe("Saved just before a crash");
  });

  it("rejects the loser of two offline edits of one markup, visibly", async () => {
    // Both members draw under the same id while the server is down, so
    // neither workstation can know of the other's markup.
    await ws.server.process.kill("SIGKILL");
    const shared = draft("first");
    await ws.a.call<Markup>("markups.save", { ...shared, comment: "by A" });
    await ws.b.call<Markup>("markups.save", { ...shared, comment: "by B" });
    await ws.restartServer();

    const statuses = await waitFor(
      async () => {
        const both = await Promise.all(
          [ws.a, ws.b].map((h) => h.call<SyncStatus>("sync.status", {})),
        );
        const settled = both.every((s) => s.online && s.pendingChanges === 0);
        return settled ? both : undefined;
      },
      60_000,
      "both outboxes to drain",
    );

    const keys = statuses.map((s) => s.lastErrorKey);
    expect(keys.filter((k) => k === "markup.error.notAuthor")).toHaveLength(1);
    expect(keys.filter((k) => k === null)).toHaveLength(1);

    // The loser's local copy rolls back; both end with the winner's.
    const winner = keys[0] === null ? "by A" : "by B";
    for (const host of [ws.a, ws.b]) {
      const markup = await ws.seen(
        host,
        (detail) => {
          const found = detail.markups.find((m) => m.id === shared.id);
          return found?.comment === winner ? found : undefined;
        },
        "the winning markup everywhere",
        30_000,
      );
      expect(markup.comment).toBe(winner);
    }
  });

  it("signs A's opinion: the PDF reaches B and the opinion is frozen", async () => {
    const draftOpinion = await ws.a.call<Opinion>("opinions.saveDraft", {
      dossierId: ws.dossierId,
      verdict: "favourable_with_conditions",
      conditions: [{ text: "Respect a 5 m setback", markupIds: [] }],
      reasons: [],
    });
    expect(draftOpinion.binding).toBe(true);

    const signed = await ws.a.call<Opinion>("opinions.sign", {
      opinionId: draftOpinion.id,
      pkcs12: new Uint8Array(readFileSync(memberP12)),
      password: "",
    });
    expect(signed.signedAt).not.toBeNull();

    const again = await ws.a.answer("opinions.saveDraft", {
      dossierId: ws.dossierId,
      verdict: "unfavourable",
      conditions: [],
      reasons: [],
    });
    expect(again).toMatchObject({
      ok: false,
      error: { key: "opinion.error.signed" },
    });

    const onB = await ws.seen(
      ws.b,
      (detail) => {
        const opinion = detail.opinions.find((o) => o.id === signed.id);
        const document = detail.documents.find(
          (d) => d.kind === "signed_opinion",
        );
        return opinion?.signedAt && document
          ? { opinion, document }
          : undefined;
      },
      "the signed opinion on B",
    );
    expect(onB.document.sha256).toBe(signed.signedPdfSha256);

    const { bytes } = await ws.b.call<{ bytes: Uint8Array }>(
      "opinions.signedPdf",
      { opinionId: signed.id },
    );
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(
      signed.signedPdfSha256,
    );
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe("%PDF-");
    const signedFile = path.join(ws.root, "signed-opinion.pdf");
    writeFileSync(signedFile, bytes);
    expect(pdfsigReport(signedFile)).toContain("Signature is Valid");

    const decision = await ws.b.call<{ bytes: Uint8Array }>("decisions.print", {
      dossierId: ws.dossierId,
    });
    expect(new TextDecoder().decode(decision.bytes.subarray(0, 5))).toBe(
      "%PDF-",
    );
  });

  it("keeps passwords and tokens out of the workstation logs", () => {
    for (const dir of [ws.hostDir(0), ws.hostDir(1)]) {
      const log = readFileSync(path.join(dir, "lajna.log"), "utf8");
      const token = readFileSync(
        path.join(dir, "secrets/server-token"),
        "utf8",
      );
      expect(log.length).toBeGreaterThan(0);
      expect(log).not.toContain(token);
      expect(log).not.toContain("amina-demo-pass");
      expect(log).not.toContain("brahim-demo-pass");
      expect(log).not.toContain("not-his-password");
    }
  });
});
