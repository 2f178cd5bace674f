import { readFileSync } from "node:fs";
import { createHash, randomUUID } from "node:crypto";
import { deflateSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportXfdf } from "../../shared/annotations/xfdfExport";
import type { Markup } from "../../shared/domain/entities";
import type { StampImage } from "../../shared/domain/stamps";
import { startExchangeFixture, type ExchangeFixture } from "./exchangeFixture";
import { pngOf, stampImageOf } from "./pngPictures";
import { annotatedPdf } from "../../shared/annotations/annotatedPdf";
import { box, markup } from "./sampleMarkups";
import { corpusFile } from "./support";

/*
 * Hostile stamps through the real exchange requests (a host with its own
 * SQLite store and a server): the picture a stamp's appearance carries
 * for our own import, its size and nesting, thousands of stamps, odd
 * coordinates and pages. Each file is refused with a translated key or
 * imported safely, in seconds, and the markup saved before it survives.
 */

const pdf = corpusFile("annotations/acrobat_ink.pdf");

/** How long any single hostile file may take, start to answer. */
const QUICK_MS = 5_000;

const green = pngOf(12, 8, 3, () => [0, 170, 40]);
const red = pngOf(12, 8, 3, () => [200, 0, 0]);
const GREEN = stampImageOf(green, 12, 8);

let fixture: ExchangeFixture;
let ownId = "";

function stamp(id: string, image: StampImage | undefined): Markup {
  return markup(id, {
    kind: "stamp",
    points: box(100, 100, 120, 60),
    style: image ? { stampImage: image, stampLabel: "Approved" } : {},
  });
}

/** Our own export of `stamps`, as a member would send it to a colleague. */
async function ourXfdf(stamps: readonly Markup[]): Promise<string> {
  return exportXfdf(stamps, "plan.pdf");
}

/** `xfdf` with each stamp appearance's XML rewritten by `edit`. */
function withAppearanceXml(xfdf: string, edit: (xml: string) => string) {
  return xfdf.replace(
    /<appearance>([^<]*)<\/appearance>/g,
    (_all, base64: string) => {
      const xml = Buffer.from(base64, "base64").toString("utf8");
      const edited = Buffer.from(edit(xml), "utf8").toString("base64");
      return `<appearance>${edited}</appearance>`;
    },
  );
}

/** Our stamp's file with the carried picture's fields replaced. */
async function withPicture(fields: Record<string, string>): Promise<string> {
  const xfdf = await ourXfdf([stamp(randomUUID(), GREEN)]);
  return withAppearanceXml(xfdf, (xml) =>
    Object.entries(fields).reduce(
      (text, [key, value]) =>
        text.replace(new RegExp(`(KEY="${key}" VAL=")[^"]*"`), `$1${value}"`),
      xml,
    ),
  );
}

