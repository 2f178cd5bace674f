import { UserError } from "../../shared/contract/errors";
import { startServer } from "../app";
import type { CommandOptions } from "./cliArgs";
import { badOption, wholeNumber } from "./commandSupport";
import type { CommandIo } from "./commandSupport";

/**
 * `serve`: runs the server on 127.0.0.1 until SIGTERM or SIGINT, after
 * printing the one line scripts wait for: `listening on http://…`.
 */
export async function serveCommand(
  options: CommandOptions,
  io: CommandIo,
): Promise<void> {
  const port = wholeNumber(options, "port");
  if (port > 65_535) throw badOption("port", String(port), "Use 0 to 65535.");

  const server = await startServer({
    dataDir: io.dataDir,
    port,
    logger: io.logger,
  }).catch((error: unknown) => {
    const code = (error as { code?: unknown } | null)?.code;
    if (code !== "EADDRINUSE") throw error;
    throw new UserError("cli.error.portInUse", { port }, { cause: error });
  });
  io.print(`listening on ${server.url}`);

  // Stop cleanly so the SQLite WAL is checkpointed and closed.
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      void server.close().then(resolve);
    };
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
  });
}
