import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { DemoData } from "../../server/demo/demoData";

/** The instant the demo tests generate for: a Friday morning. */
export const FIXED_NOW = new Date("2026-12-04T09:00:00Z");

/** Tells whether a command-line tool is on the PATH. */
export function hasTool(name: string): boolean {
  try {
    execFileSync("which", [name], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Runs a tool and returns its standard output. */
export function run(tool: string, args: readonly string[]): string {
  return execFileSync(tool, [...args], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** One written sheet: its dossier, document and path on disk. */
export interface WrittenSheet {
  readonly dossierNumber: string;
  readonly procedure: DemoData["dossiers"][number]["procedure"];
  readonly fileName: string;
  readonly path: string;
  readonly sizeBytes: number;
}

/** Writes every demo PDF into a fresh temporary folder. */
export function writeSheets(data: DemoData): {
  dir: string;
  sheets: WrittenSheet[];
  cleanup: () => void;
} {
  const dir = mkdtempSync(path.join(tmpdir(), "lajna-demo-"));
  const sheets = data.dossiers.flatMap((dossier) =>
    dossier.documents.map((document) => {
      const file = path.join(dir, `${dossier.number}-${document.fileName}`);
      writeFileSync(file, document.pdf);
      return {
        dossierNumber: dossier.number,
        procedure: dossier.procedure,
        fileName: document.fileName,
        path: file,
        sizeBytes: document.pdf.length,
      };
    }),
  );
  return {
    dir,
    sheets,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A path's vertices as `mutool trace` prints them (PDF user space). */
export function tracedPaths(file: string): { x: number; y: number }[][] {
  const xml = run("mutool", ["trace", file, "1"]);
  const paths: { x: number; y: number }[][] = [];
  const blocks = xml.split(/<(?:fill|stroke)_path\b/).slice(1);
  for (const block of blocks) {
    const body = block.split(/<\/(?:fill|stroke)_path>/)[0] ?? "";
    const points = [
      ...body.matchAll(/<(?:moveto|lineto) x="([-\d.]+)" y="([-\d.]+)"/g),
    ].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
    if (points.length > 1) paths.push(points);
  }
  return paths;
}
