import { registerMessages } from "./catalog";
import { compareMessages } from "./messages/compare";
import { decisionMessages } from "./messages/decision";
import { dossierMessages } from "./messages/dossier";
import { errorMessages } from "./messages/errors";
import { exchangeMessages } from "./messages/exchange";
import { inboxMessages } from "./messages/inbox";
import { keyMessages } from "./messages/keys";
import { mapMessages } from "./messages/map";
import { markupMessages } from "./messages/markup";
import { measureMessages } from "./messages/measure";
import { opinionMessages } from "./messages/opinion";
import { roundMessages } from "./messages/rounds";
import { searchMessages } from "./messages/search";
import { serviceErrorMessages } from "./messages/serviceErrors";
import { shellMessages } from "./messages/shell";
import { viewerMessages } from "./messages/viewer";

/**
 * Registers every UI area's messages. Called once at start, before the
 * first render, and by the completeness test.
 */
export function registerAllMessages(): void {
  for (const messages of [
    shellMessages,
    inboxMessages,
    dossierMessages,
    viewerMessages,
    markupMessages,
    measureMessages,
    errorMessages,
    serviceErrorMessages,
    mapMessages,
    opinionMessages,
    decisionMessages,
    exchangeMessages,
    roundMessages,
    searchMessages,
    compareMessages,
    keyMessages,
  ]) {
    registerMessages(messages);
  }
}
