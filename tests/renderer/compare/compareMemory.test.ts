import { describe, expect, it, vi } from "vitest";
import type { CompareChoice } from "../../../renderer/compare/compareMemory";
import type { DossierDocument } from "../../../shared/domain/entities";
import { fakeLocalStorage } from "./fakeStorage";

/** A fresh copy of the module, as after a reload of the app. */
async function freshMemory() {
  vi.resetModules();
  return import("../../../renderer/compare/compareMemory");
}

const sheetSet = {
  dossierId: "d1",
  kind: "level_plan",
  title: "Jeu de plans",
  fileName: "plans.pdf",
  sha256: "c".repeat(64),
  sizeBytes: 10,
  pageCount: 3,
  error: null,
} satisfies Omit<DossierDocument, "id">;
const documents: DossierDocument[] = ["v1", "v2"].map((id) => ({
  ...sheetSet,
  id,
}));

const choice: CompareChoice = {
  pair: {
    older: { documentId: "v1", sheetIndex: 2 },
    newer: { documentId: "v2", sheetIndex: 2 },
  },
  mode: "side",
  manual: { transform: { a: 1, b: 0, tx: 4, ty: -2 }, source: "points" },
  blend: 0.25,
  shown: "newer",
};

const stored = fakeLocalStorage();

describe("the Compare tab's memory per dossier", () => {
  it("gives back the last comparison, in the session and after a reload", async () => {
    const memory = await freshMemory();
    expect(memory.loadCompareChoice("d1", documents)).toBeNull();
    memory.saveCompareChoice("d1", choice);
    expect(memory.loadCompareChoice("d1", documents)).toEqual(choice);
    expect(memory.loadCompareChoice("d2", documents)).toBeNull();

    const reloaded = await freshMemory();
    expect(reloaded.loadCompareChoice("d1", documents)).toEqual(choice);
  });

  it("forgets a comparison whose sheets are no longer in the dossier", async () => {
    const memory = await freshMemory();
    memory.saveCompareChoice("d1", choice);
    const withdrawn = documents.filter((d) => d.id !== "v2");
    expect(memory.loadCompareChoice("d1", withdrawn)).toBeNull();
    const shorter = documents.map((d) => ({ ...d, pageCount: 2 }));
    expect(memory.loadCompareChoice("d1", shorter)).toBeNull();
  });

  it("ignores a damaged entry rather than failing", async () => {
    stored().set("lajna.compare.d1", "{not json");
    stored().set("lajna.compare.d2", JSON.stringify({ ...choice, blend: 7 }));
    const memory = await freshMemory();
    expect(memory.loadCompareChoice("d1", documents)).toBeNull();
    expect(memory.loadCompareChoice("d2", documents)).toBeNull();
  });
});
