import {
  mkdirSync,
  mkdtempSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { rendererBuildStale } from "../../scripts/rendererBuild";

/*
 * `npm run demo` and `npm start` build the renderer when its build is
 * missing or older than its sources; after a pull they served the old
 * build.
 */
describe("when the renderer is built again", () => {
  let root = "";
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** A repository with one renderer source and a build, dated in seconds. */
  function repository(sourceAt: number, builtAt: number | null): string {
    root = mkdtempSync(path.join(tmpdir(), "lajna-build-"));
    const source = path.join(root, "renderer/viewer/SheetViewer.tsx");
    mkdirSync(path.dirname(source), { recursive: true });
    writeFileSync(source, "export {};\n");
    utimesSync(source, sourceAt, sourceAt);
    if (builtAt !== null) {
      const built = path.join(root, "dist/renderer/index.html");
      mkdirSync(path.dirname(built), { recursive: true });
      writeFileSync(built, "<!doctype html>\n");
      utimesSync(built, builtAt, builtAt);
    }
    return root;
  }

  it("builds when there is no build", () => {
    expect(rendererBuildStale(repository(1_000, null))).toBe(true);
  });

  it("keeps a build made after every source", () => {
    expect(rendererBuildStale(repository(1_000, 2_000))).toBe(false);
  });

  it("builds again when a source changed after the build", () => {
    expect(rendererBuildStale(repository(3_000, 2_000))).toBe(true);
  });
});
