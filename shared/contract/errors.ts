import { z } from "zod";

/**
 * The one shape of a user-facing failure. `key` is a translation key the
 * renderer turns into a sentence saying what happened and what to do;
 * `params` fill its placeholders. Causes and stacks stay in the log.
 */
export const userErrorSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type UserErrorPayload = z.infer<typeof userErrorSchema>;

/** A failure meant for the user: its key names a translated sentence. */
export class UserError extends Error {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;

  constructor(
    key: string,
    params: Readonly<Record<string, string | number>> = {},
    options?: { cause?: unknown },
  ) {
    super(key, options);
    this.name = "UserError";
    this.key = key;
    this.params = params;
  }

  /** The serialisable form sent across the contract. */
  toPayload(): UserErrorPayload {
    return { key: this.key, params: { ...this.params } };
  }
}
