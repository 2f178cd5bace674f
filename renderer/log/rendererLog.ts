import type { LajnaClient } from "../client/LajnaClient";

type Level = "error" | "warn" | "info" | "debug";
type Fields = Record<string, string | number>;

/** A named logger for one renderer subsystem. */
export interface RendererLogger {
  error(message: string, fields?: Fields): void;
  warn(message: string, fields?: Fields): void;
  info(message: string, fields?: Fields): void;
}

let sink: LajnaClient | null = null;

/**
 * Sends renderer logs to the workstation's log file through 'log.write'.
 * Set once the client exists; earlier lines are dropped, since before
 * that there is nowhere to write them.
 */
export function setLogSink(client: LajnaClient): void {
  sink = client;
}

/**
 * A child logger for a subsystem ("viewer", "markup", ...). Never pass
 * personal data, passwords or keys in fields; dossier numbers are fine.
 */
export function rendererLogger(subsystem: string): RendererLogger {
  const write = (level: Level, message: string, fields: Fields = {}) => {
    // Logging must never break the UI, so a failed write is dropped.
    sink
      ?.request("log.write", {
        level,
        message: message.slice(0, 4000),
        fields: { subsystem, ...fields },
      })
      .catch(() => undefined);
  };
  return {
    error: (message, fields) => write("error", message, fields),
    warn: (message, fields) => write("warn", message, fields),
    info: (message, fields) => write("info", message, fields),
  };
}

/** Describes an unknown thrown value for the log: name, message, stack. */
export function describeCause(cause: unknown): Fields {
  if (cause instanceof Error) {
    const inner = cause.cause instanceof Error ? cause.cause.message : "";
    return {
      name: cause.name,
      message: cause.message,
      stack: (cause.stack ?? "").slice(0, 2000),
      ...(inner === "" ? {} : { cause: inner.slice(0, 1000) }),
    };
  }
  return { message: String(cause).slice(0, 1000) };
}
