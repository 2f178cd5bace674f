import { createElectronClient, type LajnaBridge } from "./electronClient";
import { createHttpClient } from "./httpClient";
import type { LajnaClient } from "./LajnaClient";

const KEY_STORAGE = "lajna.hostKey";

declare global {
  interface Window {
    /** Set by Electron's preload; absent in browser mode. */
    lajna?: LajnaBridge;
  }
}

/**
 * Takes the host's secret from the URL fragment (#k=<secret>), keeps it in
 * sessionStorage so a reload still works, and removes it from the visible
 * URL so it does not end up in a screenshot or a shared link.
 */
export function takeHostKey(): string {
  const match = /(?:^#|&)k=([^&]+)/.exec(window.location.hash);
  if (match?.[1] !== undefined) {
    sessionStorage.setItem(KEY_STORAGE, decodeURIComponent(match[1]));
    const clean = window.location.pathname + window.location.search;
    window.history.replaceState(null, "", clean);
  }
  return sessionStorage.getItem(KEY_STORAGE) ?? "";
}

/**
 * Picks the transport: the preload's bridge in the desktop app, HTTP to
 * the page's own origin in browser mode.
 */
export function chooseClient(): LajnaClient {
  if (window.lajna !== undefined) return createElectronClient(window.lajna);
  return createHttpClient({
    baseUrl: window.location.origin,
    key: takeHostKey(),
  });
}
