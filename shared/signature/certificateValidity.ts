import * as pkijs from "pkijs";
import { UserError } from "../contract/errors";
import { toArrayBuffer } from "./bytes";

/** When a certificate may be used: its notBefore and notAfter. */
export interface ValidityPeriod {
  readonly notBefore: Date;
  readonly notAfter: Date;
}

/** The validity period written in a DER certificate. */
export function validityOf(certificateDer: Uint8Array): ValidityPeriod {
  const cert = pkijs.Certificate.fromBER(toArrayBuffer(certificateDer));
  return {
    notBefore: cert.notBefore.value,
    notAfter: cert.notAfter.value,
  };
}

/**
 * Refuses a signer certificate that is not valid at the signing time: a
 * signature made with an expired (or not yet valid) certificate has no
 * legal value, so an opinion signed with it must not be declared final.
 * Dates in the errors are ISO 8601 (UTC), for the user's sentence.
 *
 * @throws UserError `signature.error.certificateExpired` ({ notAfter }),
 *   `signature.error.certificateNotYetValid` ({ notBefore }).
 */
export function requireValidAt(certificateDer: Uint8Array, at: Date): void {
  const { notBefore, notAfter } = validityOf(certificateDer);
  if (at.getTime() > notAfter.getTime()) {
    throw new UserError("signature.error.certificateExpired", {
      notAfter: notAfter.toISOString(),
    });
  }
  if (at.getTime() < notBefore.getTime()) {
    throw new UserError("signature.error.certificateNotYetValid", {
      notBefore: notBefore.toISOString(),
    });
  }
}
