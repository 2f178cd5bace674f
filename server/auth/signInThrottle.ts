/**
 * Slows password guessing: after too many failed sign-ins for one
 * username within a window, further attempts are refused until the window
 * passes. Kept in memory: a restart forgets it, which is acceptable for a
 * server on the agency's own network (scrypt already makes each guess
 * costly).
 */
export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = 10,
    private readonly windowMs = 15 * 60 * 1000,
  ) {}

  /** True when this username may try again now. */
  allows(username: string, nowMs: number = Date.now()): boolean {
    return this.recent(username, nowMs).length < this.maxFailures;
  }

  /** Counts a failed attempt. */
  recordFailure(username: string, nowMs: number = Date.now()): void {
    this.failures.set(username, [...this.recent(username, nowMs), nowMs]);
  }

  /** Forgets the failures after a successful sign-in. */
  recordSuccess(username: string): void {
    this.failures.delete(username);
  }

  private recent(username: string, nowMs: number): number[] {
    const times = this.failures.get(username) ?? [];
    return times.filter((at) => nowMs - at < this.windowMs);
  }
}
