import type { Logger } from "pino";
import { pageMarginsMm } from "../../../shared/print";
import { silentLogger } from "../log";
import type { PdfOptions, PdfRenderer } from "./pdfRenderer";

/**
 * The slice of Electron's BrowserWindow this renderer uses. The class is
 * injected (the main process passes `BrowserWindow`) so that this file
 * never imports "electron" and tests can pass a fake.
 */
export interface PrintWindow {
  loadURL(url: string): Promise<void>;
  destroy(): void;
  isDestroyed(): boolean;
  readonly webContents: {
    printToPDF(options: {
      pageSize: "A4";
      printBackground: boolean;
      margins: { top: number; bottom: number; left: number; right: number };
    }): Promise<Uint8Array>;
    readonly session: {
      readonly webRequest: {
        onBeforeRequest(
          listener: (
            details: { url: string },
            callback: (response: { cancel: boolean }) => void,
          ) => void,
        ): void;
      };
    };
  };
}

/** The constructor options this renderer passes to the window class. */
export interface PrintWindowOptions {
  show: boolean;
  webPreferences: {
    partition: string;
    javascript: boolean;
    sandbox: boolean;
    contextIsolation: boolean;
    nodeIntegration: boolean;
  };
}

/** `BrowserWindow`, or a fake with the same shape. */
export type PrintWindowClass = new (options: PrintWindowOptions) => PrintWindow;

const mmPerInch = 25.4;
const maxUrlChars = 2 * 1024 * 1024;

/**
 * A PdfRenderer on Electron's `webContents.printToPDF`. One hidden window,
 * created on first use, in its own session partition whose every request
 * except data: URLs is cancelled, with JavaScript off: printed HTML is
 * self-contained and carries user text.
 */
export function createElectronPdfRenderer(
  windowClass: PrintWindowClass,
  logger: Logger = silentLogger(),
): PdfRenderer {
  let window: PrintWindow | null = null;

  const open = (): PrintWindow => {
    if (window && !window.isDestroyed()) return window;
    window = new windowClass({
      show: false,
      webPreferences: {
        partition: "lajna-print",
        javascript: false,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
      },
    });
    window.webContents.session.webRequest.onBeforeRequest((details, done) =>
      done({ cancel: !details.url.startsWith("data:") }),
    );
    logger.info("print window created");
    return window;
  };

  return {
    async htmlToPdf(html: string, options: PdfOptions) {
      const target = open();
      const encoded = Buffer.from(html, "utf8").toString("base64");
      const url = `data:text/html;charset=utf-8;base64,${encoded}`;
      // Chromium refuses URLs over 2 MB; a document with its fonts is
      // about 0.7 MB, so only absurdly long text can reach the limit.
      if (url.length > maxUrlChars) {
        throw new Error(`printed document too large (${url.length} chars)`);
      }
      await target.loadURL(url);
      const pdf = await target.webContents.printToPDF({
        pageSize: options.pageSize,
        printBackground: true,
        margins: {
          top: pageMarginsMm.top / mmPerInch,
          bottom: pageMarginsMm.bottom / mmPerInch,
          left: pageMarginsMm.left / mmPerInch,
          right: pageMarginsMm.right / mmPerInch,
        },
      });
      return new Uint8Array(pdf);
    },

    async close() {
      if (window && !window.isDestroyed()) window.destroy();
      window = null;
    },
  };
}
