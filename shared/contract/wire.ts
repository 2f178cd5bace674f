/**
 * JSON encoding for contract messages over HTTP (browser mode). Uint8Array
 * values become `{ "$bytes": "<base64>" }` and back, so that the same
 * schemas validate on both sides. Electron's IPC clones them natively.
 */

const BYTES_KEY = "$bytes";

/** Serialises a message, encoding byte arrays as base64. */
export function encodeWire(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v instanceof Uint8Array ? { [BYTES_KEY]: toBase64(v) } : v,
  );
}

/** Parses a message, restoring byte arrays. Throws on invalid JSON. */
export function decodeWire(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v !== null && typeof v === "object" && BYTES_KEY in v) {
      const encoded = (v as Record<string, unknown>)[BYTES_KEY];
      if (typeof encoded === "string") return fromBase64(encoded);
    }
    return v;
  });
}

function toBase64(data: Uint8Array): string {
  let binary = "";
  const chunkSize = 0x8000;
  for (let i = 0; i < data.length; i += chunkSize) {
    binary += String.fromCharCode(...data.subarray(i, i + chunkSize));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
