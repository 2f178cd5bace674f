import { describe, expect, it } from "vitest";
import { signPdf, verifyPdfSignatures } from "../../shared/signature";
import {
  embeddedCms,
  flipByte,
  hasTool,
  makeIdentity,
  pdfsig,
  pkcs12Of,
  resignWithOpenssl,
  simplePdf,
} from "./signatureTestKit";

// OpenSSL's test certificates start now, so the signing time must too: a
// certificate is refused before its notBefore.
const infoNow = () => ({
  name: "Youssef",
  reason: "Avis",
  signingTime: new Date(),
});
const hasOpenssl = hasTool("openssl");
const hasPdfsig = hasTool("pdfsig");

describe.skipIf(!hasOpenssl)("key algorithms", () => {
  it("signs with a P-256 key from a password-protected PKCS#12", async () => {
    const identity = makeIdentity("ec", "EC Member");
    const pkcs12 = pkcs12Of(identity, "s3cret");
    const signed = await signPdf(
      await simplePdf(),
      { pkcs12, password: "s3cret" },
      infoNow(),
    );

    const [report] = await verifyPdfSignatures(signed);
    expect(report).toMatchObject({ status: "valid", signerName: "EC Member" });
    if (hasPdfsig) expect(pdfsig(signed)).toContain("Signature is Valid");
  });

  // OpenSSL re-signs the same byte ranges, so the verifier is checked
  // against a signer that is not our own code.
  it.each([
    { kind: "rsa" as const, padding: "pss" as const },
    { kind: "rsa" as const, padding: "pkcs1" as const },
    { kind: "ec" as const, padding: "pkcs1" as const },
  ])(
    "verifies an OpenSSL CAdES signature ($kind, $padding)",
    async ({ kind, padding }) => {
      const placeholderSigner = makeIdentity("rsa", "Placeholder");
      const first = await signPdf(
        await simplePdf(),
        { pkcs12: pkcs12Of(placeholderSigner, "x"), password: "x" },
        infoNow(),
      );
      const identity = makeIdentity(kind, `OpenSSL ${kind} ${padding}`);
      const resigned = resignWithOpenssl(first, identity, padding);

      const [report] = await verifyPdfSignatures(resigned);
      expect(report).toMatchObject({
        status: "valid",
        signerName: `OpenSSL ${kind} ${padding}`,
      });
      if (hasPdfsig) expect(pdfsig(resigned)).toContain("Signature is Valid");
      const algorithm =
        embeddedCms(resigned).signerInfos[0]?.signatureAlgorithm;
      if (padding === "pss") {
        expect(algorithm?.algorithmId).toBe("1.2.840.113549.1.1.10");
      }

      const text = Buffer.from(resigned).toString("latin1");
      const tampered = flipByte(resigned, text.indexOf("(D:") + 4);
      const [broken] = await verifyPdfSignatures(tampered);
      expect(broken?.status).toBe("invalid");
    },
  );
});
