import type * as pkijs from "pkijs";
import { hexToBytes } from "./bytes";
import { checkCms } from "./cmsVerifier";
import { oid } from "./oids";
import { parsePdfDate } from "../pdf/pdfDate";
import {
  findSignatureDictionaries,
  type SignatureDictionary,
} from "./signatureDictionaries";
import type { SignatureFailure, SignatureReport } from "./signatureReport";

const detachedSubFilters = new Set([
  "adbe.pkcs7.detached",
  "ETSI.CAdES.detached",
]);
const timestampSubFilter = "ETSI.RFC3161";

/**
 * Checks the integrity of every signature in a PDF (see SignatureReport
 * for what "valid" does and does not mean). A file without signatures
 * gives an empty list. Never throws on a malformed file: a signature that
 * cannot be read is reported invalid with the reason.
 */
export async function verifyPdfSignatures(
  pdf: Uint8Array,
): Promise<SignatureReport[]> {
  const dictionaries = findSignatureDictionaries(pdf);
  const reports: SignatureReport[] = [];
  for (const [index, dictionary] of dictionaries.entries()) {
    reports.push(await verifyOne(pdf, dictionary, index));
  }
  return reports;
}

async function verifyOne(
  pdf: Uint8Array,
  dictionary: SignatureDictionary,
  index: number,
): Promise<SignatureReport> {
  const base = {
    index,
    subFilter: dictionary.subFilter,
    signingTime: dictionary.signingTime
      ? parsePdfDate(dictionary.signingTime)
      : null,
    coversWholeFile: coversWholeFile(pdf, dictionary.byteRange),
    checked: "integrity" as const,
    trust: "not_checked" as const,
  };
  const invalid = (
    reason: SignatureFailure,
    signer: pkijs.Certificate | null = null,
  ): SignatureReport => ({
    ...base,
    signerName: signer ? commonName(signer) : null,
    status: "invalid",
    reason,
  });

  const signedBytes = byteRangeBytes(pdf, dictionary);
  if (!signedBytes || !dictionary.contents) {
    return invalid("signature.invalid.byteRange");
  }
  const subFilter = dictionary.subFilter ?? "";
  const timestamp = subFilter === timestampSubFilter;
  if (!timestamp && !detachedSubFilters.has(subFilter)) {
    return invalid("signature.invalid.unsupportedSubFilter");
  }

  const check = await checkCms(
    hexToBytes(dictionary.contents.hex),
    signedBytes,
    {
      timestamp,
      requireSigningCertificate: subFilter === "ETSI.CAdES.detached",
    },
  );
  if (check.failure) return invalid(check.failure, check.signer);
  return {
    ...base,
    signingTime: base.signingTime ?? check.timestamp,
    signerName: check.signer ? commonName(check.signer) : null,
    status: "valid",
    reason: null,
  };
}

/**
 * The signed bytes, or null unless /ByteRange is exactly [0 a b c] with
 * the dictionary's own /Contents string (and only it) between a and b,
 * all inside the file. A single range, a gap elsewhere or overlapping
 * ranges would let unsigned bytes change what the reader shows.
 */
function byteRangeBytes(
  pdf: Uint8Array,
  dictionary: SignatureDictionary,
): Uint8Array | null {
  const range = dictionary.byteRange;
  const contents = dictionary.contents;
  if (!range || !contents || range.length !== 4) return null;
  if (!range.every((n) => Number.isSafeInteger(n) && n >= 0)) return null;

  const [start, firstLength, secondStart, secondLength] = range as [
    number,
    number,
    number,
    number,
  ];
  if (start !== 0) return null;
  if (firstLength !== contents.start || secondStart !== contents.end) {
    return null;
  }
  if (secondStart + secondLength > pdf.length) return null;

  const signed = new Uint8Array(firstLength + secondLength);
  signed.set(pdf.subarray(0, firstLength), 0);
  signed.set(
    pdf.subarray(secondStart, secondStart + secondLength),
    firstLength,
  );
  return signed;
}

/** True when only end-of-line or blank bytes follow the second range. */
function coversWholeFile(
  pdf: Uint8Array,
  range: readonly number[] | null,
): boolean {
  if (!range || range.length !== 4) return false;
  const end = (range[2] ?? 0) + (range[3] ?? 0);
  if (end > pdf.length) return false;
  for (let i = end; i < pdf.length; i++) {
    const b = pdf[i];
    if (b !== 0x0a && b !== 0x0d && b !== 0x20 && b !== 0x00) return false;
  }
  return true;
}

function commonName(certificate: pkijs.Certificate): string | null {
  const cn = certificate.subject.typesAndValues.find(
    (t) => t.type === oid.commonName,
  );
  const value = cn?.value.valueBlock.value;
  return typeof value === "string" ? value : null;
}
