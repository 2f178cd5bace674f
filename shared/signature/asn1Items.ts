import * as asn1js from "asn1js";

/** The elements of an ASN.1 SEQUENCE, or none for anything else. */
export function sequenceItems(value: unknown): unknown[] {
  return value instanceof asn1js.Sequence ? value.valueBlock.value : [];
}
