import {
  requestSchemas,
  type RequestKind,
  type RequestResult,
  type ValidatedPayload,
} from "./requests";
import { UserError, type UserErrorPayload } from "./errors";

/**
 * One handler per request kind. The mapped type makes the compiler refuse a
 * table that forgets a kind.
 */
export type RequestHandlers = {
  readonly [K in RequestKind]: (
    payload: ValidatedPayload<K>,
  ) => Promise<RequestResult<K>>;
};

/** What crosses the wire as an answer. */
export type Answer =
  | { readonly ok: true; readonly result: unknown }
  | { readonly ok: false; readonly error: UserErrorPayload };

/** Tells whether a string names a known request kind. */
export function isRequestKind(kind: string): kind is RequestKind {
  return Object.hasOwn(requestSchemas, kind);
}

/**
 * Validates an incoming message, runs its handler and validates the
 * result. Malformed messages are refused with `error.badRequest`; a
 * handler's UserError passes through; anything else becomes
 * `error.internal` and is reported to `onUnexpected` for the log.
 */
export async function dispatchRequest(
  handlers: RequestHandlers,
  kind: string,
  payload: unknown,
  onUnexpected: (kind: string, error: unknown) => void,
): Promise<Answer> {
  if (!isRequestKind(kind)) {
    return refuse("error.badRequest", { kind: String(kind).slice(0, 80) });
  }

  const parsed = requestSchemas[kind].payload.safeParse(payload);
  if (!parsed.success) return refuse("error.badRequest", { kind });

  try {
    const handler = handlers[kind] as (p: unknown) => Promise<unknown>;
    const result = await handler(parsed.data);
    return { ok: true, result: requestSchemas[kind].result.parse(result) };
  } catch (error) {
    if (error instanceof UserError)
      return { ok: false, error: error.toPayload() };
    onUnexpected(kind, error);
    return refuse("error.internal", {});
  }
}

function refuse(key: string, params: Record<string, string | number>): Answer {
  return { ok: false, error: { key, params } };
}
