import { existsSync } from "node:fs";
import {
  documentKindSchema,
  procedureSchema,
  roleSchema,
} from "../../shared/domain/entities";
import type { DocumentKind } from "../../shared/domain/entities";
import { UserError } from "../../shared/contract/errors";
import { startServer } from "../app";
import { openSqliteStore } from "../db/sqliteStore";
import type { Store } from "../db/store";
import {
  addCommission,
  addService,
  addSession,
  addUser,
} from "../directory/directoryAdmin";
import { BlobStore } from "../documents/blobStore";
import {
  readDocumentSource,
  registerDossier,
} from "../dossiers/registerDossier";
import type { DocumentSource } from "../dossiers/registerDossier";
import type { Logger } from "../log";
import { subsystemLogger } from "../log";
import { importZoningPlan } from "../zoning/importZoningPlan";
import { seedDemo } from "../demo/seed";
import { parseCommandOptions } from "./cliArgs";
import type { CommandOptions, OptionSpec } from "./cliArgs";

/** Writes one line for the operator (stdout; logs go to stderr). */
export type Printer = (line: string) => void;

/** One admin command. */
interface Command {
  readonly usage: string;
  readonly spec: OptionSpec;
  run(options: CommandOptions, io: CommandIo): Promise<void>;
}

/** What a command works with. */
export interface CommandIo {
  readonly dataDir: string;
  readonly logger: Logger;
  readonly print: Printer;
}

const PROCEDURES = procedureSchema.options.join("|");
const KINDS = documentKindSchema.options.join("|");

/** The commands by name ("dossier register" and so on). */
export const COMMANDS: Readonly<Record<string, Command>> = {
  serve: {
    usage: "serve --data DIR --port N (0 = any free port)",
    spec: { strings: ["port"] },
    run: serve,
  },
  "service add": {
    usage: "service add --data DIR --key KEY --name NAME [--binding]",
    spec: { strings: ["key", "name"], flags: ["binding"] },
    run: (o, io) =>
      withStore(io, (store) => {
        const service = addService(store, {
          key: o.required("key"),
          name: o.required("name"),
          binding: o.flag("binding"),
        });
        io.print(
          `service ${service.id} added${service.binding ? " (binding)" : ""}`,
        );
      }),
  },
  "commission add": {
    usage: "commission add --data DIR --name NAME --commune COMMUNE --quorum N",
    spec: { strings: ["name", "commune", "quorum"] },
    run: (o, io) =>
      withStore(io, (store) => {
        const commission = addCommission(store, {
          name: o.required("name"),
          commune: o.required("commune"),
          quorum: wholeNumber(o, "quorum"),
        });
        io.print(`commission '${commission.name}' added (${commission.id})`);
      }),
  },
  "session add": {
    usage:
      "session add --data DIR --commission NAME --date YYYY-MM-DD --title TITLE",
    spec: { strings: ["commission", "date", "title"] },
    run: (o, io) =>
      withStore(io, (store) => {
        const session = addSession(store, {
          commissionName: o.required("commission"),
          date: o.required("date"),
          title: o.required("title"),
        });
        io.print(`session '${session.title}' added (${session.id})`);
      }),
  },
  "user add": {
    usage:
      "user add --data DIR --username U --password P --name NAME " +
      "--role member|secretary|admin [--service KEY] [--commission NAME]...",
    spec: {
      strings: ["username", "password", "name", "role", "service"],
      repeated: ["commission"],
    },
    run: (o, io) =>
      withStoreAsync(io, async (store) => {
        const role = roleSchema.safeParse(o.required("role"));
        if (!role.success) {
          throw badOption(
            "role",
            o.optional("role"),
            "Use member, secretary or admin.",
          );
        }
        const user = await addUser(store, {
          username: o.required("username"),
          password: o.required("password"),
          displayName: o.required("name"),
          role: role.data,
          serviceKey: o.optional("service"),
          commissionNames: o.all("commission"),
        });
        io.print(`user ${user.username} added (${user.role})`);
      }),
  },
  "dossier register": {
    usage:
      `dossier register --data DIR --number N --procedure ${PROCEDURES} ` +
      "--commune C --applicant A --architect A --land-title T " +
      '--parcel "x,y x,y x,y" --commission NAME [--session TITLE] ' +
      `--deadline YYYY-MM-DD --doc KIND:PATH[:TITLE]... (KIND: ${KINDS})`,
    spec: {
      strings: [
        "number",
        "procedure",
        "commune",
        "applicant",
        "architect",
        "land-title",
        "parcel",
        "commission",
        "session",
        "deadline",
      ],
      repeated: ["doc"],
    },
    run: registerCommand,
  },
  "zoning import": {
    usage:
      "zoning import --data DIR --commune C --name NAME " +
      "--file PLAN.geojson|PLAN.zip [--crs EPSG:26191] [--approved-on YYYY-MM-DD]",
    spec: { strings: ["commune", "name", "file", "crs", "approved-on"] },
    run: (o, io) =>
      withStoreAsync(io, async (store) => {
        const result = await importZoningPlan(
          store,
          subsystemLogger(io.logger, "zoning"),
          {
            commune: o.required("commune"),
            name: o.required("name"),
            file: o.required("file"),
            crs: o.optional("crs"),
            approvedOn: o.optional("approved-on"),
          },
        );
        io.print(
          `zoning plan '${result.plan.name}' imported: ${result.zoneCount} zones in ${result.plan.crs}`,
        );
      }),
  },
  demo: {
    usage: "demo --data DIR",
    spec: {},
    run: (_o, io) =>
      withStoreAsync(io, async (store) => {
        const accounts = await seedDemo(
          store,
          new BlobStore(io.dataDir),
          io.logger,
        );
        io.print("demo data loaded; accounts:");
        for (const account of accounts) {
          io.print(
            `  ${account.username} / ${account.password}  (${account.role})`,
          );
        }
      }),
  },
};

