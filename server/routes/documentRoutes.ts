import { createReadStream } from "node:fs";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { canReadBlob } from "../auth/access";
import { sha256Hex } from "../documents/blobStore";
import { parseByteRange } from "../documents/byteRange";
import { storeRecordedBlob } from "../documents/documentBlobs";
import { MAX_UPLOAD_BYTES } from "../documents/uploadLimit";
import type { ServerContext } from "../serverContext";
import { HttpFailure, requireUser, signedInOnly } from "./httpErrors";

export { MAX_UPLOAD_BYTES };

const UPLOAD_TYPES = ["application/pdf", "application/octet-stream"];

interface HashParams {
  readonly sha256: string;
}

/** `GET` and `PUT /api/documents/:sha256`. */
export function registerDocumentRoutes(
  app: FastifyInstance,
  context: ServerContext,
): void {
  app.addContentTypeParser(
    UPLOAD_TYPES,
    { parseAs: "buffer", bodyLimit: MAX_UPLOAD_BYTES },
    (_request, body, done) => done(null, body),
  );

  app.get<{ Params: HashParams }>("/api/documents/:sha256", (request, reply) =>
    download(context, request, reply),
  );
  app.put<{ Params: HashParams }>(
    "/api/documents/:sha256",
    { bodyLimit: MAX_UPLOAD_BYTES, onRequest: signedInOnly(context.store) },
    (request, reply) => upload(context, request, reply),
  );
}

function requireHash(text: string): string {
  if (!/^[0-9a-f]{64}$/.test(text)) {
    throw new HttpFailure(404, "document.error.notFound");
  }
  return text;
}

async function download(
  context: ServerContext,
  request: FastifyRequest<{ Params: HashParams }>,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const user = requireUser(context.store, request);
  const sha256 = requireHash(request.params.sha256);
  if (!canReadBlob(context.store, user, sha256) || !context.blobs.has(sha256)) {
    throw new HttpFailure(404, "document.error.notFound");
  }

  // Content never changes under a hash, so the hash is a strong ETag.
  const etag = `"${sha256}"`;
  reply.header("ETag", etag);
  reply.header("Accept-Ranges", "bytes");
  reply.header("Cache-Control", "private, max-age=31536000, immutable");
  if (request.headers["if-none-match"]?.split(/\s*,\s*/).includes(etag)) {
    return reply.status(304).send();
  }

  const size = context.blobs.sizeOf(sha256);
  const path = context.blobs.pathOf(sha256);
  const range = parseByteRange(request.headers.range, size);
  if (range === "unsatisfiable") {
    return reply
      .status(416)
      .header("Content-Range", `bytes */${size}`)
      .send({ error: { key: "document.error.badRange", params: {} } });
  }
  reply.type("application/pdf");
  if (range === null) {
    reply.header("Content-Length", size);
    return reply.send(createReadStream(path));
  }

  reply.status(206);
  reply.header("Content-Range", `bytes ${range.start}-${range.end}/${size}`);
  reply.header("Content-Length", range.end - range.start + 1);
  return reply.send(
    createReadStream(path, { start: range.start, end: range.end }),
  );
}

async function upload(
  context: ServerContext,
  request: FastifyRequest<{ Params: HashParams }>,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const user = requireUser(context.store, request);
  const sha256 = requireHash(request.params.sha256);
  const body = request.body;
  if (!(body instanceof Buffer)) {
    throw new HttpFailure(415, "request.error.unsupportedMediaType");
  }
  if (sha256Hex(body) !== sha256) {
    throw new HttpFailure(400, "document.error.hashMismatch");
  }

  const { created } = storeRecordedBlob(
    context.store,
    context.blobs,
    context.loggers.documents,
    body,
    sha256,
  );
  context.loggers.documents.info(
    { sha256, sizeBytes: body.byteLength, userId: user.id },
    "document uploaded",
  );
  return reply
    .status(created ? 201 : 200)
    .send({ sha256, sizeBytes: body.byteLength });
}
