import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { UserError } from "../../shared/contract/errors";
import type { Service } from "../../shared/domain/entities";
import type { ServiceStamp, StampImage } from "../../shared/domain/stamps";
import type { Store } from "../db/store";
import { sha256Hex } from "../documents/blobStore";
import type { BlobStore } from "../documents/blobStore";
import { commitWithBlobs } from "../documents/documentBlobs";
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
 *
 * The service is read again, and the limit checked, under the write lock
 * that writes it back: another `stamp add` committing between the read
 * and the write would otherwise lose its stamp or pass the limit.
 */
export function addStamp(
  store: Store,
  blobs: BlobStore,
  logger: Logger,
  input: StampInput,
): ServiceStamp {
  // Checked once before the picture is read, to refuse early.
  serviceWithRoom(store, input.serviceKey);
  const bytes = input.image;
  const stamp: ServiceStamp = {
    id: randomUUID(),
    text: input.text,
    image: bytes === null ? null : stampImage(bytes),
    createdAt: new Date().toISOString(),
  };

  const write = () => {
    const service = serviceWithRoom(store, input.serviceKey);
    if (stamp.image !== null && bytes !== null) {
      store.dossiers.recordBlob(stamp.image.sha256, bytes.length);
    }
    const updated: Service = {
      ...service,
      stamps: [...(service.stamps ?? []), stamp],
    };
    store.directory.putService(updated);
    publishChange(store, { entity: "service", record: updated });
  };
  if (bytes === null) store.writeTransaction(write);
  else commitWithBlobs(store, blobs, logger, [bytes], write);
  return stamp;
}

/** The service of this key, or a UserError if it has none or no room. */
function serviceWithRoom(store: Store, serviceKey: string): Service {
  const service = store.directory.getService(serviceKey);
  if (service === null) {
    throw new UserError("cli.error.badOption", {
      option: "service",
      value: serviceKey,
      hint:
        "No service has this key. Known keys: " +
        knownKeys(store) +
        "; 'service add' creates another.",
    });
  }
  if ((service.stamps ?? []).length >= MAX_STAMPS_PER_SERVICE) {
    throw new UserError("cli.error.badOption", {
      option: "service",
      value: serviceKey,
      hint: `This service already has ${MAX_STAMPS_PER_SERVICE} stamps.`,
    });
  }
  return service;
}

/** A picture as its stamp carries it; its file is stored with the stamp. */
function stampImage(bytes: Uint8Array): StampImage {
  const checked = checkStampImage(bytes);
  return {
    sha256: sha256Hex(bytes),
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
