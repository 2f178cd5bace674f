import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CHROMIUM } from "../../support/demoStack";
import { usePageFor } from "../support/componentPage";

/*
 * The Layers menu in Chromium: Escape closes it (it once stayed open),
 * gives the focus back to its button, and is not seen by the viewer's
 * own Escape handler below it.
 */

const ENTRY = `
import { createRoot } from "react-dom/client";
import { registerAllMessages } from "../../../renderer/i18n/registerAll";
import { LayerMenu } from "../../../renderer/viewer/LayerMenu";

registerAllMessages();
const layers = ["Murs", "Cotes"].map((name) => ({
  id: name, name, visible: true, locked: false,
}));
window.viewerEscapes = 0;
window.addEventListener("keydown", (e) => {
  if (e.key === "Escape") window.viewerEscapes += 1;
});
createRoot(document.getElementById("root")).render(
  <LayerMenu layers={layers} onToggle={() => {}} onShowAll={() => {}}
    onHideAll={() => {}} />,
);
`;

describe.skipIf(!existsSync(CHROMIUM))("the Layers menu's keys", () => {
  const pageNow = usePageFor(ENTRY, import.meta.dirname);

  it("closes on Escape and gives the focus back to its button", async () => {
    const page = pageNow();
    await page.getByTestId("layers-button").click();
    await page.getByTestId("layer-toggle").first().focus();
    await expect.poll(() => page.getByTestId("layer-list").count()).toBe(1);

    await page.keyboard.press("Escape");

    await expect.poll(() => page.getByTestId("layer-list").count()).toBe(0);
    const focused = await page.evaluate(
      () => document.activeElement?.getAttribute("data-testid") ?? null,
    );
    expect(focused).toBe("layers-button");
    expect(await page.evaluate(() => window.viewerEscapes)).toBe(0);
  });

  it("leaves Escape to the viewer while closed", async () => {
    const page = pageNow();
    await page.keyboard.press("Escape");
    expect(await page.evaluate(() => window.viewerEscapes)).toBe(1);
  });
});

declare global {
  interface Window {
    viewerEscapes: number;
  }
}
