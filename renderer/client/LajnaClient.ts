import type {
  RequestKind,
  RequestPayload,
  RequestResult,
} from "../../shared/contract/requests";
import type { LajnaEvent } from "../../shared/contract/events";

/**
 * What the renderer uses to reach the workstation services, whatever the
 * transport (Electron IPC through the preload, or HTTP to the Node host in
 * browser mode). A failed request rejects with a `UserError` whose key the
 * UI translates.
 */
export interface LajnaClient {
  request<K extends RequestKind>(
    kind: K,
    payload: RequestPayload<K>,
  ): Promise<RequestResult<K>>;

  /** Subscribes to pushed events; returns the unsubscribe function. */
  subscribe(listener: (event: LajnaEvent) => void): () => void;
}
