import { createHash, randomBytes } from "node:crypto";

/** How long a sign-in lasts before the workstation must sign in again. */
export const TOKEN_LIFETIME_MS = 12 * 60 * 60 * 1000;

/** A fresh bearer token: 32 random bytes, base64url. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The form a token is stored and looked up in; the token itself is not. */
export function tokenDigest(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
