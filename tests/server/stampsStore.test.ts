import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UserError } from "../../shared/contract/errors";
import { openSqliteStore } from "../../server/db/sqliteStore";
import type { Store } from "../../server/db/store";
import { addService } from "../../server/directory/directoryAdmin";
import { BlobStore } from "../../server/documents/blobStore";
import { addStamp, MAX_STAMPS_PER_SERVICE } from "../../server/stamps/addStamp";
import {
  checkStampImage,
  StampImageRefusal,
} from "../../server/stamps/stampImage";
import { contendedStore } from "./otherWriter";
import { corpusFile, quietLogger, tempDataDir } from "./serverTestKit";

/*
 * Stamps on the server's real SQLite store, without the command line:
 * what the picture check reads from real PNG and JPEG files, and the
 * per-service limit that bounds the synced service record.
 */

const plan = corpusFile("plans/pdfjs_issue21570_freecad_techdraw_A4.pdf");
const haveCorpus = existsSync(plan);

let data: { dir: string; cleanup: () => void };
let store: Store;

beforeEach(() => {
  data = tempDataDir();
  store = openSqliteStore(data.dir, quietLogger());
  addService(store, { key: "pc", name: "Protection civile", binding: false });
});
afterEach(() => {
  store.close();
  data.cleanup();
});

/** The plan rendered by pdftoppm, and the size pdftoppm says it has. */
function rendered(format: "png" | "jpeg") {
  const base = path.join(data.dir, `plan-${format}`);
  execFileSync(
    "pdftoppm",
    [`-${format}`, "-r", "10", "-singlefile", plan, base],
    { stdio: ["ignore", "ignore", "ignore"] },
  );
  return readFileSync(`${base}.${format === "png" ? "png" : "jpg"}`);
}

describe.skipIf(!haveCorpus)("stamp pictures", () => {
  it("reads the size of real PNG and JPEG files", () => {
    const png = checkStampImage(rendered("png"));
    const jpeg = checkStampImage(rendered("jpeg"));
    expect(png.mediaType).toBe("image/png");
    expect(jpeg.mediaType).toBe("image/jpeg");
    // A landscape A4 sheet at 10 dpi: 117 by 83 pixels (as file(1) says).
    expect(png).toMatchObject({ widthPx: 117, heightPx: 83 });
    expect(jpeg).toMatchObject({
      widthPx: png.widthPx,
      heightPx: png.heightPx,
    });
  });

  it("refuses a cut PNG and a PNG whose header is not first", () => {
    const png = rendered("png");
    expect(() => checkStampImage(png.subarray(0, 20))).toThrow(
      StampImageRefusal,
    );
    const shuffled = Buffer.from(png);
    shuffled.write("tEXt", 12, "latin1");
    expect(() => checkStampImage(shuffled)).toThrow(/not a PNG or JPEG/);
  });
});

describe("stamps of a service", () => {
  it(`keeps at most ${MAX_STAMPS_PER_SERVICE} per service, in order`, () => {
    const blobs = new BlobStore(data.dir);
    for (let i = 1; i <= MAX_STAMPS_PER_SERVICE; i++) {
      addStamp(store, blobs, quietLogger(), {
        serviceKey: "pc",
        text: `Vu ${i}`,
        image: null,
      });
    }
    const refusal = (() => {
      try {
        addStamp(store, blobs, quietLogger(), {
          serviceKey: "pc",
          text: "one more",
          image: null,
        });
        return null;
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(UserError);
    expect((refusal as UserError).params).toMatchObject({
      hint: `This service already has ${MAX_STAMPS_PER_SERVICE} stamps.`,
    });
    const stamps = store.directory.getService("pc")?.stamps ?? [];
    expect(stamps.map((s) => s.text)).toEqual(
      Array.from({ length: MAX_STAMPS_PER_SERVICE }, (_, i) => `Vu ${i + 1}`),
    );
  });
});

describe("stamps added by two processes at once", () => {
  /**
   * Another `stamp add` that commits `text` while this one runs: it holds
   * the write lock when this one's first transaction begins.
   */
  function otherStampAdd(text: string) {
    const service = store.directory.getService("pc");
    const stamp = {
      id: `other-${text}`,
      text,
      image: null,
      createdAt: new Date().toISOString(),
    };
    const record = { ...service, stamps: [...(service?.stamps ?? []), stamp] };
    return contendedStore(store, data.dir, [
      {
        sql: "UPDATE services SET record_json = ? WHERE id = ?",
        params: [JSON.stringify(record), "pc"],
      },
    ]);
  }

  it("keeps both stamps", async () => {
    const other = otherStampAdd("Vu, the other");
    addStamp(other.store, new BlobStore(data.dir), quietLogger(), {
      serviceKey: "pc",
      text: "Vu, this one",
      image: null,
    });
    expect(await other.other()).toBe(0);
    const stamps = store.directory.getService("pc")?.stamps ?? [];
    expect(stamps.map((s) => s.text)).toEqual([
      "Vu, the other",
      "Vu, this one",
    ]);
  });

  it("keeps both stamps when this one has a picture", async () => {
    const other = otherStampAdd("Vu, the other");
    const picture = tinyPng();
    const stamp = addStamp(
      other.store,
      new BlobStore(data.dir),
      quietLogger(),
      { serviceKey: "pc", text: "Vu, this one", image: picture },
    );
    expect(await other.other()).toBe(0);
    const stamps = store.directory.getService("pc")?.stamps ?? [];
    expect(stamps.map((s) => s.text)).toEqual([
      "Vu, the other",
      "Vu, this one",
    ]);
    const sha256 = stamp.image?.sha256 ?? "";
    expect(store.dossiers.hasBlob(sha256)).toBe(true);
    expect(new BlobStore(data.dir).has(sha256)).toBe(true);
  });

  it("refuses the stamp past the limit", async () => {
    const blobs = new BlobStore(data.dir);
    for (let i = 1; i < MAX_STAMPS_PER_SERVICE; i++) {
      addStamp(store, blobs, quietLogger(), {
        serviceKey: "pc",
        text: `Vu ${i}`,
        image: null,
      });
    }
    const other = otherStampAdd("the last one");
    expect(() =>
      addStamp(other.store, blobs, quietLogger(), {
        serviceKey: "pc",
        text: "one too many",
        image: null,
      }),
    ).toThrow(UserError);
    expect(await other.other()).toBe(0);
    const stamps = store.directory.getService("pc")?.stamps ?? [];
    expect(stamps).toHaveLength(MAX_STAMPS_PER_SERVICE);
    expect(stamps.at(-1)?.text).toBe("the last one");
  });
});

/** The head of a 4 x 3 PNG: as much as the picture check reads. */
function tinyPng(): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(bytes.buffer);
  view.setUint32(8, 13);
  bytes.set([0x49, 0x48, 0x44, 0x52], 12); // IHDR
  view.setUint32(16, 4);
  view.setUint32(20, 3);
  return bytes;
}
