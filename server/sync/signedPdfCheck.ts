import { readFile } from "node:fs/promises";
import { syncRecordSchema } from "../../shared/contract/sync";
import { verifyPdfSignatures } from "../../shared/signature";
import type { BlobStore } from "../documents/blobStore";

/**
 * Whether a pushed change's signed PDF verifies, decided before the push's
 * transaction because checking a signature is asynchronous.
 * - `not_needed`: the change is not a signed opinion (or is malformed,
 *   which the push rejects on its own);
 * - `missing`: the blob is not on the server;
 * - `valid`: the blob is a PDF with at least one signature whose bytes
 *   verify and that covers the whole file;
 * - `invalid`: anything else ("not a pdf at all", no signature, bytes
 *   changed after signing, something appended after the signature).
 */
export type SignedPdfCheck = "not_needed" | "missing" | "valid" | "invalid";

/** Checks the signed PDF a pushed opinion points at, if it is signed. */
export async function checkSignedPdf(
  blobs: BlobStore,
  change: unknown,
): Promise<SignedPdfCheck> {
  const parsed = syncRecordSchema.safeParse(change);
  if (!parsed.success || parsed.data.entity !== "opinion") return "not_needed";
  const { signedAt, signedPdfSha256 } = parsed.data.record;
  if (signedAt === null) return "not_needed";
  if (signedPdfSha256 === null || !/^[0-9a-f]{64}$/.test(signedPdfSha256)) {
    return "missing";
  }
  if (!blobs.has(signedPdfSha256)) return "missing";

  const bytes = new Uint8Array(await readFile(blobs.pathOf(signedPdfSha256)));
  return (await hasValidSignature(bytes)) ? "valid" : "invalid";
}

/**
 * Integrity only (see SignatureReport): certificate trust is not checked
 * here, but a made-up or altered file no longer passes for a signed one.
 */
async function hasValidSignature(bytes: Uint8Array): Promise<boolean> {
  if (!startsLikePdf(bytes)) return false;
  const reports = await verifyPdfSignatures(bytes);
  return reports.some(
    (report) => report.status === "valid" && report.coversWholeFile,
  );
}

/** A PDF starts with `%PDF-` within its first kilobyte. */
function startsLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  return head.includes("%PDF-");
}
