import Fastify from "fastify";
import type { FastifyBaseLogger, FastifyInstance } from "fastify";
import { stopWithin } from "../shared/net/stopWithin";
import { openSqliteStore } from "./db/sqliteStore";
import { BlobStore } from "./documents/blobStore";
import { createRootLogger, subsystemLogger } from "./log";
import type { Logger } from "./log";
import { registerAuthRoutes } from "./routes/authRoutes";
import { registerDocumentRoutes } from "./routes/documentRoutes";
import { installErrorHandler } from "./routes/httpErrors";
import { registerPublicRoutes } from "./routes/publicRoutes";
import { registerSyncRoutes } from "./routes/syncRoutes";
import type { ServerContext } from "./serverContext";

/** What the server needs to start. */
export interface ServerAppOptions {
  /** Holds lajna.sqlite and blobs/; created if missing. */
  readonly dataDir: string;
  readonly logger?: Logger;
}

/**
 * Builds the central server's HTTP application over a data directory. The
 * store closes with the app.
 */
export async function createServerApp(
  options: ServerAppOptions,
): Promise<FastifyInstance> {
  const root = options.logger ?? createRootLogger();
  const store = openSqliteStore(options.dataDir, root);
  const context: ServerContext = {
    dataDir: options.dataDir,
    store,
    blobs: new BlobStore(options.dataDir),
    loggers: {
      auth: subsystemLogger(root, "auth"),
      sync: subsystemLogger(root, "sync"),
      documents: subsystemLogger(root, "documents"),
      http: subsystemLogger(root, "http"),
    },
  };

  sweepStagedBlobs(context);

  // pino's Logger is Fastify's logger; only the generic parameters differ.
  const app: FastifyInstance = Fastify({
    loggerInstance: context.loggers.http as FastifyBaseLogger,
  });
  installErrorHandler(app);
  registerAuthRoutes(app, context);
  registerSyncRoutes(app, context);
  registerDocumentRoutes(app, context);
  registerPublicRoutes(app, context);
  app.addHook("onClose", async () => store.close());

  await app.ready();
  return app;
}

/**
 * A document write staged more than an hour ago belongs to a process
 * that ended before finishing it; the files would stay for good.
 */
const STALE_STAGED_MS = 60 * 60 * 1000;

function sweepStagedBlobs(context: ServerContext): void {
  try {
    const swept = context.blobs.sweepStaged(STALE_STAGED_MS);
    if (swept > 0) {
      context.loggers.documents.info({ swept }, "stale staged files deleted");
    }
  } catch (error) {
    // Left for the next start: serving matters more than tidying.
    context.loggers.documents.warn({ err: error }, "staged files not swept");
  }
}

/** A running server. */
export interface RunningServer {
  /** Base address, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly close: () => Promise<void>;
}

/**
 * Starts the server; `port` 0 picks a free port. Listens on 127.0.0.1
 * unless `host` says otherwise.
 */
export async function startServer(options: {
  dataDir: string;
  port: number;
  host?: string;
  logger?: Logger;
}): Promise<RunningServer> {
  const app = await createServerApp(options);
  const host = options.host ?? "127.0.0.1";
  try {
    await app.listen({ port: options.port, host });
  } catch (error) {
    // Close the store too, so a failed start leaves nothing open.
    await app.close();
    throw error;
  }

  const address = app.server.address();
  const port =
    typeof address === "object" && address !== null
      ? address.port
      : options.port;
  return { url: `http://${host}:${port}`, close: () => closeApp(app) };
}

/** Closes the app, cutting connections still busy after the grace. */
function closeApp(app: FastifyInstance): Promise<void> {
  return stopWithin(app.close(), () => {
    app.log.warn("requests still open after the grace period; cut");
    app.server.closeAllConnections();
  });
}
