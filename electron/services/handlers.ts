import type { Logger } from "pino";
import type { RequestHandlers } from "../../shared/contract/dispatch";
import type { HandlerDeps } from "./handlers/context";
import { dossierHandlers } from "./handlers/dossierHandlers";
import { exchangeHandlers } from "./handlers/exchangeHandlers";
import { markupHandlers } from "./handlers/markupHandlers";
import { markupSummaryHandlers } from "./handlers/markupSummaryHandlers";
import { markupUndoHandlers } from "./handlers/markupUndoHandlers";
import { opinionHandlers } from "./handlers/opinionHandlers";
import { sessionHandlers } from "./handlers/sessionHandlers";
import { stampHandlers } from "./handlers/stampHandlers";

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
    ...sessionHandlers(deps),

    "sync.status": async () => deps.sync.status(),
    "sync.now": async () => deps.sync.syncNow(),

    ...dossierHandlers(deps, log),
    ...markupUndoHandlers(deps, markupHandlers(deps)),
    ...markupSummaryHandlers(deps),
    ...stampHandlers(deps),
    ...opinionHandlers(deps),
    ...exchangeHandlers(deps, log),

    "log.write": async ({ level, message, fields }) => {
      deps.rendererLog[level](fields, message);
      return {};
    },
  };
}
