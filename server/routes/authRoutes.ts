import type { FastifyInstance } from "fastify";
import { signInRequestSchema } from "../../shared/contract/sync";
import type { SignInResponse } from "../../shared/contract/sync";
import { UserError } from "../../shared/contract/errors";
import { signIn, signOut } from "../auth/authService";
import { SignInThrottle } from "../auth/signInThrottle";
import type { ServerContext } from "../serverContext";
import { HttpFailure, requireUser } from "./httpErrors";

/** `POST /api/auth/sign-in`, `POST /api/auth/sign-out`, `GET /api/auth/me`. */
export function registerAuthRoutes(
  app: FastifyInstance,
  context: ServerContext,
): void {
  const throttle = new SignInThrottle();

  app.post("/api/auth/sign-in", async (request): Promise<SignInResponse> => {
    const body = signInRequestSchema.safeParse(request.body);
    if (!body.success) throw new HttpFailure(400, "request.error.invalid");
    const { username, password } = body.data;
    // Counted before the password check, so parallel guesses are too.
    const turn = throttle.begin(username);
    if (!turn.allowed) {
      throw new HttpFailure(429, "auth.error.tooManyAttempts", {
        retryAfterSeconds: Math.ceil(turn.retryAfterMs / 1000),
      });
    }

    try {
      const answer = await signIn(
        context.store,
        context.loggers.auth,
        username,
        password,
      );
      throttle.succeeded(username);
      return answer;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      throw new HttpFailure(401, error.key);
    }
  });

  app.post("/api/auth/sign-out", async (request, reply) => {
    requireUser(context.store, request);
    signOut(context.store, request.headers.authorization);
    return reply.status(204).send();
  });

  app.get("/api/auth/me", async (request) => ({
    user: requireUser(context.store, request),
  }));
}
