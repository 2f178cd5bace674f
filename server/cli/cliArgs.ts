import { parseArgs } from "node:util";
import { UserError } from "../../shared/contract/errors";

/** Parsed options of one command: strings, repeated strings, flags. */
export interface CommandOptions {
  /** A required option's value, or a UserError naming it. */
  required(name: string): string;
  optional(name: string): string | null;
  all(name: string): string[];
  flag(name: string): boolean;
}

/** Option names of a command, by kind. */
export interface OptionSpec {
  readonly strings?: readonly string[];
  readonly repeated?: readonly string[];
  readonly flags?: readonly string[];
}

/** Parses a command's arguments; unknown options are refused. */
export function parseCommandOptions(
  args: readonly string[],
  spec: OptionSpec,
  usage: string,
): CommandOptions {
  const options: Record<
    string,
    { type: "string" | "boolean"; multiple?: boolean }
  > = {
    data: { type: "string" },
  };
  for (const name of spec.strings ?? []) options[name] = { type: "string" };
  for (const name of spec.repeated ?? [])
    options[name] = { type: "string", multiple: true };
  for (const name of spec.flags ?? []) options[name] = { type: "boolean" };

  let values: Record<
    string,
    string | boolean | (string | boolean)[] | undefined
  >;
  try {
    values = parseArgs({
      args: [...args],
      options,
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UserError("cli.error.usage", { message: `${message}. ${usage}` });
  }

  const text = (name: string): string | null => {
    const value = values[name];
    return typeof value === "string" ? value : null;
  };
  return {
    required: (name) => {
      const value = text(name);
      if (value === null || value.trim() === "") {
        throw new UserError("cli.error.missingOption", { option: name, usage });
      }
      return value;
    },
    optional: text,
    all: (name) => {
      const value = values[name];
      return Array.isArray(value)
        ? value.filter((v): v is string => typeof v === "string")
        : [];
    },
    flag: (name) => values[name] === true,
  };
}
