import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { PullResponse, PushResponse } from "../../shared/contract/sync";
import { readScope } from "../auth/access";
import { pushMutations } from "../sync/pushMutations";
import type { ServerContext } from "../serverContext";
import { HttpFailure, requireUser, signedInOnly } from "./httpErrors";

/** Most changes one pull answers; the client pulls again while `more`. */
export const MAX_PULL_LIMIT = 1000;

const pullQuerySchema = z.object({
  since: z
    .string()
    .regex(/^\d{1,15}$/)
    .default("0"),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_LIMIT).default(500),
});

/**
 * The push envelope. Each change is validated on its own by the push, so
 * that one bad record is rejected without failing its neighbours.
 */
const pushEnvelopeSchema = z.object({
  mutations: z
    .array(z.object({ mutationId: z.string().uuid(), change: z.unknown() }))
    .max(500),
});

/** A push may carry 500 markups of up to 10,000 points each. */
const PUSH_BODY_LIMIT_BYTES = 64 * 1024 * 1024;

/** `GET /api/sync/changes` and `POST /api/sync/push`. */
export function registerSyncRoutes(
  app: FastifyInstance,
  context: ServerContext,
): void {
  const { store } = context;

  app.get("/api/sync/changes", async (request): Promise<PullResponse> => {
    const user = requireUser(store, request);
    const query = pullQuerySchema.safeParse(request.query);
    if (!query.success) throw new HttpFailure(400, "sync.error.badCursor");

    const since = Number(query.data.since);
    const limit = query.data.limit;
    // One extra row tells whether the client should pull again at once.
    const rows = store.changes.listSince(
      since,
      limit + 1,
      readScope(store, user),
    );
    const changes = rows.slice(0, limit);
    const last = changes.at(-1);
    return {
      changes,
      cursor: String(last === undefined ? since : last.seq),
      more: rows.length > limit,
    };
  });

  app.post(
    "/api/sync/push",
    { bodyLimit: PUSH_BODY_LIMIT_BYTES, onRequest: signedInOnly(store) },
    async (request): Promise<PushResponse> => {
      const user = requireUser(store, request);
      const body = pushEnvelopeSchema.safeParse(request.body);
      if (!body.success) throw new HttpFailure(400, "sync.error.badPush");

      const results = await pushMutations(
        store,
        context.blobs,
        context.loggers.sync,
        user,
        body.data.mutations,
      );
      return { results };
    },
  );
}
