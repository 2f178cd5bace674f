import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadPrintFontCss } from "../../electron/services/printing";

describe("loadPrintFontCss", () => {
  it("inlines the Arabic and Latin faces, regular and bold", async () => {
    const css = await loadPrintFontCss();
    const faces = css.match(/@font-face/g) ?? [];
    expect(faces).toHaveLength(6);
    expect(css).toContain('font-family: "Lajna Print"');
    expect(css).toMatch(/data:font\/ttf;base64,[A-Za-z0-9+/]{1000}/);
    expect(css).toMatch(/data:font\/woff2;base64,/);
    expect(css).toContain("font-weight: 700");
    // Self-contained: nothing for the page to fetch.
    expect(css).not.toMatch(/url\((?!data:)/);
  });

  it("fails loudly when an explicit folder lacks the files", async () => {
    const empty = mkdtempSync(path.join(tmpdir(), "lajna-fonts-"));
    await expect(loadPrintFontCss({ fontsDir: empty })).rejects.toThrow();
  });
});