async function serve(options: CommandOptions, io: CommandIo): Promise<void> {
  const port = wholeNumber(options, "port");
  if (port > 65_535) throw badOption("port", String(port), "Use 0 to 65535.");

  const server = await startServer({
    dataDir: io.dataDir,
    port,
    logger: io.logger,
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

async function registerCommand(
  o: CommandOptions,
  io: CommandIo,
): Promise<void> {
  const procedure = procedureSchema.safeParse(o.required("procedure"));
  if (!procedure.success) {
    throw badOption("procedure", o.optional("procedure"), `Use ${PROCEDURES}.`);
  }
  const documents: DocumentSource[] = [];
  for (const spec of o.all("doc")) documents.push(await parseDocSpec(spec));

  await withStoreAsync(io, async (store) => {
    const { dossier, documents: stored } = await registerDossier(
      store,
      new BlobStore(io.dataDir),
      subsystemLogger(io.logger, "documents"),
      {
        number: o.required("number"),
        procedure: procedure.data,
        commune: o.required("commune"),
        applicant: o.required("applicant"),
        architect: o.required("architect"),
        landTitle: o.required("land-title"),
        parcel: parseParcel(o.required("parcel")),
        commissionName: o.required("commission"),
        sessionTitle: o.optional("session"),
        deadline: o.required("deadline"),
        documents,
      },
    );
    io.print(`dossier ${dossier.number} registered (${dossier.id})`);
    for (const doc of stored) {
      const state =
        doc.error === null
          ? `${doc.pageCount ?? 0} page(s)`
          : `ERROR ${doc.error}`;
      io.print(`  ${doc.kind} ${doc.fileName}: ${state}`);
    }
  });
}

/** Parses `KIND:PATH[:TITLE]`; a path containing ':' still works if it exists. */
async function parseDocSpec(spec: string): Promise<DocumentSource> {
  const colon = spec.indexOf(":");
  const kind = documentKindSchema.safeParse(spec.slice(0, colon));
  const rest = spec.slice(colon + 1);
  if (colon <= 0 || !kind.success || rest === "") {
    throw new UserError("document.error.badSpec", { spec, kinds: KINDS });
  }

  const lastColon = rest.lastIndexOf(":");
  const titled = lastColon > 0 && !existsSync(rest);
  const path = titled ? rest.slice(0, lastColon) : rest;
  const title = titled ? rest.slice(lastColon + 1) : null;
  return readDocumentSource(kind.data as DocumentKind, path, title);
}

/** Parses `"x,y x,y x,y"` (EPSG:26191 metres). */
export function parseParcel(text: string): { x: number; y: number }[] {
  const points = text
    .trim()
    .split(/\s+/)
    .map((pair) => {
      const [x, y, extra] = pair.split(",").map((part) => Number(part));
      if (x === undefined || y === undefined || extra !== undefined)
        return null;
      return Number.isFinite(x) && Number.isFinite(y) ? { x, y } : null;
    });
  if (points.length < 3 || points.some((p) => p === null)) {
    throw new UserError("dossier.error.badParcel");
  }
  return points.filter((p): p is { x: number; y: number } => p !== null);
}

function wholeNumber(options: CommandOptions, name: string): number {
  const text = options.required(name);
  if (!/^\d+$/.test(text)) throw badOption(name, text, "Use a whole number.");
  return Number(text);
}

function badOption(
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

async function withStore(
  io: CommandIo,
  work: (store: Store) => void,
): Promise<void> {
  await withStoreAsync(io, async (store) => work(store));
}

async function withStoreAsync(
  io: CommandIo,
  work: (store: Store) => Promise<void>,
): Promise<void> {
  const store = openSqliteStore(io.dataDir, io.logger);
  try {
    await work(store);
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
