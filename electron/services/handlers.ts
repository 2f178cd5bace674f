import type { Logger } from "pino";
import type { RequestHandlers } from "../../shared/contract/dispatch";
import type { HandlerDeps } from "./handlers/context";
import { dossierHandlers } from "./handlers/dossierHandlers";
import { exchangeHandlers } from "./handlers/exchangeHandlers";
import { markupHandlers } from "./handlers/markupHandlers";
import { opinionHandlers } from "./handlers/opinionHandlers";

export type { HandlerDeps, PrintingPort } from "./handlers/context";

/**
 * The workstation's answer to every request kind of the contract
 * (shared/contract/requests.ts). The same table serves Electron's IPC and
 * the browser-mode host; `dispatchRequest` validates around it.
 */
export function createRequestHandlers(
  deps: HandlerDeps,
  log: Logger,
): RequestHandlers {
  return {
    "session.status": async () => ({
      user: deps.session.user(),
      serverUrl: deps.session.serverUrl,
    }),

    "session.signIn": async ({ username, password }) => {
      const user = await deps.session.signIn(username, password);
      deps.sync.kick();
      return user;
    },

    "session.signOut": async () => {
      await deps.session.signOut();
      deps.sync.kick();
      return {};
    },

    "sync.status": async () => deps.sync.status(),
    "sync.now": async () => deps.sync.syncNow(),

    ...dossierHandlers(deps, log),
    ...markupHandlers(deps),
    ...opinionHandlers(deps),
    ...exchangeHandlers(deps, log),

    "log.write": async ({ level, message, fields }) => {
      deps.rendererLog[level](fields, message);
      return {};
    },
  };
}
