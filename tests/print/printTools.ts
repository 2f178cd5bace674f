import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** The Chromium the renderer will launch; tests skip without it. */
export const chromiumPath =
  process.env["LAJNA_CHROMIUM"] ?? "/usr/bin/chromium";
export const hasChromium = existsSync(chromiumPath);
if (!hasChromium) {
  process.stderr.write(
    `print tests: no Chromium at ${chromiumPath}; skipped\n`,
  );
}

/** Writes a PDF to a fresh temporary directory and returns its path. */
export function writeTempPdf(pdf: Uint8Array, name = "printed.pdf"): string {
  const file = path.join(
    mkdtempSync(path.join(tmpdir(), "lajna-print-")),
    name,
  );
  writeFileSync(file, pdf);
  return file;
}

/** Output of a poppler tool run on a PDF. */
export function poppler(
  tool: "pdftotext" | "pdffonts",
  pdf: Uint8Array,
): string {
  const file = writeTempPdf(pdf);
  const args = tool === "pdftotext" ? [file, "-"] : [file];
  return execFileSync(tool, args, { encoding: "utf8" });
}

/** The PNG files pdftoppm renders for each page, at 50 dpi. */
export function renderPages(pdf: Uint8Array): string[] {
  const file = writeTempPdf(pdf);
  const prefix = path.join(path.dirname(file), "page");
  execFileSync("pdftoppm", ["-png", "-r", "50", file, prefix]);
  return readdirSync(path.dirname(file))
    .filter((f) => f.endsWith(".png"))
    .map((f) => path.join(path.dirname(file), f));
}

/**
 * pdftotext wraps right-to-left runs in bidi embedding controls (RLE/PDF,
 * LRE around neutral punctuation) to tell a terminal how to show them.
 * They are not part of the printed text; removing them leaves the
 * characters in logical order, which is what the check compares.
 */
export function withoutBidiControls(text: string): string {
  return text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "");
}

/** The "emb" column of each font pdffonts lists. */
export function fontEmbedding(pdffontsOutput: string): boolean[] {
  return pdffontsOutput
    .split("\n")
    .slice(2)
    .filter((line) => line.trim().length > 0)
    .map((line) => {
      const columns = /(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(
        line,
      );
      return columns?.[1] === "yes";
    });
}

const arabicLetter = /[\u0600-\u06ff]/;

/**
 * A pattern for `typed` as pdftotext extracts it from a PDF printed with
 * the npm Noto Naskh Arabic (the Google Fonts build): the same letters in
 * the same logical order, but with at most one spurious space between two
 * Arabic letters of a word ("ق رار" for "قرار"). That build places its
 * joined Arabic glyphs with offsets poppler reads as gaps between words;
 * the space is an artefact of extraction, not of the printed text. Word
 * breaks that were typed must still be there, and nothing else is relaxed.
 */
export function asTypedPattern(typed: string): RegExp {
  let source = "";
  for (let i = 0; i < typed.length; i++) {
    const char = typed[i] ?? "";
    const next = typed[i + 1] ?? "";
    source += /\s/.test(char)
      ? "\\s+"
      : char.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    if (arabicLetter.test(char) && arabicLetter.test(next)) source += " ?";
  }
  return new RegExp(source, "u");
}
