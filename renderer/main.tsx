import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { chooseClient } from "./client/chooseClient";
import { ErrorBoundary } from "./errors/ErrorBoundary";
import { LanguageProvider } from "./i18n/LanguageContext";
import { registerAllMessages } from "./i18n/registerAll";
import { describeCause, rendererLogger, setLogSink } from "./log/rendererLog";
import { forgetOldLayerChoices } from "./viewer/layerMemory";
import { warmSheetEngines } from "./viewer/warmEngines";
import "./styles.css";

registerAllMessages();
// Storage older builds left that nothing reads any more.
forgetOldLayerChoices();
const client = chooseClient();
setLogSink(client);

// Failures no component caught still reach the log file.
const log = rendererLogger("window");
window.addEventListener("error", (event) =>
  log.error("uncaught error", describeCause(event.error)),
);
window.addEventListener("unhandledrejection", (event) =>
  log.error("unhandled rejection", describeCause(event.reason)),
);

const root = document.getElementById("root");
if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <LanguageProvider>
        <ErrorBoundary area="app">
          <App client={client} />
        </ErrorBoundary>
      </LanguageProvider>
    </StrictMode>,
  );
}

// The sheet engines load while the reviewer signs in or reads the inbox.
warmSheetEngines().catch((cause: unknown) =>
  log.warn("sheet engines could not be loaded ahead", describeCause(cause)),
);
