import type { DossierDetail } from "../../shared/contract/requests";
import type { User } from "../../shared/domain/entities";
import type { LajnaClient } from "../client/LajnaClient";

/**
 * The props every tab panel of the dossier page receives (Map, Opinion,
 * Decision). The dossier page owns loading; a panel that changes data calls
 * `onChanged` so the page reloads the detail.
 */
export interface DossierPanelProps {
  /** The dossier as last loaded with 'dossiers.get'. */
  detail: DossierDetail;
  /** The transport to the workstation services. */
  client: LajnaClient;
  /** The signed-in user. */
  user: User;
  /** Asks the dossier page to reload the detail after a change. */
  onChanged: () => void;
}
