import { accessSync, constants, mkdirSync } from "node:fs";
import { UserError } from "../shared/contract/errors";
import { COMMANDS } from "./cli/commands";
import { optionsFor } from "./cli/commandSupport";
import { describeUserError } from "./cli/cliMessages";
import { EXIT_STATUS } from "./cli/exitStatus";
import type { ExitStatus } from "./cli/exitStatus";
import { createRootLogger, subsystemLogger } from "./log";

/**
 * The server's admin command line:
 * `npx tsx server/cli.ts <command> --data <dir> [options]`.
 * Results go to stdout, one line each; errors to stderr with exit code 1
 * (2 for an unknown command), and a command done in part (a refused
 * document kept) warns on stderr with its own code; see exitStatus.ts.
 * Logs go to stderr as JSON.
 */
async function main(argv: readonly string[]): Promise<ExitStatus> {
  const name = commandName(argv);
  const command = name === null ? undefined : COMMANDS[name];
  if (name === null || command === undefined) {
    printUsage();
    return EXIT_STATUS.unknownCommand;
  }

  const args = argv.slice(name.split(" ").length);
  // A running server logs its requests; one-shot commands only problems.
  const defaultLevel = name === "serve" ? "info" : "warn";
  const logger = createRootLogger({
    level: process.env["LAJNA_LOG_LEVEL"] ?? defaultLevel,
  });
  try {
    const options = optionsFor(command, args);
    const dataDir = options.optional("data");
    if (dataDir === null) {
      throw new UserError("cli.error.missingOption", {
        option: "data",
        usage: `Usage: ${command.usage}`,
      });
    }
    requireUsableDataDir(dataDir);
    const outcome = await command.run(options, {
      dataDir,
      logger,
      print: (line) => process.stdout.write(`${line}\n`),
    });
    if (!outcome) return EXIT_STATUS.done;
    process.stderr.write(`warning: ${describeUserError(outcome.warning)}\n`);
    return outcome.status;
  } catch (error) {
    if (!(error instanceof UserError)) {
      subsystemLogger(logger, "cli").error({ err: error }, "command failed");
      process.stderr.write("error: the command failed; see the log above.\n");
      return EXIT_STATUS.failed;
    }
    process.stderr.write(`error: ${describeUserError(error)}\n`);
    return EXIT_STATUS.failed;
  }
}

/**
 * Creates the data directory if needed and checks it is writable, so an
 * unusable path is one sentence, not a stack trace from deep in SQLite.
 */
function requireUsableDataDir(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
    accessSync(dataDir, constants.R_OK | constants.W_OK);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    throw new UserError(
      "cli.error.dataDir",
      { path: dataDir, reason: typeof code === "string" ? code : "unknown" },
      { cause: error },
    );
  }
}

/**
 * A reader that closed the pipe early (`| head`) wants no more output,
 * which is not a failure: further lines are dropped instead of crashing
 * with EPIPE.
 */
function ignoreClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
}

/** "serve", "demo" or a two-word command such as "dossier register". */
function commandName(argv: readonly string[]): string | null {
  const [first, second] = argv;
  if (first === undefined) return null;
  if (first in COMMANDS) return first;
  const two = `${first} ${second ?? ""}`;
  return two in COMMANDS ? two : null;
}

function printUsage(): void {
  const lines = Object.values(COMMANDS).map(
    (c) => `  npx tsx server/cli.ts ${c.usage}`,
  );
  process.stderr.write(`Lajna server commands:\n${lines.join("\n")}\n`);
}

ignoreClosedPipe(process.stdout);
ignoreClosedPipe(process.stderr);
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`error: ${String(error)}\n`);
    process.exitCode = EXIT_STATUS.failed;
  },
);
