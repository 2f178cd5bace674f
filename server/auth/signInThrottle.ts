/** How the throttle behaves; the defaults suit the agency's server. */
export interface SignInThrottleOptions {
  /** Attempts a username gets before delays start. */
  readonly freeAttempts?: number;
  /** The first delay; each further attempt doubles it. */
  readonly baseDelayMs?: number;
  /** The longest delay, so a guesser never locks the real user out long. */
  readonly maxDelayMs?: number;
  /** A username quiet this long starts afresh. */
  readonly forgetAfterMs?: number;
  /** Usernames remembered at most; the least recently tried go first. */
  readonly maxUsernames?: number;
}

/** Whether an attempt may check its password now. */
export type ThrottleAnswer =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly retryAfterMs: number };

interface Attempts {
  count: number;
  lastAtMs: number;
}

/**
 * Slows password guessing per username. An attempt is counted when it
 * begins, before its password is checked, so parallel guesses cannot all
 * slip through. After a few attempts each further one must wait a delay
 * that doubles, capped at a short maximum: a guesser gains little, and the
 * real user waits seconds, never a long lockout. Kept in memory and
 * bounded; a restart forgets it, which is acceptable on the agency's own
 * network (scrypt already makes each guess costly).
 */
export class SignInThrottle {
  private readonly attempts = new Map<string, Attempts>();
  private readonly freeAttempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly forgetAfterMs: number;
  private readonly maxUsernames: number;

  constructor(options: SignInThrottleOptions = {}) {
    this.freeAttempts = options.freeAttempts ?? 10;
    this.baseDelayMs = options.baseDelayMs ?? 1000;
    this.maxDelayMs = options.maxDelayMs ?? 30_000;
    this.forgetAfterMs = options.forgetAfterMs ?? 15 * 60 * 1000;
    this.maxUsernames = options.maxUsernames ?? 10_000;
  }

  /** Usernames currently remembered. */
  get size(): number {
    return this.attempts.size;
  }

  /**
   * Starts an attempt: answers whether it may go on and, if so, counts it
   * already. A refused attempt is not counted, so hammering does not make
   * the delay grow past its cap.
   */
  begin(username: string, nowMs: number = Date.now()): ThrottleAnswer {
    const known = this.current(username, nowMs);
    const waitMs = known === null ? 0 : this.delayAfter(known.count);
    const readyAtMs = (known?.lastAtMs ?? nowMs) + waitMs;
    if (nowMs < readyAtMs) {
      return { allowed: false, retryAfterMs: readyAtMs - nowMs };
    }

    this.remember(username, {
      count: (known?.count ?? 0) + 1,
      lastAtMs: nowMs,
    });
    return { allowed: true };
  }

  /** Forgets a username's attempts after a successful sign-in. */
  succeeded(username: string): void {
    this.attempts.delete(username);
  }

  private delayAfter(count: number): number {
    if (count < this.freeAttempts) return 0;
    const doublings = Math.min(count - this.freeAttempts, 30);
    return Math.min(this.baseDelayMs * 2 ** doublings, this.maxDelayMs);
  }

  private current(username: string, nowMs: number): Attempts | null {
    const known = this.attempts.get(username);
    if (known === undefined) return null;
    if (nowMs - known.lastAtMs < this.forgetAfterMs) return known;
    this.attempts.delete(username);
    return null;
  }

  /** Re-inserts so the Map's order is least recently tried first. */
  private remember(username: string, attempts: Attempts): void {
    this.attempts.delete(username);
    this.attempts.set(username, attempts);
    for (const oldest of this.attempts.keys()) {
      if (this.attempts.size <= this.maxUsernames) break;
      this.attempts.delete(oldest);
    }
  }
}
