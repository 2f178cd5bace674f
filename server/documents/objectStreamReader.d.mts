/** What one file's object streams may still inflate to, in bytes. */
export interface PackedBudget {
  bytes: number;
}

/** Most bytes all the object streams of one file may inflate to. */
export const MAX_PACKED_BYTES: number;

/**
 * The objects an object stream holds, as [number, body] pairs, or null
 * when it cannot be read (see objectStreamReader.mjs).
 */
export function unpackObjectStream(
  text: string,
  start: number,
  body: string,
  budget: PackedBudget,
): [number, string][] | null;
