import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadPrintFontCss } from "../../electron/services/printing";
import { asTypedPattern } from "./printTools";

describe("loadPrintFontCss", () => {
  it("inlines the Arabic and Latin faces, regular and bold", async () => {
    const css = await loadPrintFontCss();
    const faces = css.match(/@font-face/g) ?? [];
    expect(faces).toHaveLength(6);
    expect(css).toContain('font-family: "Lajna Print"');
    expect(css).toMatch(/data:font\/woff2;base64,[A-Za-z0-9+/]{1000}/);
    expect(css).toContain("font-weight: 700");
    // Self-contained: nothing for the page to fetch.
    expect(css).not.toMatch(/url\((?!data:)/);
  });

  it("fails loudly when an explicit folder lacks the files", async () => {
    const empty = mkdtempSync(path.join(tmpdir(), "lajna-fonts-"));
    await expect(loadPrintFontCss({ fontsDir: empty })).rejects.toThrow();
  });
});

describe("asTypedPattern", () => {
  const typed = asTypedPattern("قرار اللجنة.");

  it("allows one spurious space between Arabic letters of a word", () => {
    expect("ق رار اللج ن ة.").toMatch(typed);
    expect("قرار\nاللجنة.").toMatch(typed);
  });

  it("requires the typed letters, order and word breaks", () => {
    expect("قرار  الل  جنة.").not.toMatch(typed);
    expect("قرار للاجنة.").not.toMatch(typed);
    expect("قراراللجنة.").not.toMatch(typed);
    expect("قرار اللجنة!").not.toMatch(typed);
  });
});
