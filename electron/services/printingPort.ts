import type { Logger } from "pino";
import { UserError } from "../../shared/contract/errors";
import type { PrintingPort } from "./handlers";

/**
 * The PrintingPort over the printing modules (electron/services/printing).
 */
export function createPrintingPort(log: Logger): PrintingPort {
  return {
    signedOpinionPdf: async () => {
      log.warn("signing requested before the printing module exists");
      throw new UserError("printing.error.unavailable");
    },
    decisionPdf: async () => {
      log.warn("decision requested before the printing module exists");
      throw new UserError("printing.error.unavailable");
    },
  };
}
