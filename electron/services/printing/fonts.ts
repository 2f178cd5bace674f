import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { printFontFamily } from "../../../shared/print";

/**
 * The @font-face rules of the print font, with the font files inlined as
 * data: URLs so a printed PDF embeds the same glyphs on every machine and
 * the page needs no network. Noto Naskh Arabic (SIL OFL, from the
 * @fontsource package) covers Arabic and Latin with French accents.
 */
const subsets = ["arabic", "latin", "latin-ext"] as const;
const weights = [400, 700] as const;
const fontPackage = "@fontsource/noto-naskh-arabic";

let cached: Promise<string> | null = null;

/** The font CSS, read once per process. */
export function loadPrintFontCss(): Promise<string> {
  cached ??= buildFontCss();
  return cached;
}

async function buildFontCss(): Promise<string> {
  const require = createRequire(import.meta.url);
  const root = path.dirname(require.resolve(`${fontPackage}/package.json`));
  const rules: string[] = [];
  for (const subset of subsets) {
    for (const weight of weights) {
      rules.push(await fontFaceRule(root, subset, weight));
    }
  }
  return rules.join("\n");
}

/**
 * One @font-face of the package's own CSS (which knows each subset's
 * unicode-range), renamed to our family and pointing at inlined WOFF2.
 */
async function fontFaceRule(
  root: string,
  subset: string,
  weight: number,
): Promise<string> {
  const css = await readFile(
    path.join(root, `${subset}-${weight}.css`),
    "utf8",
  );
  const range = /unicode-range:\s*([^;]+);/.exec(css)?.[1];
  const file = `files/noto-naskh-arabic-${subset}-${weight}-normal.woff2`;
  const data = await readFile(path.join(root, file));

  return `@font-face {
  font-family: "${printFontFamily}";
  font-style: normal;
  font-weight: ${weight};
  src: url(data:font/woff2;base64,${data.toString("base64")}) format("woff2");
  ${range ? `unicode-range: ${range};` : ""}
}`;
}
