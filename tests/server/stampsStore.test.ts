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
