import { inflateRawSync } from "node:zlib";

/**
 * A minimal reader for the ZIP archives a shapefile travels in: it reads
 * the central directory and inflates stored or deflated entries. Enough for
 * .shp/.dbf/.prj/.cpg sets; encrypted or ZIP64 archives are refused.
 */
export function readZipEntries(archive: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(
    archive.buffer,
    archive.byteOffset,
    archive.byteLength,
  );
  const end = findEndOfCentralDirectory(view);
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);

  const entries = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    if (view.getUint32(offset, true) !== 0x02014b50)
      throw new Error("bad zip directory");
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const localOffset = view.getUint32(offset + 42, true);
    const name = new TextDecoder().decode(
      archive.subarray(offset + 46, offset + 46 + nameLength),
    );

    entries.set(
      name,
      readEntry(archive, view, localOffset, method, compressedSize),
    );
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes.
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === 0x06054b50) return at;
  }
  throw new Error("not a zip archive");
}

function readEntry(
  archive: Uint8Array,
  view: DataView,
  localOffset: number,
  method: number,
  compressedSize: number,
): Uint8Array {
  if (view.getUint32(localOffset, true) !== 0x04034b50)
    throw new Error("bad zip entry");
  const nameLength = view.getUint16(localOffset + 26, true);
  const extraLength = view.getUint16(localOffset + 28, true);
  const start = localOffset + 30 + nameLength + extraLength;
  const data = archive.subarray(start, start + compressedSize);

  if (method === 0) return data;
  if (method === 8) return new Uint8Array(inflateRawSync(data));
  throw new Error(`unsupported zip compression ${method}`);
}
