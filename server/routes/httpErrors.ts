import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { UserError } from "../../shared/contract/errors";
import type { User } from "../../shared/domain/entities";
import { authenticate } from "../auth/authService";
import type { Store } from "../db/store";

/**
 * A failure with an HTTP status and a translation key. API errors answer
 * `{ "error": { "key", "params" } }`, the same payload as a UserError, so
 * the workstation shows one kind of message whatever went wrong.
 */
export class HttpFailure extends Error {
  constructor(
    readonly statusCode: number,
    readonly key: string,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(key);
    this.name = "HttpFailure";
  }
}

/** The signed-in user of a request, or a 401. */
export function requireUser(store: Store, request: FastifyRequest): User {
  const user = authenticate(store, request.headers.authorization);
  if (user === null) throw new HttpFailure(401, "auth.error.required");
  return user;
}

/**
 * An `onRequest` hook that refuses a request without a valid token. It
 * runs before Fastify reads the body, so an unauthenticated upload or push
 * is answered 401 without buffering up to its body limit.
 */
export function signedInOnly(
  store: Store,
): (request: FastifyRequest) => Promise<void> {
  return async (request) => {
    requireUser(store, request);
  };
}

/** Maps every failure to the one error payload and a sensible status. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler(
    (error: unknown, request: FastifyRequest, reply: FastifyReply) => {
      if (error instanceof HttpFailure) {
        return reply
          .status(error.statusCode)
          .send({ error: { key: error.key, params: error.params } });
      }
      if (error instanceof UserError) {
        return reply.status(400).send({ error: error.toPayload() });
      }

      const statusCode = statusOf(error);
      if (statusCode >= 500)
        request.log.error({ err: error }, "request failed");
      return reply
        .status(statusCode)
        .send({ error: { key: keyForStatus(statusCode), params: {} } });
    },
  );
}

function statusOf(error: unknown): number {
  if (typeof error === "object" && error !== null && "statusCode" in error) {
    const code = (error as { statusCode: unknown }).statusCode;
    if (typeof code === "number" && code >= 400 && code < 600) return code;
  }
  return 500;
}

function keyForStatus(statusCode: number): string {
  if (statusCode === 413) return "request.error.tooLarge";
  if (statusCode === 415) return "request.error.unsupportedMediaType";
  if (statusCode < 500) return "request.error.invalid";
  return "server.error.internal";
}
