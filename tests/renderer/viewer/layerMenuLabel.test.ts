import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { translate, type Language } from "../../../renderer/i18n/catalog";
import { LanguageProvider } from "../../../renderer/i18n/LanguageContext";
import { registerAllMessages } from "../../../renderer/i18n/registerAll";
import { LayerMenu } from "../../../renderer/viewer/LayerMenu";
import type { SheetLayer } from "../../../renderer/viewer/useSheetLayers";

/*
 * The Layers button tells when some layers are hidden: a member who finds
 * a sheet with its lettering switched off (by a choice remembered from
 * earlier, or by the document) must see it without opening the menu.
 */

registerAllMessages();

afterEach(() => {
  vi.unstubAllGlobals();
});

function layers(hidden: number): SheetLayer[] {
  return Array.from({ length: 10 }, (_, i) => ({
    id: `${i}R`,
    name: `${i}_Layer`,
    visible: i >= hidden,
    locked: false,
  }));
}

/** The button's markup in `language` (the provider reads storage). */
function button(list: SheetLayer[], language: Language): string {
  vi.stubGlobal("localStorage", { getItem: () => language });
  const none = () => undefined;
  return renderToStaticMarkup(
    createElement(
      LanguageProvider,
      null,
      createElement(LayerMenu, {
        layers: list,
        onToggle: none,
        onShowAll: none,
        onHideAll: none,
      }),
    ),
  );
}

describe("the Layers button", () => {
  it.each(["ar", "fr", "en"] as const)(
    "counts the layers in %s while all show",
    (language) => {
      const html = button(layers(0), language);
      expect(html).toContain(
        translate(language, "viewer.layers", { count: 10 }),
      );
      expect(html).toContain('data-hidden="false"');
    },
  );

  it.each(["ar", "fr", "en"] as const)(
    "shows in %s how many layers show while some are hidden",
    (language) => {
      const html = button(layers(2), language);
      const label = translate(language, "viewer.layers.someHidden", {
        shown: 8,
        count: 10,
      });
      expect(label).not.toBe("viewer.layers.someHidden");
      expect(label).toContain("8");
      expect(html).toContain(label);
      expect(html).not.toContain(
        translate(language, "viewer.layers", { count: 10 }),
      );
      expect(html).toContain('data-hidden="true"');
    },
  );

  it("reads Calques (8/10) in French", () => {
    expect(button(layers(2), "fr")).toContain("Calques (8/10)");
  });
});
