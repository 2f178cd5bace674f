/**
 * Offers bytes or text to the reviewer as a file download. The export is
 * always a new file on the reviewer's machine: nothing stored changes.
 */
export function downloadFile(
  content: Uint8Array | string,
  fileName: string,
  type: string,
): void {
  // Bytes are copied into a plain ArrayBuffer: they may view a larger or
  // shared buffer, which Blob does not take as is.
  const part =
    typeof content === "string" ? content : new Uint8Array(content).buffer;
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();

  // Revoked a little later: the download starts after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}
