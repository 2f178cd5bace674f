import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import type { Download } from "@playwright/test";

/** Saves a browser download and answers its path and bytes. */
export async function savedDownload(
  download: Download,
  targetPath: string,
): Promise<Uint8Array> {
  await download.saveAs(targetPath);
  return new Uint8Array(readFileSync(targetPath));
}

/** Poppler's `pdfsig` report of a file (it exits non-zero on a bad one). */
export function pdfsig(file: string): string {
  try {
    return execFileSync("pdfsig", [file], { encoding: "utf8" });
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return `${failed.stdout ?? ""}${failed.stderr ?? ""}`;
  }
}

/** Poppler's `pdftotext` of a file, in reading order. */
export function pdftotext(file: string): string {
  return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], {
    encoding: "utf8",
  });
}

/** Poppler's `pdffonts` listing of a file. */
export function pdffonts(file: string): string {
  return execFileSync("pdffonts", [file], { encoding: "utf8" });
}
