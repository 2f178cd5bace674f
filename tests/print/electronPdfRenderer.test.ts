import { afterAll, describe, expect, it } from "vitest";
import {
  createChromiumPdfRenderer,
  createElectronPdfRenderer,
  type PrintWindow,
  type PrintWindowOptions,
} from "../../electron/services/printing";
import { hasChromium, poppler } from "./printTools";

type RequestListener = Parameters<
  PrintWindow["webContents"]["session"]["webRequest"]["onBeforeRequest"]
>[0];
type PrintOptions = Parameters<PrintWindow["webContents"]["printToPDF"]>[0];

// The Electron binary cannot run here, so this fake stands in for
// BrowserWindow; it prints with real Chromium so the PDF is real.
const chromium = createChromiumPdfRenderer();

class FakeBrowserWindow implements PrintWindow {
  static created: FakeBrowserWindow[] = [];
  readonly options: PrintWindowOptions;
  listener: RequestListener | null = null;
  printOptions: PrintOptions | null = null;
  loadedHtml = "";
  destroyed = false;

  readonly webContents = {
    printToPDF: async (options: PrintOptions): Promise<Uint8Array> => {
      this.printOptions = options;
      return chromium.htmlToPdf(this.loadedHtml, {
        pageSize: options.pageSize,
      });
    },
    session: {
      webRequest: {
        onBeforeRequest: (listener: RequestListener): void => {
          this.listener = listener;
        },
      },
    },
  };

  constructor(options: PrintWindowOptions) {
    this.options = options;
    FakeBrowserWindow.created.push(this);
  }

  async loadURL(url: string): Promise<void> {
    const base64 = url.slice(url.indexOf("base64,") + 7);
    this.loadedHtml = Buffer.from(base64, "base64").toString("utf8");
  }

  destroy(): void {
    this.destroyed = true;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }
}

/** What the window's request filter answers for a URL. */
function cancels(window: FakeBrowserWindow, url: string): boolean {
  let cancel: boolean | null = null;
  window.listener?.({ url }, (response) => {
    cancel = response.cancel;
  });
  if (cancel === null) throw new Error("the filter did not answer");
  return cancel;
}

describe.skipIf(!hasChromium)("createElectronPdfRenderer", () => {
  afterAll(async () => chromium.close());

  it("prints through one hidden, script-less, offline window", async () => {
    const renderer = createElectronPdfRenderer(FakeBrowserWindow);
    const html = `<!doctype html><meta charset="utf-8"><p>Décision KH-2026-0147</p>`;
    const pdf = await renderer.htmlToPdf(html, { pageSize: "A4" });
    await renderer.htmlToPdf(html, { pageSize: "A4" });

    expect(poppler("pdftotext", pdf)).toContain("Décision KH-2026-0147");
    expect(FakeBrowserWindow.created).toHaveLength(1);
    const window = FakeBrowserWindow.created[0] as FakeBrowserWindow;
    expect(window.options).toMatchObject({
      show: false,
      webPreferences: {
        javascript: false,
        sandbox: true,
        nodeIntegration: false,
      },
    });
    expect(window.printOptions).toMatchObject({
      pageSize: "A4",
      printBackground: true,
    });
    // printToPDF takes inches: 24 mm of bottom margin.
    expect(window.printOptions?.margins.bottom).toBeCloseTo(24 / 25.4, 5);

    expect(cancels(window, "http://127.0.0.1:9/font.woff2")).toBe(true);
    expect(cancels(window, "file:///etc/passwd")).toBe(true);
    expect(cancels(window, "data:text/html;base64,PHA+")).toBe(false);

    await renderer.close();
    expect(window.isDestroyed()).toBe(true);
  });
});
