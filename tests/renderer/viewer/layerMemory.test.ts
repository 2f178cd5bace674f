import { afterEach, describe, expect, it } from "vitest";
import {
  forgetOldLayerChoices,
  layerMemoryKey,
  loadLayerChoice,
  saveLayerChoice,
  sheetVisibility,
} from "../../../renderer/viewer/layerMemory";

/** A Storage over a Map, standing in for the page's localStorage. */
class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
}

const defaults = new Map([
  ["1R", true],
  ["2R", false],
  ["3R", true],
]);
const locked = new Set(["3R"]);
const sha256 = "ab".repeat(32);
const plan = { id: "doc-plan", sha256 };
const member = "user-amal";
const key = layerMemoryKey(member, plan, 2);

function useStorage(): MemoryStorage {
  const storage = new MemoryStorage();
  Object.defineProperty(globalThis, "localStorage", {
    value: storage,
    configurable: true,
  });
  return storage;
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, "localStorage");
});

describe("layer choices per sheet", () => {
  it("starts from the document's defaults, hidden layers included", () => {
    expect(sheetVisibility(defaults, locked, null)).toEqual(defaults);
  });

  it("applies a remembered choice, except to a locked layer", () => {
    const visible = sheetVisibility(defaults, locked, {
      "1R": false,
      "2R": true,
      "3R": false,
    });
    expect(visible.get("1R")).toBe(false);
    expect(visible.get("2R")).toBe(true);
    expect(visible.get("3R")).toBe(true);
  });

  it("remembers a choice per document and sheet, and forgets the defaults", () => {
    const storage = useStorage();
    saveLayerChoice(key, { "1R": false, "2R": false, "3R": true }, defaults);
    expect(loadLayerChoice(key)).toEqual({
      "1R": false,
      "2R": false,
      "3R": true,
    });
    expect(loadLayerChoice(layerMemoryKey(member, plan, 1))).toBeNull();

    saveLayerChoice(key, Object.fromEntries(defaults), defaults);
    expect(storage.items.size).toBe(0);
  });

  it("keeps apart the same file filed as documents of two dossiers", () => {
    useStorage();
    const sameFileElsewhere = { id: "doc-other-dossier", sha256 };
    saveLayerChoice(key, { "1R": false, "2R": false, "3R": true }, defaults);
    expect(layerMemoryKey(member, sameFileElsewhere, 2)).not.toBe(key);
    expect(
      loadLayerChoice(layerMemoryKey(member, sameFileElsewhere, 2)),
    ).toBeNull();
  });

  it("keeps one member's choices from another member on the workstation", () => {
    useStorage();
    saveLayerChoice(key, { "1R": false, "2R": false, "3R": true }, defaults);
    const other = layerMemoryKey("user-youssef", plan, 2);
    expect(other).not.toBe(key);
    expect(loadLayerChoice(other)).toBeNull();
    expect(loadLayerChoice(key)).toEqual({
      "1R": false,
      "2R": false,
      "3R": true,
    });
  });

  it("keeps apart ids that would read alike once joined", () => {
    expect(layerMemoryKey("a.b", { id: "c" }, 0)).not.toBe(
      layerMemoryKey("a", { id: "b.c" }, 0),
    );
    expect(layerMemoryKey("a/b", { id: "c" }, 0)).not.toBe(
      layerMemoryKey("a", { id: "b/c" }, 0),
    );
  });

  it("leaves choices stored by file content unread", () => {
    const storage = useStorage();
    storage.setItem(
      `lajna.layers.${sha256}.2`,
      JSON.stringify({ "1R": false }),
    );
    expect(loadLayerChoice(key)).toBeNull();
  });

  it("ignores a damaged entry rather than failing", () => {
    const storage = useStorage();
    storage.setItem(key, "{not json");
    expect(loadLayerChoice(key)).toBeNull();
    storage.setItem(key, JSON.stringify({ "1R": "yes" }));
    expect(loadLayerChoice(key)).toBeNull();
  });
});

/*
 * Older builds kept choices by file content (`lajna.layers.<sha256>.
 * <sheet>`), then by document without the member (`lajna.sheetLayers.
 * <documentId>.<sheet>`), so one member's hidden layers met the next
 * member signing in. Nothing reads those entries now; the renderer
 * removes them as it starts, and nothing else (the end-to-end viewer test
 * checks that it does so at start-up).
 */
describe("choices older builds stored", () => {
  it("are removed, and only they", () => {
    const storage = useStorage();
    storage.setItem(`lajna.layers.${sha256}.0`, '{"1R":false}');
    storage.setItem(`lajna.layers.${"cd".repeat(32)}.12`, '{"2R":true}');
    storage.setItem("lajna.sheetLayers.doc-plan.2", '{"1R":false}');
    storage.setItem("lajna.sheetLayers.doc%2Fx.0", '{"2R":true}');
    storage.setItem(key, '{"1R":false}');
    storage.setItem(`lajna.turn.${sha256}.0`, "90");
    storage.setItem("lajna.language", "ar");

    forgetOldLayerChoices();

    const kept = [key, `lajna.turn.${sha256}.0`, "lajna.language"];
    expect([...storage.items.keys()].sort()).toEqual(kept.sort());
    expect(loadLayerChoice(key)).toEqual({ "1R": false });
  });
});
