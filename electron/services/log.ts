import { mkdirSync } from "node:fs";
import path from "node:path";
import { pino, type Logger } from "pino";

/** The subsystems that log; each gets its own child logger. */
export type Subsystem =
  | "store"
  | "documents"
  | "sync"
  | "handlers"
  | "host"
  | "electron"
  | "renderer"
  | "printing";

/**
 * Paths redacted wherever they appear in a log line: a token, a password
 * or a key must never reach the file, even when a caller passes an object
 * carelessly.
 */
const REDACTED_PATHS = [
  "password",
  "token",
  "pkcs12",
  "authorization",
  "*.password",
  "*.token",
  "*.pkcs12",
  "*.authorization",
  "headers.authorization",
];

/**
 * Opens the workstation's root logger, writing JSON lines to
 * `<dataDir>/lajna.log`. Writes are synchronous so that the last lines
 * before a crash are on disk.
 */
export function createRootLogger(dataDir: string, level = "info"): Logger {
  mkdirSync(dataDir, { recursive: true });
  const destination = pino.destination({
    dest: path.join(dataDir, "lajna.log"),
    sync: true,
  });
  return pino(
    { level, redact: { paths: REDACTED_PATHS, censor: "[redacted]" } },
    destination,
  );
}

/** The child logger of one subsystem. */
export function subsystemLogger(root: Logger, subsystem: Subsystem): Logger {
  return root.child({ subsystem });
}

/** A logger that drops everything, for code paths run without a data dir. */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}
