import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SignInThrottle } from "../../server/auth/signInThrottle";
import { PASSWORD, startSeededServer } from "./serverTestKit";
import type { TestServer } from "./serverTestKit";

/*
 * Review finding F5: parallel wrong passwords were all checked (the
 * attempt was counted after the check), the real user was then locked out
 * for 15 minutes, and the failure map grew without bound.
 */

describe("SignInThrottle", () => {
  it("counts an attempt before its password is checked", () => {
    const throttle = new SignInThrottle();
    const answers = Array.from({ length: 40 }, () =>
      throttle.begin("amina", 1_000),
    );
    expect(answers.filter((a) => a.allowed)).toHaveLength(10);
  });

  it("delays further attempts briefly, doubling up to a cap", () => {
    const throttle = new SignInThrottle({
      freeAttempts: 5,
      baseDelayMs: 1000,
      maxDelayMs: 4000,
    });
    for (let i = 0; i < 5; i++) throttle.begin("amina", 0);

    expect(throttle.begin("amina", 999).allowed).toBe(false);
    expect(throttle.begin("amina", 1000).allowed).toBe(true);
    expect(throttle.begin("amina", 2999).allowed).toBe(false);
    expect(throttle.begin("amina", 3000).allowed).toBe(true);
    expect(throttle.begin("amina", 6999).allowed).toBe(false);
    expect(throttle.begin("amina", 7000).allowed).toBe(true);
    // Capped: never a long lockout.
    expect(throttle.begin("amina", 11_000).allowed).toBe(true);

    throttle.succeeded("amina");
    expect(throttle.begin("amina", 11_001).allowed).toBe(true);
  });

  it("keeps a bounded number of usernames", () => {
    const throttle = new SignInThrottle({ maxUsernames: 1000 });
    for (let i = 0; i < 20_000; i++) throttle.begin(`user-${i}`, i);
    expect(throttle.size).toBeLessThanOrEqual(1000);
  });
});

describe("sign-in under parallel guessing", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startSeededServer();
  });
  afterAll(async () => server.close());

  const signIn = (password: string) =>
    fetch(`${server.url}/api/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "member-a", password }),
    }).then((response) => response.status);

  it("checks few of 40 parallel guesses and lets the user in soon after", async () => {
    const statuses = await Promise.all(
      Array.from({ length: 40 }, (_, i) => signIn(`wrong-${i}`)),
    );
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(10);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(30);

    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await signIn(PASSWORD)).toBe(200);
  });
});
