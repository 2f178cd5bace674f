import { z } from "zod";
import {
  commissionSchema,
  documentSchema,
  dossierSchema,
  georeferenceSchema,
  markupSchema,
  opinionSchema,
  serviceSchema,
  sessionSchema,
  userSchema,
  zoneSchema,
  zoningPlanSchema,
} from "../domain/entities";

/**
 * The sync protocol between a workstation and the central server.
 *
 * Pull: `GET /api/sync/changes?since=<cursor>&limit=<n>` answers the
 * changes the signed-in user may read, in server order. `cursor` is opaque
 * to the client (a decimal sequence number today); it is stored and sent
 * back unchanged. `more` tells the client to pull again at once.
 *
 * Push: `POST /api/sync/push` with mutations, each carrying a client-made
 * UUID. The server applies each id exactly once: a replay after a lost
 * response answers `duplicate` with the same outcome and changes nothing.
 */

/** The entity kinds that sync, each with its record schema. */
export const syncRecordSchema = z.discriminatedUnion("entity", [
  z.object({ entity: z.literal("dossier"), record: dossierSchema }),
  z.object({ entity: z.literal("document"), record: documentSchema }),
  z.object({ entity: z.literal("markup"), record: markupSchema }),
  z.object({ entity: z.literal("opinion"), record: opinionSchema }),
  z.object({ entity: z.literal("georeference"), record: georeferenceSchema }),
  z.object({ entity: z.literal("commission"), record: commissionSchema }),
  z.object({ entity: z.literal("session"), record: sessionSchema }),
  z.object({ entity: z.literal("service"), record: serviceSchema }),
  z.object({ entity: z.literal("zoning_plan"), record: zoningPlanSchema }),
  z.object({ entity: z.literal("zone"), record: zoneSchema }),
]);
export type SyncRecord = z.infer<typeof syncRecordSchema>;
export type SyncEntity = SyncRecord["entity"];

/** One change in the server's log. */
export const syncChangeSchema = z.intersection(
  z.object({ seq: z.number().int().positive() }),
  syncRecordSchema,
);
export type SyncChange = z.infer<typeof syncChangeSchema>;

/** The answer to a pull. */
export const pullResponseSchema = z.object({
  changes: z.array(syncChangeSchema),
  cursor: z.string(),
  more: z.boolean(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

/**
 * A client change. Clients push markups, georeferences and opinions; the
 * server refuses other entities and anything the user may not write
 * (someone else's markup, a signed opinion).
 */
export const mutationSchema = z.object({
  mutationId: z.string().uuid(),
  change: syncRecordSchema,
});
export type Mutation = z.infer<typeof mutationSchema>;

/** The body of a push. */
export const pushRequestSchema = z.object({
  mutations: z.array(mutationSchema).max(500),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

/** Per-mutation outcome; `rejected` carries a translation key. */
export const pushResultSchema = z.object({
  mutationId: z.string(),
  status: z.enum(["applied", "duplicate", "rejected"]),
  errorKey: z.string().nullable(),
});
export type PushResult = z.infer<typeof pushResultSchema>;

/** The answer to a push, in the order of the request. */
export const pushResponseSchema = z.object({
  results: z.array(pushResultSchema),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

/** `POST /api/auth/sign-in` body. */
export const signInRequestSchema = z.object({
  username: z.string().min(1).max(200),
  password: z.string().min(1).max(1000),
});

/**
 * `POST /api/auth/sign-in` answer. The token goes in
 * `Authorization: Bearer <token>` on every later call.
 */
export const signInResponseSchema = z.object({
  token: z.string(),
  user: userSchema,
});
export type SignInResponse = z.infer<typeof signInResponseSchema>;
