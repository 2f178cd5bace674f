/**
 * A Blob URL for PDF bytes received from the services, for a download
 * link or a new tab. The caller revokes it when the link goes away.
 */
export function pdfBlobUrl(bytes: Uint8Array): string {
  // Copy into a plain ArrayBuffer: the bytes may view a shared or larger
  // buffer, which Blob does not accept as is.
  const copy = new Uint8Array(new ArrayBuffer(bytes.byteLength));
  copy.set(bytes);
  return URL.createObjectURL(new Blob([copy], { type: "application/pdf" }));
}
