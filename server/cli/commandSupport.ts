import { UserError } from "../../shared/contract/errors";
import { describeUserError } from "./cliMessages";
import { openSqliteStore } from "../db/sqliteStore";
import type { Store } from "../db/store";
import type { Logger } from "../log";
import { parseCommandOptions } from "./cliArgs";
import type { CommandOptions, OptionSpec } from "./cliArgs";
import type { PartialOutcome } from "./exitStatus";

/** Writes one line for the operator (stdout; logs go to stderr). */
export type Printer = (line: string) => void;

/** One admin command. */
export interface Command {
  readonly usage: string;
  readonly spec: OptionSpec;
  /**
   * Does the work; answers a partial outcome when it is done but kept
   * something the operator must act on (see exitStatus.ts).
   */
  run(options: CommandOptions, io: CommandIo): Promise<PartialOutcome | void>;
}

/** What a command works with. */
export interface CommandIo {
  readonly dataDir: string;
  readonly logger: Logger;
  readonly print: Printer;
}

/** A required option holding a whole number. */
export function wholeNumber(options: CommandOptions, name: string): number {
  const text = options.required(name);
  if (!/^\d+$/.test(text)) throw badOption(name, text, "Use a whole number.");
  return Number(text);
}

/** The error for an option whose value is wrong, with a hint. */
export function badOption(
  option: string,
  value: string | null,
  hint: string,
): UserError {
  return new UserError("cli.error.badOption", {
    option,
    value: value ?? "",
    hint,
  });
}

/** Runs synchronous work on the data directory's store, then closes it. */
export async function withStore(
  io: CommandIo,
  work: (store: Store) => void,
): Promise<void> {
  await withStoreAsync(io, async (store) => work(store));
}

/** Runs work on the data directory's store, then closes it. */
export async function withStoreAsync<T>(
  io: CommandIo,
  work: (store: Store) => Promise<T>,
): Promise<T> {
  const store = openSqliteStore(io.dataDir, io.logger);
  try {
    return await work(store);
  } finally {
    store.close();
  }
}

/** Parses a command's options with its spec. */
export function optionsFor(
  command: Command,
  args: readonly string[],
): CommandOptions {
  return parseCommandOptions(args, command.spec, `Usage: ${command.usage}`);
}

/**
 * How a stored document reads in a command's report: its sheet count, or
 * in words why it was kept but marked unusable.
 */
export function documentState(doc: {
  pageCount: number | null;
  error: string | null;
}): string {
  if (doc.error === null) return `${doc.pageCount ?? 0} page(s)`;
  return `REFUSED, ${describeUserError(new UserError(doc.error))}`;
}

/**
 * The report line under a document whose own annotations were not
 * imported (too many, unreadable), or null when they were.
 */
export function skippedAnnotationsLine(
  reason: UserError | undefined,
): string | null {
  if (reason === undefined) return null;
  return `    annotations not imported: ${describeUserError(reason)}`;
}
