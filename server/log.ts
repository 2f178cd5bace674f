import { pino } from "pino";
import type { Logger } from "pino";

/**
 * The server's logger. One root per process, a named child per subsystem
 * (`db`, `auth`, `sync`, `documents`, `zoning`, `http`, `cli`). Dossier
 * numbers may be logged; names, passwords and tokens never are, and the
 * redaction below is a second line of defence, not the first.
 */
export type { Logger } from "pino";

/** Names of the subsystems that get a child logger. */
export type Subsystem =
  "db" | "auth" | "sync" | "documents" | "zoning" | "http" | "cli" | "demo";

/** Options for the root logger. */
export interface LoggerOptions {
  readonly level?: string;
  /** Where lines go; defaults to stderr so the CLI's stdout stays clean. */
  readonly destination?: NodeJS.WritableStream;
}

/** Makes the process's root logger. */
export function createRootLogger(options: LoggerOptions = {}): Logger {
  const level = options.level ?? process.env["LAJNA_LOG_LEVEL"] ?? "info";
  return pino(
    {
      level,
      base: { app: "lajna-server" },
      redact: {
        paths: [
          "password",
          "*.password",
          "token",
          "*.token",
          "req.headers.authorization",
          "headers.authorization",
        ],
        censor: "[redacted]",
      },
    },
    options.destination ?? pino.destination(2),
  );
}

/** A child logger for one subsystem. */
export function subsystemLogger(root: Logger, subsystem: Subsystem): Logger {
  return root.child({ subsystem });
}
