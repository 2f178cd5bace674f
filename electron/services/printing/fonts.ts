import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { Logger } from "pino";
import { printFontFamily } from "../../../shared/print";

/**
 * The @font-face rules of the print font, with the font files inlined as
 * data: URLs so a printed PDF embeds the same glyphs on every machine and
 * the page needs no network.
 *
 * The files are those of the npm package @fontsource/noto-naskh-arabic
 * (SIL OFL 1.1, its LICENSE file): the Google Fonts build of Noto Naskh
 * Arabic, split by script. Its Arabic glyphs are positioned so that
 * poppler's pdftotext (and copy-paste in readers built on it) may put
 * spurious spaces inside Arabic words ("ق رار" for "قرار"); the letters
 * still come out right and in logical order, which is what tests/print
 * checks. None of the npm packages we found ships the Noto 2.004 build
 * that extracts as typed (see resources/fonts/README.md), so that build is
 * taken from the system when it is installed (below).
 */
interface FontFile {
  readonly file: string;
  readonly weight: 400 | 700;
  readonly unicodeRange: string;
}

/** The package, and the folder of its files that holds the fonts. */
const fontPackage = "@fontsource/noto-naskh-arabic";
const fontPackageFolder = "files";

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

const subsets = [
  { name: "arabic", unicodeRange: arabicRange },
  { name: "latin", unicodeRange: latinRange },
  { name: "latin-ext", unicodeRange: latinExtRange },
] as const;

const fontFiles: readonly FontFile[] = ([400, 700] as const).flatMap((weight) =>
  subsets.map((subset) => ({
    file: `noto-naskh-arabic-${subset.name}-${weight}-normal.woff2`,
    weight,
    unicodeRange: subset.unicodeRange,
  })),
);

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
 * (electron-builder.yml copies the package's files there), the installed
 * npm package. If none has the files, the CSS is empty and documents
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

/**
 * The Latin font file drawn in the visible signature stamp: WOFF, as
 * pdf-lib cannot read WOFF2.
 */
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

/**
 * The font drawn in exported annotation appearances when a markup's text
 * is Arabic: the system's Noto Naskh Arabic where fonts-noto-core is
 * installed (its glyphs extract as typed), else the npm package's Arabic
 * subset in WOFF (pdf-lib cannot read WOFF2); null when neither is there,
 * and the appearance then shows "?" for those characters.
 */
export async function loadAnnotationFont(
  options: PrintFontOptions = {},
): Promise<Uint8Array | null> {
  const system = systemArabicFonts[400];
  if (existsSync(system)) return new Uint8Array(await readFile(system));
  const fontsDir = options.fontsDir ?? findFontsDir();
  if (!fontsDir) {
    options.logger?.warn("annotation font not found; Arabic shows as ?");
    return null;
  }
  const file = path.join(fontsDir, "noto-naskh-arabic-arabic-400-normal.woff");
  return new Uint8Array(await readFile(file));
}

function findFontsDir(): string | null {
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  const candidates = [
    process.env["LAJNA_FONTS_DIR"],
    resources ? path.join(resources, "fonts") : undefined,
    installedPackageDir(),
  ];
  const marker = fontFiles[0]?.file ?? "";
  return (
    candidates.find(
      (dir): dir is string =>
        dir !== undefined && existsSync(path.join(dir, marker)),
    ) ?? null
  );
}

/** The package's font folder in node_modules, or undefined if absent. */
function installedPackageDir(): string | undefined {
  try {
    const manifest = createRequire(import.meta.url).resolve(
      `${fontPackage}/package.json`,
    );
    return path.join(path.dirname(manifest), fontPackageFolder);
  } catch {
    return undefined;
  }
}

/**
 * Noto Naskh Arabic 2.004 as Debian's fonts-noto-core installs it. Where
 * it is present it replaces the npm package's Arabic subset: its glyphs
 * extract from the printed PDF exactly as typed, so a secretary can copy
 * a sentence out of a decision without stray spaces inside words.
 */
const systemArabicFonts: Readonly<Record<400 | 700, string>> = {
  400: "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf",
  700: "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Bold.ttf",
};

/** The file of a font face, and the format to declare for it. */
function fontSource(fontsDir: string, font: FontFile) {
  const system = systemArabicFonts[font.weight];
  if (font.unicodeRange === arabicRange && existsSync(system)) {
    return { file: system, mime: "font/ttf", format: "truetype" };
  }
  return {
    file: path.join(fontsDir, font.file),
    mime: "font/woff2",
    format: "woff2",
  };
}

async function buildFontCss(fontsDir: string): Promise<string> {
  const rules = await Promise.all(
    fontFiles.map(async (font) => {
      const source = fontSource(fontsDir, font);
      const data = (await readFile(source.file)).toString("base64");
      return `@font-face {
  font-family: "${printFontFamily}";
  font-style: normal;
  font-weight: ${font.weight};
  src: url(data:${source.mime};base64,${data}) format("${source.format}");
  unicode-range: ${font.unicodeRange};
}`;
    }),
  );
  return rules.join("\n");
}
