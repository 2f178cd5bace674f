import { toArrayBuffer } from "./bytes";

/**
 * The WebCrypto implementation used for digests, signing and verification.
 * Node 20, Electron and browsers all expose `globalThis.crypto.subtle`;
 * tests or hosts without it may install another with `setSubtleCrypto`.
 */
let provider: SubtleCrypto | null = null;

/** Replaces the WebCrypto provider (for hosts without a global one). */
export function setSubtleCrypto(subtle: SubtleCrypto): void {
  provider = subtle;
}

/** The WebCrypto provider in use. */
export function subtle(): SubtleCrypto {
  const found = provider ?? globalThis.crypto?.subtle;
  if (!found) throw new Error("WebCrypto (crypto.subtle) is not available");
  return found;
}

/** The hash names WebCrypto knows, as used in algorithm parameters. */
export type HashName = "SHA-1" | "SHA-256" | "SHA-384" | "SHA-512";

/** Digest of the concatenation of `parts`. */
export async function digest(
  hash: HashName,
  parts: readonly Uint8Array[],
): Promise<Uint8Array> {
  const total = parts.reduce((sum, p) => sum + p.length, 0);
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  const result = await subtle().digest(hash, toArrayBuffer(joined));
  return new Uint8Array(result);
}
