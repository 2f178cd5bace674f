import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { UserError } from "../../shared/contract/errors";
import type { Service } from "../../shared/domain/entities";
import type { ServiceStamp, StampImage } from "../../shared/domain/stamps";
import type { Store } from "../db/store";
import type { BlobStore } from "../documents/blobStore";
import { storeRecordedBlob } from "../documents/documentBlobs";
import type { Logger } from "../log";
import { publishChange } from "../sync/changeFeed";
import { checkStampImage } from "./stampImage";

/** What an admin gives for a new stamp: words, a picture, or both. */
export interface StampInput {
  readonly serviceKey: string;
  readonly text: string;
  /** The picture's bytes, already read. */
  readonly image: Uint8Array | null;
}

/**
 * The most stamps one service keeps: each picture travels inside the
 * service record, so this bounds that record to a few megabytes.
 */
export const MAX_STAMPS_PER_SERVICE = 20;

/**
 * Adds a stamp to a service: the picture (checked by `checkStampImage`)
 * is stored by its SHA-256 like a document, and the stamp joins the
 * service record, which syncs to the service's members. Returns the new
 * stamp.
 */
export function addStamp(
  store: Store,
  blobs: BlobStore,
  logger: Logger,
  input: StampInput,
): ServiceStamp {
  const service = store.directory.getService(input.serviceKey);
  if (service === null) {
    throw new UserError("cli.error.badOption", {
      option: "service",
      value: input.serviceKey,
      hint:
        "No service has this key. Known keys: " +
        knownKeys(store) +
        "; 'service add' creates another.",
    });
  }
  const stamps = service.stamps ?? [];
  if (stamps.length >= MAX_STAMPS_PER_SERVICE) {
    throw new UserError("cli.error.badOption", {
      option: "service",
      value: input.serviceKey,
      hint: `This service already has ${MAX_STAMPS_PER_SERVICE} stamps.`,
    });
  }

  const stamp: ServiceStamp = {
    id: randomUUID(),
    text: input.text,
    image:
      input.image === null
        ? null
        : storedImage(store, blobs, logger, input.image),
    createdAt: new Date().toISOString(),
  };
  const updated: Service = { ...service, stamps: [...stamps, stamp] };
  store.transaction(() => {
    store.directory.putService(updated);
    publishChange(store, { entity: "service", record: updated });
  });
  return stamp;
}

function storedImage(
  store: Store,
  blobs: BlobStore,
  logger: Logger,
  bytes: Uint8Array,
): StampImage {
  const checked = checkStampImage(bytes);
  const { sha256 } = storeRecordedBlob(store, blobs, logger, bytes);
  return {
    sha256,
    ...checked,
    dataBase64: Buffer.from(bytes).toString("base64"),
  };
}

/** Reads a picture file for `stamp add`, naming it when it cannot. */
export function readStampFile(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch {
    throw new UserError("cli.error.badOption", {
      option: "image",
      value: path,
      hint: "The file cannot be read: check the path.",
    });
  }
}

/** The services' keys, for a message that names the right ones. */
function knownKeys(store: Store): string {
  const keys = store.directory.listServices().map((s) => s.id);
  return keys.length === 0 ? "none yet" : keys.join(", ");
}
