import { useEffect, useRef } from "react";
import type { ServiceStamp } from "../../shared/domain/stamps";
import type { LajnaClient } from "../client/LajnaClient";
import { rendererLogger } from "../log/rendererLog";
import type { PendingShape } from "./MarkupLayer";
import type { ToolSettings } from "./ToolOptions";
import {
  SERVICE_STAMP_COLOUR,
  serviceStampChoice,
  stampColours,
  stampKinds,
} from "./tools";

const log = rendererLogger("markup.stamps");

/**
 * The colour and style of the stamp the settings pick: a standard one
 * by its key, or a service stamp with its words and picture.
 */
export function stampLook(
  settings: Pick<ToolSettings, "stamp" | "serviceStamps">,
): Pick<PendingShape, "color" | "style"> {
  const standard = stampKinds.find((k) => k === settings.stamp);
  if (standard !== undefined) {
    return { color: stampColours[standard], style: { stampLabel: standard } };
  }
  const stamp = settings.serviceStamps.find(
    (s) => serviceStampChoice(s.id) === settings.stamp,
  );
  if (stamp === undefined) {
    return { color: stampColours.approved, style: { stampLabel: "approved" } };
  }
  return {
    color: SERVICE_STAMP_COLOUR,
    style: {
      stampLabel: stamp.text,
      stampId: stamp.id,
      ...(stamp.image === null ? {} : { stampImage: stamp.image }),
    },
  };
}

/** Asks the services for the member's service stamps while `active`. */
export function useServiceStamps(
  client: LajnaClient,
  active: boolean,
  onStamps: (stamps: readonly ServiceStamp[]) => void,
): void {
  const latest = useRef(onStamps);
  latest.current = onStamps;

  useEffect(() => {
    if (!active) return;
    client
      .request("stamps.mine", {})
      .then(({ stamps }) => latest.current(stamps))
      .catch((cause: unknown) => {
        log.warn("service stamps unavailable", { reason: String(cause) });
      });
  }, [client, active]);
}
