import { mkdtempSync, rmSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  DossierDetail,
  DossierSummary,
  MarkupDraftInput,
} from "../../shared/contract/requests";
import type { Markup } from "../../shared/domain/entities";
import {
  calibrationFromScale,
  calibrationFromTwoPoints,
} from "../../shared/measure/calibrate";
import { measurementValue } from "../../shared/measure/measurementValue";
import { calibrationAt } from "../../shared/measure/sheetCalibration";
import {
  HostClient,
  serverCli,
  startServer,
  waitFor,
  type ServerProcess,
} from "../workstation/support/processes";

/*
 * Measurements and calibrations are markups: made on one workstation,
 * they reach another through the real server with their calibration, so
 * the second reviewer reads the same value and the same sheet scale.
 */

let root = "";
let server: ServerProcess;
let hostA: HostClient;
let hostB: HostClient;
let detailA: DossierDetail;

async function buildingPermit(host: HostClient): Promise<DossierDetail> {
  const list = await host.call<DossierSummary[]>("dossiers.list", {});
  const summary = list.find((d) => d.number.includes("-AC-"));
  if (summary === undefined) throw new Error("no building permit");
  return host.call<DossierDetail>("dossiers.get", { dossierId: summary.id });
}

describe("measurements between two workstations", () => {
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), "lajna-measure-sync-"));
    await serverCli(["demo", "--data", path.join(root, "server")]);
    server = await startServer(path.join(root, "server"));
    hostA = await HostClient.start(path.join(root, "a"), server.url);
    hostB = await HostClient.start(path.join(root, "b"), server.url);
    await hostA.call("session.signIn", {
      username: "k.benali",
      password: "demo-k.benali",
    });
    await hostB.call("session.signIn", {
      username: "s.elidrissi",
      password: "demo-s.elidrissi",
    });
    detailA = await waitFor(
      async () => {
        await hostA.answer("sync.now", {});
        return buildingPermit(hostA).catch(() => undefined);
      },
      60_000,
      "the building permit on workstation A",
    );
  }, 180_000);

  afterAll(async () => {
    await hostA?.process.kill();
    await hostB?.process.kill();
    await server?.process.kill();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("carries the calibration and the measurement to the other member", async () => {
    const sheet = detailA.documents.find((d) => d.fileName.includes("rdc"));
    if (sheet === undefined) throw new Error("no ground-floor sheet");
    const a = { x: 360, y: 453.54 };
    const b = { x: 360, y: 737.01 };
    const base = {
      dossierId: sheet.dossierId,
      documentId: sheet.id,
      sheetIndex: 0,
      color: "#1864ab",
    };
    const calibration: MarkupDraftInput = {
      ...base,
      id: randomUUID(),
      kind: "measure_calibration",
      points: [a, b],
      comment: "10 m · 1/100",
      measurement: { calibration: calibrationFromTwoPoints(a, b, 10) },
    };
    const length: MarkupDraftInput = {
      ...base,
      id: randomUUID(),
      kind: "measure_length",
      points: [a, b],
      comment: "10.00 m",
      measurement: { calibration: calibrationFromScale(100) },
    };
    await hostA.call<Markup>("markups.save", calibration);
    await hostA.call<Markup>("markups.save", length);
    await hostA.answer("sync.now", {});

    const seen = await waitFor(
      async () => {
        await hostB.answer("sync.now", {});
        const detail = await buildingPermit(hostB).catch(() => undefined);
        const found = detail?.markups.filter((m) => m.documentId === sheet.id);
        return found !== undefined && found.length >= 2 ? found : undefined;
      },
      60_000,
      "the measurements on workstation B",
    );

    const measured = seen.find((m) => m.id === length.id);
    expect(measured?.measurement).toEqual(length.measurement);
    const value = measurementValue(
      { kind: "measure_length", points: measured!.points },
      measured!.measurement!.calibration,
    );
    expect(value?.kind === "length" && value.lengthM).toBeCloseTo(10, 2);

    const scale = calibrationAt({
      markups: seen,
      documentId: sheet.id,
      sheetIndex: 0,
      viewportScales: [],
      userUnit: 1,
      point: null,
    });
    expect(scale?.markupId).toBe(calibration.id);
    expect(scale?.calibration.scaleDenominator).toBeCloseTo(100, 1);
  }, 120_000);
});
