import type { User } from "../../shared/domain/entities";
import type { SignInResponse } from "../../shared/contract/sync";
import { UserError } from "../../shared/contract/errors";
import type { Store } from "../db/store";
import type { Logger } from "../log";
import { hashPassword, verifyPassword } from "./passwords";
import { newToken, tokenDigest, TOKEN_LIFETIME_MS } from "./tokens";

/**
 * A hash computed once for unknown usernames, so that signing in as
 * someone who does not exist takes as long as a wrong password.
 */
let decoyHash: Promise<string> | null = null;

/** Signs a user in; a wrong username or password is one and the same error. */
export async function signIn(
  store: Store,
  logger: Logger,
  username: string,
  password: string,
): Promise<SignInResponse> {
  const stored = store.directory.findUserByUsername(username);
  decoyHash ??= hashPassword("decoy");
  const hash = stored?.passwordHash ?? (await decoyHash);
  const valid = await verifyPassword(password, hash);

  if (stored === null || !valid) {
    logger.info("sign-in refused");
    throw new UserError("auth.error.invalidCredentials");
  }

  const token = newToken();
  const expiresAt = new Date(Date.now() + TOKEN_LIFETIME_MS).toISOString();
  store.directory.saveToken(tokenDigest(token), stored.id, expiresAt);
  logger.info({ userId: stored.id }, "signed in");

  const { passwordHash: _hidden, ...user } = stored;
  return { token, user };
}

/** Ends a sign-in: the token stops working at once. */
export function signOut(store: Store, authorization: string | undefined): void {
  const token = bearerToken(authorization);
  if (token === null) return;
  store.directory.deleteToken(tokenDigest(token), new Date().toISOString());
}

/** The user behind an `Authorization: Bearer` header, or null. */
export function authenticate(
  store: Store,
  authorization: string | undefined,
): User | null {
  const token = bearerToken(authorization);
  if (token === null) return null;
  return store.directory.findUserByToken(
    tokenDigest(token),
    new Date().toISOString(),
  );
}

function bearerToken(authorization: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? "");
  return match?.[1] ?? null;
}