function sha256Of(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** A picture file's fields as our dictionary holds them. */
function pictureFields(bytes: Buffer, width: number, height: number) {
  return {
    SHA256: sha256Of(bytes),
    Data: bytes.toString("base64"),
    Width: String(width),
    Height: String(height),
  };
}

/** A PNG that says it is `side` pixels square, with almost no data. */
function pngBomb(side: number): Buffer {
  const png = Buffer.from(pngOf(2, 2, 4, () => [0, 0, 0, 0]));
  png.writeUInt32BE(side, 16);
  png.writeUInt32BE(side, 20);
  // Its one IDAT inflates to a screenful of zero rows, far from enough.
  return png;
}

async function importing(xfdf: string) {
  const started = Date.now();
  const answer = await fixture.host.answer("markups.importXfdf", {
    dossierId: fixture.dossierId,
    documentId: fixture.documentId,
    xfdf,
  });
  return { answer, elapsedMs: Date.now() - started };
}

/** Expects `xfdf` refused with `key`, quickly, with the store untouched. */
async function expectRefused(xfdf: string, key: string): Promise<void> {
  const before = (await fixture.liveMarkups()).map((m) => m.id).sort();
  const { answer, elapsedMs } = await importing(xfdf);
  expect(answer).toMatchObject({ ok: false, error: { key } });
  expect(elapsedMs).toBeLessThan(QUICK_MS);
  const after = (await fixture.liveMarkups()).map((m) => m.id).sort();
  expect(after).toEqual(before);
  expect(after).toContain(ownId);
}

async function stampsById(): Promise<Map<string, Markup>> {
  const live = await fixture.liveMarkups();
  return new Map(live.filter((m) => m.kind === "stamp").map((m) => [m.id, m]));
}

describe.skipIf(pdf === null)("hostile stamps in an XFDF import", () => {
  beforeAll(async () => {
    fixture = await startExchangeFixture(pdf ?? "");
    const own = await fixture.host.call<Markup>("markups.save", {
      id: randomUUID(),
      dossierId: fixture.dossierId,
      documentId: fixture.documentId,
      sheetIndex: 0,
      kind: "cloud",
      points: box(300, 300, 80, 40),
      comment: "Recul insuffisant",
      color: "#d62828",
    });
    ownId = own.id;
  }, 120_000);

  afterAll(async () => {
    await fixture?.stop();
  });

  it("refuses a carried picture whose bytes are not its SHA-256", async () => {
    await expectRefused(
      await withPicture({ Data: red.toString("base64") }),
      "xfdf.error.stampPicture",
    );
    await expectRefused(
      await withPicture({ SHA256: "a".repeat(64) }),
      "xfdf.error.stampPicture",
    );
  });

  it("refuses a carried picture that is not a PNG or JPEG", async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    const html = Buffer.from("<html><body onload=alert(1)></body></html>");
    const zip = Buffer.concat([
      Buffer.from("PK\x03\x04", "latin1"),
      deflateSync(Buffer.alloc(4096)),
    ]);
    for (const bytes of [svg, html, zip]) {
      await expectRefused(
        await withPicture(pictureFields(bytes, 12, 8)),
        "xfdf.error.stampPicture",
      );
    }
    await expectRefused(
      await withPicture({
        ...pictureFields(green, 12, 8),
        MediaType: "image/svg+xml",
      }),
      "xfdf.error.stampPicture",
    );
    // Base64 the schema lets through but no decoder reads.
    await expectRefused(
      await withPicture({ Data: "A" }),
      "xfdf.error.stampPicture",
    );
  });

  it("refuses pictures larger than they claim or than a stamp may be", async () => {
    const thin = pngOf(1, 100_000, 3, () => [0, 0, 0]);
    await expectRefused(
      await withPicture(pictureFields(thin, 12, 8)),
      "xfdf.error.stampPicture",
    );
    await expectRefused(
      await withPicture(pictureFields(thin, 1, 100_000)),
      "xfdf.error.stampPicture",
    );
    await expectRefused(
      await withPicture(pictureFields(pngBomb(40_000), 2000, 2000)),
      "xfdf.error.stampPicture",
    );
  });

  it("keeps a stamp whose picture the file never carries, drawn as sent", async () => {
    const name = randomUUID();
    const xfdf = withAppearanceXml(await ourXfdf([stamp(name, GREEN)]), (xml) =>
      xml.replace(/<STRING KEY="Data" VAL="[^"]*"\/>/, ""),
    );
    const { answer, elapsedMs } = await importing(xfdf);
    expect(answer).toMatchObject({ ok: true, result: { imported: 1 } });
    expect(elapsedMs).toBeLessThan(QUICK_MS);

    // No picture to show, so other readers' drawing is what it keeps.
    const imported = (await stampsById()).get(name);
    expect(imported?.style.stampImage).toBeUndefined();
    expect(imported?.foreign?.["appearance"]).toMatch(/^[A-Za-z0-9+/=]+$/);
  });

  it("refuses an appearance too large to keep, with a clear message", async () => {
    const deep = "<ARRAY>".repeat(200_000) + "</ARRAY>".repeat(200_000);
    const foreign = (xml: string) =>
      `<stamp page="0" rect="10,10,80,40" name="${randomUUID()}">` +
      `<appearance>${Buffer.from(xml).toString("base64")}</appearance>` +
      "</stamp>";
    const file = (annots: string) =>
      '<?xml version="1.0" encoding="UTF-8"?>' +
      `<xfdf xmlns="http://ns.adobe.com/xfdf/"><annots>${annots}</annots></xfdf>`;
    await expectRefused(file(foreign(deep)), "xfdf.error.fieldTooLarge");

    const data = "0".repeat(23_000_000);
    const huge = `<DICT KEY="AP"><STREAM KEY="N"><DATA>${data}</DATA></STREAM></DICT>`;
    await expectRefused(file(foreign(huge)), "xfdf.error.fieldTooLarge");
  });

  it("refuses a file one character over the limit", async () => {
    const xfdf = await ourXfdf([stamp(randomUUID(), GREEN)]);
    const padded = xfdf.replace(
      "</xfdf>",
      `<!--${"x".repeat(32_000_000 - xfdf.length - 6)}-->` + "</xfdf>",
    );
    expect(padded.length).toBe(32_000_001);
    await expectRefused(padded, "xfdf.error.tooLarge");
  });

  it("refuses NaN and 1e308 in our box attributes and odd page numbers", async () => {
    const xfdf = await ourXfdf([stamp(randomUUID(), GREEN)]);
    for (const bad of ["NaN,0;1,1;2,2;3,3", "1e308,0;1,1;2,2;3,3"]) {
      await expectRefused(
        xfdf.replace(/lajna-box="[^"]*"/, `lajna-box="${bad}"`),
        "xfdf.error.badCoordinate",
      );
    }
    for (const page of ["0x0", "-0", "1e0", "1", " "]) {
      await expectRefused(
        xfdf.replace(/page="0"/, `page="${page}"`),
        page === " " ? "xfdf.error.missingAttribute" : "xfdf.error.badPage",
      );
    }

    // A turn that is not a number leaves the stamp upright.
    const name = randomUUID();
    const turned = (await ourXfdf([stamp(name, GREEN)])).replace(
      'lajna-kind="stamp"',
      'lajna-kind="stamp" lajna-rotation="NaN" rotation="1e308"',
    );
    const { answer } = await importing(turned);
    expect(answer).toMatchObject({ ok: true, result: { imported: 1 } });
    const imported = (await stampsById()).get(name);
    expect(imported?.style.rotationDeg).toBeUndefined();
    expect(imported?.style.stampImage?.sha256).toBe(GREEN.sha256);
  });

  it("imports thousands of stamps sharing one carried picture", async () => {
    const stamps = Array.from({ length: 3000 }, () =>
      stamp(randomUUID(), GREEN),
    );
    const xfdf = await ourXfdf(stamps);
    const { answer, elapsedMs } = await importing(xfdf);
    expect(answer).toMatchObject({ ok: true, result: { imported: 3000 } });
    expect(elapsedMs).toBeLessThan(30_000);

    const byId = await stampsById();
    expect(
      stamps.every(
        (s) => byId.get(s.id)?.style.stampImage?.sha256 === GREEN.sha256,
      ),
    ).toBe(true);
  }, 120_000);

  // The same checks hold for a stamp saved from the viewer, so no later
  // export or canvas meets a picture that lies about itself.
  it("refuses to save a stamp whose picture is not what it says", async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>');
    const lying: StampImage[] = [
      { ...GREEN, dataBase64: svg.toString("base64"), sha256: sha256Of(svg) },
      { ...GREEN, widthPx: 13 },
      { ...GREEN, sha256: "0".repeat(64) },
    ];
    const before = (await fixture.liveMarkups()).length;
    for (const image of lying) {
      const answer = await fixture.host.answer("markups.save", {
        id: randomUUID(),
        dossierId: fixture.dossierId,
        documentId: fixture.documentId,
        sheetIndex: 0,
        kind: "stamp",
        points: box(200, 100, 120, 60),
        comment: "",
        color: "#1040c0",
        style: { stampImage: image, stampLabel: "Approved" },
      });
      expect(answer).toMatchObject({
        ok: false,
        error: { key: "markup.error.stampPicture" },
      });
    }
    expect(await fixture.liveMarkups()).toHaveLength(before);
  });

  it("keeps the member's changed stamp when an older export of it comes back", async () => {
    const saved = await fixture.host.call<Markup>("markups.save", {
      id: randomUUID(),
      dossierId: fixture.dossierId,
      documentId: fixture.documentId,
      sheetIndex: 0,
      kind: "stamp",
      points: box(400, 100, 120, 60),
      comment: "",
      color: "#1040c0",
      style: { stampImage: GREEN, stampLabel: "Approved" },
    });
    const { xfdf } = await fixture.host.call<{ xfdf: string }>(
      "markups.exportXfdf",
      { dossierId: fixture.dossierId, documentId: fixture.documentId },
    );

    const RED = stampImageOf(red, 12, 8);
    await fixture.host.call<Markup>("markups.save", {
      ...saved,
      style: { stampImage: RED, stampLabel: "Approved" },
    });
    const { answer } = await importing(xfdf);
    expect(answer).toMatchObject({ ok: true });
    const after = (await stampsById()).get(saved.id);
    expect(after?.style.stampImage?.sha256).toBe(RED.sha256);
    expect(after?.origin).toBe("lajna");

    // Nothing the refused files held reached the store: both exports of
    // the document, which draw every stamp's picture, still work.
    const annotated = await fixture.host.answer("documents.exportAnnotated", {
      documentId: fixture.documentId,
      flatten: true,
    });
    expect(annotated).toMatchObject({ ok: true });
  }, 120_000);
  // Saving and syncing refuse such pictures now; a store written by an
  // earlier version may still hold one, and the exports must cope.
  it("exports quickly when a stored stamp holds a picture that lies", async () => {
    const bomb = pngBomb(40_000);
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>');
    const stored = [bomb, svg].map((bytes) =>
      stamp(randomUUID(), {
        sha256: sha256Of(bytes),
        mediaType: "image/png",
        widthPx: 2000,
        heightPx: 2000,
        dataBase64: bytes.toString("base64"),
      }),
    );

    const started = Date.now();
    const xfdf = await exportXfdf(stored, "plan.pdf");
    const original = new Uint8Array(readFileSync(pdf ?? ""));
    const annotated = await annotatedPdf(original, stored, false);
    expect(annotated.length).toBeGreaterThan(original.length / 2);
    expect(Date.now() - started).toBeLessThan(2 * QUICK_MS);

    // The export carries neither picture, so it comes back in whole.
    expect(xfdf).not.toContain(bomb.toString("base64").slice(0, 40));
    const { answer } = await importing(xfdf);
    expect(answer).toMatchObject({ ok: true });
  }, 120_000);

  it("reads a reply to itself as a note, not its own thread", async () => {
    const name = randomUUID();
    const xfdf =
      '<?xml version="1.0" encoding="UTF-8"?>' +
      '<xfdf xmlns="http://ns.adobe.com/xfdf/"><annots>' +
      `<text page="0" rect="10,10,30,30" name="${name}" inreplyto="${name}">` +
      "<contents>Moi-même</contents></text></annots></xfdf>";
    const { answer } = await importing(xfdf);
    expect(answer).toMatchObject({ ok: true, result: { imported: 1 } });
    const live = await fixture.liveMarkups();
    expect(live.find((m) => m.id === name)).toMatchObject({
      kind: "note",
      inReplyTo: null,
    });
  });
});
