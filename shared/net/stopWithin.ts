/**
 * How long requests in flight may take to finish once a server is told to
 * stop. A client can keep a connection busy for ever (a half-sent request,
 * a stream it reopens); a host or server that does not stop when told is
 * worse than an answer cut short.
 */
export const STOP_GRACE_MS = 3_000;

/**
 * Awaits a graceful stop, calling `cut` (which must make it finish, e.g.
 * by destroying the open connections) if it has not within `graceMs`.
 */
export async function stopWithin(
  stopping: Promise<void>,
  cut: () => void,
  graceMs = STOP_GRACE_MS,
): Promise<void> {
  const timer = setTimeout(cut, graceMs);
  try {
    await stopping;
  } finally {
    clearTimeout(timer);
  }
}
