import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { translate } from "../../../renderer/i18n/catalog";
import { registerAllMessages } from "../../../renderer/i18n/registerAll";
import { CHROMIUM, CHROMIUM_ARGS } from "../../support/demoStack";

/**
 * The documents column of the Sheets tab, laid out by the app's own style
 * sheets in Chromium: with a dossier of seven documents, an open sheet and
 * a search with many hits, the results list must be on screen without
 * scrolling the column (it once started below the window at 1366x768).
 */

const renderer = path.resolve(import.meta.dirname, "../../../renderer");
const styles = ["styles.css", "viewer/viewer.css"]
  .map((file) => readFileSync(path.join(renderer, file), "utf8"))
  .join("\n");

/** Where the tab body sits in the window at 1366x768 (from a screenshot). */
const TAB_TOP_PX = 180;
const TAB_BOTTOM_PX = 760;

function documentsColumn(
  placeholder: string,
  hits: number,
  documentCount = 7,
): string {
  const documents = Array.from(
    { length: documentCount },
    (_, i) => `<li><button class="document">
      <span class="document-kind">Plan de niveau</span>
      <span class="document-title">Plan du rez-de-chaussée ${i}</span>
      <span class="muted">feuilles : 1</span></button></li>`,
  ).join("");
  const results = Array.from(
    { length: hits },
    (_, i) =>
      `<li><button class="search-result">Titre foncier 3772${i}</button></li>`,
  ).join("");
  const sheets = Array.from(
    { length: 6 },
    (_, i) => `<li><button data-testid="sheet-${i}">
      <div class="sheet-thumbnail-image" style="width: 88px; height: 62px">
      </div>Feuille ${i + 1}</button></li>`,
  ).join("");
  return `<div class="sheets-tab" style="position: absolute;
      top: ${TAB_TOP_PX}px; height: ${TAB_BOTTOM_PX - TAB_TOP_PX}px;
      inset-inline: 14px">
    <aside class="documents-pane" data-testid="pane">
      <h2>Documents</h2>
      <ol class="document-list">${documents}</ol>
      <div class="sheet-strip-host"><section class="sheet-strip-section">
        <h3 data-testid="strip-heading">Feuilles du document</h3>
        <ol class="sheet-strip">${sheets}</ol></section></div>
      <div class="search-panel">
        <div class="search-bar"><input type="search" data-testid="field"
          placeholder="${placeholder}"><button>↑</button><button>↓</button>
        </div>
        <div class="search-status"><p>Occurrences : ${hits} · feuilles : 1</p>
        </div>
        <ol class="search-results" data-testid="results"><li>
          <div class="search-document-title">Plan de masse</div>
          <ol>${results}</ol></li></ol>
      </div>
    </aside><section></section><aside></aside></div>`;
}

describe.skipIf(!existsSync(CHROMIUM))("the documents column", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    registerAllMessages();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [...CHROMIUM_ARGS],
    });
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  }, 60_000);

  afterAll(() => browser?.close());

  async function show(html: string): Promise<void> {
    await page.setContent(`<style>${styles}</style>${html}`);
  }

  it("shows search results without scrolling at 1366x768", async () => {
    await show(documentsColumn("Rechercher…", 40));
    const pane = page.getByTestId("pane");

    const firstHit = await page.locator(".search-result").first().boundingBox();
    expect(firstHit!.y + firstHit!.height).toBeLessThanOrEqual(TAB_BOTTOM_PX);
    expect(await pane.evaluate((e) => e.scrollTop)).toBe(0);
    const field = await page.getByTestId("field").boundingBox();
    expect(field!.y + field!.height).toBeLessThanOrEqual(TAB_BOTTOM_PX);
  });

  it("keeps every document reachable, by scrolling its own list", async () => {
    await show(documentsColumn("Rechercher…", 40));
    const list = page.locator(".document-list");
    const { scrollHeight, clientHeight } = await list.evaluate((e) => ({
      scrollHeight: e.scrollHeight,
      clientHeight: e.clientHeight,
    }));
    expect(clientHeight).toBeGreaterThan(60);
    expect(scrollHeight).toBeGreaterThan(clientHeight);
    expect(await list.evaluate((e) => getComputedStyle(e).overflowY)).toBe(
      "auto",
    );
  });

  it("keeps documents in view while the results scroll", async () => {
    await show(documentsColumn("Rechercher…", 40));
    const rows = page.locator(".document-list > li");
    const second = await rows.nth(1).boundingBox();
    const third = await rows.nth(2).boundingBox();
    const list = await page.locator(".document-list").boundingBox();
    // Two rows whole and a part of the third, which tells the list
    // scrolls: it was once squeezed to about one row.
    const bottom = list!.y + list!.height;
    expect(second!.y + second!.height).toBeLessThanOrEqual(bottom);
    expect(bottom - third!.y).toBeGreaterThan(third!.height / 3);

    // Still some five hits in view at 1366x768; the others scroll.
    const results = page.getByTestId("results");
    const { scrollHeight, clientHeight } = await results.evaluate((e) => ({
      scrollHeight: e.scrollHeight,
      clientHeight: e.clientHeight,
    }));
    const hit = await page.locator(".search-result").first().boundingBox();
    expect(clientHeight).toBeGreaterThan(hit!.height * 5);
    expect(scrollHeight).toBeGreaterThan(clientHeight);
    expect(await page.getByTestId("pane").evaluate((e) => e.scrollTop)).toBe(0);
  });

  it("gives a short document list no more room than its rows", async () => {
    await show(documentsColumn("Rechercher…", 40, 1));
    const list = page.locator(".document-list");
    const row = await list.locator("li").boundingBox();
    const box = await list.boundingBox();
    expect(box!.height).toBeCloseTo(row!.height, 0);
  });

  it("keeps the strip's heading when the current sheet scrolls into view", async () => {
    await show(documentsColumn("Rechercher…", 40));
    await page
      .getByTestId("sheet-5")
      .evaluate((e) => e.scrollIntoView({ block: "nearest" }));

    const heading = await page.getByTestId("strip-heading").boundingBox();
    const host = await page.locator(".sheet-strip-host").boundingBox();
    expect(heading!.y).toBeGreaterThanOrEqual(host!.y);
    const last = await page.getByTestId("sheet-5").boundingBox();
    expect(last!.y).toBeGreaterThan(heading!.y + heading!.height);
    expect(last!.y).toBeLessThan(host!.y + host!.height);
  });

  it("fits the placeholder in the field in every language", async () => {
    for (const language of ["fr", "en", "ar"] as const) {
      const placeholder = translate(language, "search.placeholder");
      await show(documentsColumn(placeholder, 0));
      const fits = await page.getByTestId("field").evaluate((input, text) => {
        const style = getComputedStyle(input);
        const context = document.createElement("canvas").getContext("2d")!;
        context.font = style.font;
        const padding =
          parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
        // The clear button of a search field takes about 1rem at the end.
        const room = input.clientWidth - padding - 16;
        return context.measureText(text).width <= room;
      }, placeholder);
      expect(fits, language).toBe(true);
    }
  });
});
