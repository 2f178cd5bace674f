import type { RequestHandlers } from "../../../shared/contract/dispatch";
import { requireUser, type HandlerDeps } from "./context";

type StampHandlers = Pick<RequestHandlers, "stamps.mine">;

/**
 * The stamps of the signed-in member's service, as the service record
 * synced from the server holds them (none before the first sync).
 */
export function stampHandlers(deps: HandlerDeps): StampHandlers {
  return {
    "stamps.mine": async () => {
      const user = requireUser(deps);
      if (!user.serviceId) return { stamps: [] };
      const service = deps.store.getRecord("service", user.serviceId);
      return { stamps: service?.stamps ?? [] };
    },
  };
}
