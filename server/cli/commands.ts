import { roleSchema } from "../../shared/domain/entities";
import {
  addCommission,
  addService,
  addSession,
  addUser,
} from "../directory/directoryAdmin";
import { BlobStore } from "../documents/blobStore";
import { backfillDocumentAnnotations } from "../documents/documentAnnotations";
import { subsystemLogger } from "../log";
import { importZoningPlan } from "../zoning/importZoningPlan";
import {
  badOption,
  wholeNumber,
  withStore,
  withStoreAsync,
} from "./commandSupport";
import type { Command } from "./commandSupport";
import { KINDS, PROCEDURES, registerCommand } from "./registerCommand";
import { RESUBMIT_USAGE, resubmitCommand } from "./resubmitCommand";
import { serveCommand } from "./serveCommand";
import { STAMP_ADD_USAGE, stampAddCommand } from "../stamps/stampCommand";

/** The commands by name ("dossier register" and so on). */
export const COMMANDS: Readonly<Record<string, Command>> = {
  serve: {
    usage: "serve --data DIR --port N (0 = any free port)",
    spec: { strings: ["port"] },
    run: serveCommand,
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
  "stamp add": {
    usage: STAMP_ADD_USAGE,
    spec: { strings: ["service", "text", "image"] },
    run: stampAddCommand,
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
  "dossier resubmit": {
    usage: RESUBMIT_USAGE,
    spec: { strings: ["number", "deadline"], repeated: ["document"] },
    run: resubmitCommand,
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
          `zoning plan '${result.plan.name}' imported: ` +
            `${result.zoneCount} zones in ${result.plan.crs}`,
        );
      }),
  },
  "annotations backfill": {
    usage: "annotations backfill --data DIR",
    spec: {},
    run: (_o, io) =>
      withStoreAsync(io, async (store) => {
        const result = await backfillDocumentAnnotations(
          store,
          new BlobStore(io.dataDir),
          subsystemLogger(io.logger, "documents"),
        );
        io.print(
          `${result.documents} document(s) read, ` +
            `${result.added} annotation(s) added as markups`,
        );
      }),
  },
  demo: {
    usage: "demo --data DIR",
    spec: {},
    run: (_o, io) =>
      withStoreAsync(io, async (store) => {
        // Loaded on demand: the generator and its PDF drawing code are
        // heavy, and only this command needs them.
        const { seedDemo } = await import("../demo/seed");
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
