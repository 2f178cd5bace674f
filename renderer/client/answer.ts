import { z } from "zod";
import { userErrorSchema, UserError } from "../../shared/contract/errors";
import {
  requestSchemas,
  type RequestKind,
  type RequestResult,
} from "../../shared/contract/requests";

/**
 * The envelope every transport answers with: a result, or a user error
 * carrying a translation key.
 */
const answerSchema = z.union([
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({ ok: z.literal(false), error: userErrorSchema }),
]);

/**
 * Turns a decoded answer into the request's result, or throws a
 * `UserError`. A malformed envelope or result is refused as
 * `error.badRequest`, so nothing unvalidated reaches the UI.
 */
export function unwrapAnswer<K extends RequestKind>(
  kind: K,
  decoded: unknown,
): RequestResult<K> {
  const answer = answerSchema.safeParse(decoded);
  if (!answer.success) {
    throw new UserError("error.badRequest", {}, { cause: answer.error });
  }

  if (!answer.data.ok) {
    throw new UserError(answer.data.error.key, answer.data.error.params);
  }

  const result = requestSchemas[kind].result.safeParse(answer.data.result);
  if (!result.success) {
    throw new UserError("error.badRequest", {}, { cause: result.error });
  }
  return result.data as RequestResult<K>;
}
