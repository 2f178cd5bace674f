import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";
import type { AddressInfo } from "node:net";

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
  ".pdf": "application/pdf",
};

/** URL prefixes and the folders that answer them. */
export type Mounts = Readonly<Record<string, string>>;

/**
 * Serves files from a few folders on 127.0.0.1 only, for the bench's
 * pages, pdf.js's data and the corpus sheets. Read-only, no listing.
 */
export async function serveStatic(
  mounts: Mounts,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const file = resolve(mounts, decodeURIComponent(request.url ?? "/"));
    if (file === null) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** The file a URL names, or null when it lies outside every mount. */
function resolve(mounts: Mounts, url: string): string | null {
  const pathname = url.split("?")[0] ?? "/";
  for (const [prefix, folder] of Object.entries(mounts)) {
    if (!pathname.startsWith(prefix)) continue;
    const file = path.join(folder, pathname.slice(prefix.length));
    if (!file.startsWith(folder)) return null;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}
