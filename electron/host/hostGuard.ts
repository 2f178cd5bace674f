import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";

/**
 * The checks that keep the browser-mode host to the page it served. The
 * host listens on 127.0.0.1 only, but any web page the user opens could
 * still send it requests, so:
 *
 * - the Host header must name the host itself (127.0.0.1:PORT or
 *   localhost:PORT), which defeats DNS rebinding;
 * - an Origin header, when present, must be the host's own origin;
 * - requests to the services must carry the per-launch key, which only
 *   the page opened from the printed URL knows (it is in the fragment,
 *   never sent over HTTP).
 */
export class HostGuard {
  private readonly hosts: ReadonlySet<string>;
  private readonly origins: ReadonlySet<string>;
  private readonly keyDigest: Buffer;

  constructor(port: number, key: string) {
    this.hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
    this.origins = new Set([...this.hosts].map((host) => `http://${host}`));
    this.keyDigest = digest(key);
  }

  /** Whether Host and Origin name this host. */
  sameSite(request: IncomingMessage): boolean {
    const host = request.headers.host;
    if (host === undefined || !this.hosts.has(host)) return false;
    const origin = request.headers.origin;
    return origin === undefined || this.origins.has(origin);
  }

  /**
   * Whether the request carries the launch key. Comparing digests keeps
   * the comparison constant-time whatever the length of the guess.
   */
  hasKey(request: IncomingMessage): boolean {
    const given = request.headers["x-lajna-key"];
    if (typeof given !== "string") return false;
    return timingSafeEqual(digest(given), this.keyDigest);
  }
}

function digest(text: string): Buffer {
  return createHash("sha256").update(text, "utf8").digest();
}
