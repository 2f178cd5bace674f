import { translate } from "../../../renderer/i18n/catalog";
import { registerAllMessages } from "../../../renderer/i18n/registerAll";

registerAllMessages();

/**
 * What the UI writes for a message key in French, the workstation's
 * default language, so specs find controls by the words a reviewer reads
 * and follow the catalog when a wording changes.
 */
export function label(
  key: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return translate("fr", key, params);
}
