import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { Language } from "../../renderer/i18n/catalog";
import { LanguageProvider } from "../../renderer/i18n/LanguageContext";
import { shortcutLabel } from "../../renderer/i18n/shortcuts";
import { registerAllMessages } from "../../renderer/i18n/registerAll";
import { translate } from "../../renderer/i18n/catalog";
import type { ViewerKeyActions } from "../../renderer/viewer/useViewerKeys";
import { ViewerToolbar } from "../../renderer/viewer/ViewerToolbar";

/*
 * Shortcuts name their keys as the reviewer's keyboard prints them in the
 * UI language: the toolbar once said "Polyligne (Shift+P)" where the
 * search said "Maj+F3".
 */

registerAllMessages();

function toolbarHtml(language: Language = "fr"): string {
  const actions = new Proxy({}, { get: () => () => undefined });
  const toolbar = createElement(ViewerToolbar, {
    actions: actions as ViewerKeyActions,
    sheetIndex: 0,
    sheetCount: 1,
    zoom: 1,
    turn: 0,
    zoomBoxArmed: false,
    onZoomBox: () => undefined,
    tool: "pan",
    canDraw: true,
    onTool: () => undefined,
  });
  // The provider starts in the language remembered on this workstation.
  vi.stubGlobal("localStorage", { getItem: () => language });
  try {
    return renderToStaticMarkup(createElement(LanguageProvider, null, toolbar));
  } finally {
    vi.unstubAllGlobals();
  }
}

/** The tooltip of the toolbar button with a test id. */
function titleOf(html: string, testId: string): string | undefined {
  const button = new RegExp(`<button[^>]*data-testid="${testId}"[^>]*>`).exec(
    html,
  )?.[0];
  return button === undefined ? undefined : /title="([^"]*)"/.exec(button)?.[1];
}

describe("shortcut key names", () => {
  it("writes Maj in the French toolbar's tooltips", () => {
    const html = toolbarHtml();
    const polyline =
      /data-testid="tool-polyline"[^>]*title="([^"]*)"/.exec(html) ??
      /title="([^"]*)"[^>]*data-testid="tool-polyline"/.exec(html);
    expect(polyline?.[1]).toBe("Polyligne (Maj+P)");
    expect(html).not.toContain("Shift");
  });

  it("names the zoom and fit buttons' keys in every language", () => {
    const keys = {
      "zoom-in": ["viewer.zoomIn", "+"],
      "zoom-out": ["viewer.zoomOut", "-"],
      "fit-page": ["viewer.fitPage", "0"],
      "fit-width": ["viewer.fitWidth", "W"],
      "actual-size": ["viewer.actualSize", "1"],
    } as const;
    for (const language of ["fr", "en", "ar"] as const) {
      const html = toolbarHtml(language);
      for (const [testId, [name, key]] of Object.entries(keys)) {
        expect(titleOf(html, testId)).toBe(
          `${translate(language, name)} (${key})`,
        );
      }
    }
  });

  it("names modifiers per language and leaves other keys", () => {
    expect(shortcutLabel("Shift+P", "fr")).toBe("Maj+P");
    expect(shortcutLabel("Ctrl+Alt+Shift+R", "fr")).toBe("Ctrl+Alt+Maj+R");
    expect(shortcutLabel("Shift+F3", "en")).toBe("Shift+F3");
    expect(shortcutLabel("P", "ar")).toBe("P");
  });

  it("says Maj, never Shift, in French messages, and the reverse in English", () => {
    const keys = ["search.previous", "markup.arrangeHint"];
    for (const key of keys) {
      expect(translate("fr", key)).not.toMatch(/\bShift\b/);
      expect(translate("en", key)).not.toMatch(/\bMaj\b/);
    }
    expect(translate("fr", "search.previous")).toContain("Maj+F3");
  });
});
