import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Logger } from "pino";
import { printFontFamily } from "../../../shared/print";

/**
 * The @font-face rules of the print font, with the font files inlined as
 * data: URLs so a printed PDF embeds the same glyphs on every machine and
 * the page needs no network.
 *
 * The files live in resources/fonts (SIL OFL 1.1, see OFL.txt there):
 * - Arabic: Noto Naskh Arabic 2.004 TrueType (as in Debian's
 *   fonts-noto-core). The newer Google Fonts build, as shipped by the
 *   @fontsource packages, prints the same but its glyph positioning makes
 *   pdftotext and copy-paste split Arabic words with spurious spaces
 *   ("ق رار" for "قرار"); this build extracts as typed.
 * - Latin (French): the Latin subsets of the Google Fonts build of the same
 *   family, which matches the Arabic in style and has no such problem.
 */
interface FontFile {
  readonly file: string;
  readonly format: "truetype" | "woff2";
  readonly weight: 400 | 700;
  readonly unicodeRange: string;
}

const arabicRange =
  "U+0600-06FF,U+0750-077F,U+0870-08FF,U+FB50-FDFF,U+FE70-FEFF";
const latinRange =
  "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC," +
  "U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212," +
  "U+2215,U+FEFF,U+FFFD";
const latinExtRange =
  "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF," +
  "U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113," +
  "U+2C60-2C7F,U+A720-A7FF";

const fontFiles: readonly FontFile[] = [
  ...([400, 700] as const).flatMap((weight) => [
    {
      file: `NotoNaskhArabic-${weight === 400 ? "Regular" : "Bold"}.ttf`,
      format: "truetype" as const,
      weight,
      unicodeRange: arabicRange,
    },
    {
      file: `noto-naskh-arabic-latin-${weight}-normal.woff2`,
      format: "woff2" as const,
      weight,
      unicodeRange: latinRange,
    },
    {
      file: `noto-naskh-arabic-latin-ext-${weight}-normal.woff2`,
      format: "woff2" as const,
      weight,
      unicodeRange: latinExtRange,
    },
  ]),
];

const cached = new Map<string, Promise<string>>();

/** Where the fonts are, and where to say that they are missing. */
export interface PrintFontOptions {
  /** The folder holding the files; found automatically when omitted. */
  readonly fontsDir?: string;
  readonly logger?: Logger;
}

/**
 * The font CSS, read once per process and folder. The folder is, in
 * order: `fontsDir`, $LAJNA_FONTS_DIR, `fonts` in Electron's resources
 * (a packaged app ships resources/fonts there), the repository's
 * resources/fonts. If none has the files, the CSS is empty and documents
 * print with the system's Noto fonts (fonts-noto-core), which may differ
 * between machines: that is logged as a warning.
 */
export function loadPrintFontCss(
  options: PrintFontOptions = {},
): Promise<string> {
  const fontsDir = options.fontsDir ?? findFontsDir();
  if (!fontsDir) {
    options.logger?.warn("print fonts not found; using system fonts");
    return Promise.resolve("");
  }

  let css = cached.get(fontsDir);
  if (!css) {
    css = buildFontCss(fontsDir);
    cached.set(fontsDir, css);
    // A failed read is not remembered, so a later call can succeed.
    css.catch(() => cached.delete(fontsDir));
  }
  return css;
}

/** The Latin font file drawn in the visible signature stamp (WOFF). */
const stampFontFile = "noto-naskh-arabic-latin-400-normal.woff";

/**
 * The font of the visible signature stamp, or null when the fonts folder
 * is missing (the stamp then uses the standard, non-embedded Helvetica).
 */
export async function loadStampFont(
  options: PrintFontOptions = {},
): Promise<Uint8Array | null> {
  const fontsDir = options.fontsDir ?? findFontsDir();
  if (!fontsDir) return null;
  return new Uint8Array(await readFile(path.join(fontsDir, stampFontFile)));
}

function findFontsDir(): string | null {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  const candidates = [
    process.env["LAJNA_FONTS_DIR"],
    resources ? path.join(resources, "fonts") : undefined,
    path.resolve(here, "../../../resources/fonts"),
    path.resolve("resources/fonts"),
  ];
  const marker = fontFiles[0]?.file ?? "";
  return (
    candidates.find(
      (dir): dir is string =>
        dir !== undefined && existsSync(path.join(dir, marker)),
    ) ?? null
  );
}

async function buildFontCss(fontsDir: string): Promise<string> {
  const rules = await Promise.all(
    fontFiles.map(async (font) => {
      const data = await readFile(path.join(fontsDir, font.file));
      const mime = font.format === "woff2" ? "font/woff2" : "font/ttf";
      return `@font-face {
  font-family: "${printFontFamily}";
  font-style: normal;
  font-weight: ${font.weight};
  src: url(data:${mime};base64,${data.toString("base64")}) format("${font.format}");
  unicode-range: ${font.unicodeRange};
}`;
    }),
  );
  return rules.join("\n");
}
