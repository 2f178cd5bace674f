import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BlobStore } from "../../server/documents/blobStore";
import { makePdf, signInAs, startSeededServer } from "./serverTestKit";
import type { TestServer } from "./serverTestKit";

let server: TestServer;
let auth: string;
let sha256: string;
let bytes: Buffer;

beforeAll(async () => {
  server = await startSeededServer();
  auth = await signInAs(server.url, "member-a");
  sha256 = server.dossierA.documents[0]!.sha256;
  bytes = readFileSync(new BlobStore(server.dataDir).pathOf(sha256));
});
afterAll(async () => server.close());

function get(headers: Record<string, string>): Promise<Response> {
  return fetch(`${server.url}/api/documents/${sha256}`, {
    headers: { authorization: auth, ...headers },
  });
}

describe("document download", () => {
  it("serves the whole file with the hash as ETag", async () => {
    const response = await get({});
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toBe(`"${sha256}"`);
    expect(response.headers.get("accept-ranges")).toBe("bytes");
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it("answers 304 to a matching If-None-Match", async () => {
    const response = await get({ "if-none-match": `"${sha256}"` });
    expect(response.status).toBe(304);
  });

  it("serves single ranges a-b, a- and -n", async () => {
    const size = bytes.length;
    const cases: [string, number, number][] = [
      ["bytes=0-99", 0, 99],
      ["bytes=100-", 100, size - 1],
      ["bytes=-50", size - 50, size - 1],
    ];
    for (const [range, start, end] of cases) {
      const response = await get({ range });
      expect(response.status).toBe(206);
      expect(response.headers.get("content-range")).toBe(
        `bytes ${start}-${end}/${size}`,
      );
      const body = Buffer.from(await response.arrayBuffer());
      expect(body.equals(bytes.subarray(start, end + 1))).toBe(true);
    }
  });

  it("answers 416 with the size to a range outside the file", async () => {
    const response = await get({ range: `bytes=${bytes.length + 10}-` });
    expect(response.status).toBe(416);
    expect(response.headers.get("content-range")).toBe(
      `bytes */${bytes.length}`,
    );
  });
});

describe("document upload", () => {
  it("stores a PDF whose hash matches and refuses one that does not", async () => {
    const pdf = await makePdf(1, "signed opinion");
    const hash = createHash("sha256").update(pdf).digest("hex");
    const put = (target: string): Promise<Response> =>
      fetch(`${server.url}/api/documents/${target}`, {
        method: "PUT",
        headers: { authorization: auth, "content-type": "application/pdf" },
        body: pdf,
      });

    const wrong = await put("0".repeat(64));
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { error: { key: string } }).error.key).toBe(
      "document.error.hashMismatch",
    );

    const stored = await put(hash);
    expect(stored.status).toBe(201);
    expect(new BlobStore(server.dataDir).has(hash)).toBe(true);
    expect((await put(hash)).status).toBe(200);
  });

  it("refuses an upload without a token and an unsupported type", async () => {
    const noAuth = await fetch(
      `${server.url}/api/documents/${"1".repeat(64)}`,
      {
        method: "PUT",
        headers: { "content-type": "application/pdf" },
        body: new Uint8Array([1, 2, 3]),
      },
    );
    expect(noAuth.status).toBe(401);

    const text = await fetch(`${server.url}/api/documents/${"1".repeat(64)}`, {
      method: "PUT",
      headers: { authorization: auth, "content-type": "text/plain" },
      body: "hello",
    });
    expect(text.status).toBe(415);
  });
});
