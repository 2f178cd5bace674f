import type { Store } from "./db/store";
import type { BlobStore } from "./documents/blobStore";
import type { Logger } from "./log";

/** What the routes share: the store, the blobs and the loggers. */
export interface ServerContext {
  readonly dataDir: string;
  readonly store: Store;
  readonly blobs: BlobStore;
  readonly loggers: {
    readonly auth: Logger;
    readonly sync: Logger;
    readonly documents: Logger;
    readonly http: Logger;
  };
}
