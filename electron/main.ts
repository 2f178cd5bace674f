import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { app, BrowserWindow, ipcMain, Menu, shell } from "electron";
import { openWorkstation, type Workstation } from "./services/workstation";
import { createPrintingPort } from "./services/printingPort";
import { createElectronPdfRenderer } from "./services/printing";
import { subsystemLogger } from "./services/log";
import { SafeStorageSecretStore } from "./safeStorageSecretStore";
import { forwardEvents, registerRequestChannel } from "./ipc";
import { applicationMenu } from "./menu";

/*
 * The desktop shell: one window showing the built renderer, the workstation
 * services in this (main) process, and one IPC channel between them. The
 * page runs sandboxed with context isolation and no Node; everything it
 * may do goes through the request contract.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.resolve(here, "../renderer");
const DEFAULT_SERVER_URL = "http://127.0.0.1:8470";

/** Only the app's own page may call the services. */
function isTrustedPage(url: string): boolean {
  return url.startsWith(pathToFileURL(rendererDir).href + "/");
}

function createWindow(workstation: Workstation): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    show: false,
    webPreferences: {
      preload: path.join(here, "preload.cjs"),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });

  // The page never navigates away nor opens windows; links go to the
  // system browser.
  window.webContents.on("will-navigate", (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith("https://")) void shell.openExternal(url);
    return { action: "deny" };
  });

  const stopEvents = forwardEvents(workstation, (channel, event) => {
    if (!window.isDestroyed()) window.webContents.send(channel, event);
  });
  window.on("closed", stopEvents);
  window.once("ready-to-show", () => window.show());
  void window.loadFile(path.join(rendererDir, "index.html"));
  return window;
}

async function start(): Promise<void> {
  await app.whenReady();
  const workstation = await openWorkstation({
    dataDir: app.getPath("userData"),
    serverUrl: process.env.LAJNA_SERVER_URL ?? DEFAULT_SERVER_URL,
    secrets: new SafeStorageSecretStore(app.getPath("userData")),
    printing: (log) =>
      createPrintingPort(log, (logger) =>
        createElectronPdfRenderer(BrowserWindow, logger),
      ),
  });
  const log = subsystemLogger(workstation.log, "electron");
  log.info({ version: app.getVersion() }, "desktop shell started");

  registerRequestChannel(ipcMain, workstation, isTrustedPage);
  Menu.setApplicationMenu(applicationMenu(app.getLocale()));
  createWindow(workstation);

  app.on("activate", () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow(workstation);
  });
  app.on("window-all-closed", () => {
    void workstation.close().then(() => app.quit());
  });
}

void start();
