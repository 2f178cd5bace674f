import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import type { ScryptOptions } from "node:crypto";

/**
 * Password hashing with scrypt, memory-hard so that a stolen database is
 * expensive to attack. Parameters travel inside the stored string
 * (`scrypt$N$r$p$salt$hash`, base64) so they can be raised later without
 * invalidating existing accounts.
 */
const COST_N = 2 ** 15;
const BLOCK_SIZE_R = 8;
const PARALLEL_P = 1;
const KEY_BYTES = 64;
const SALT_BYTES = 16;

/** Hashes a password with a fresh random salt. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const options = { N: COST_N, r: BLOCK_SIZE_R, p: PARALLEL_P };
  const key = await derive(password, salt, KEY_BYTES, options);
  return [
    "scrypt",
    COST_N,
    BLOCK_SIZE_R,
    PARALLEL_P,
    salt.toString("base64"),
    key.toString("base64"),
  ].join("$");
}

/** Checks a password against a stored hash in constant time. */
export async function verifyPassword(
  password: string,
  stored: string,
): Promise<boolean> {
  const [scheme, n, r, p, saltText, keyText] = stored.split("$");
  if (scheme !== "scrypt" || saltText === undefined || keyText === undefined) {
    return false;
  }

  const expected = Buffer.from(keyText, "base64");
  const options = { N: Number(n), r: Number(r), p: Number(p) };
  const actual = await derive(
    password,
    Buffer.from(saltText, "base64"),
    expected.length,
    options,
  );
  return timingSafeEqual(actual, expected);
}

function derive(
  password: string,
  salt: Buffer,
  keyBytes: number,
  options: ScryptOptions & { N: number; r: number; p: number },
): Promise<Buffer> {
  // scrypt needs 128 * N * r bytes; leave headroom above Node's 32 MiB default.
  const maxmem = 256 * options.N * options.r;
  return new Promise((resolve, reject) => {
    scrypt(password, salt, keyBytes, { ...options, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}
