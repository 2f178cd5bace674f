import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServiceStamp } from "../../shared/domain/stamps";
import { STAMP_IMAGE_MAX_BYTES } from "../../shared/domain/stamps";
import {
  HostClient,
  startServer,
  waitFor,
  type ServerProcess,
} from "../workstation/support/processes";
import { seedCommission } from "../workstation/support/seed";
import { corpusFile, runCli, tempDataDir } from "./serverTestKit";

/*
 * A service's own stamps: added by an admin with `stamp add` from words
 * or a real PNG or JPEG (rendered by poppler from a corpus plan), bad
 * pictures refused in a sentence, and the stamps reaching the service's
 * member on a workstation through a real server and sync.
 */

const plan = corpusFile("plans/pdfjs_issue21570_freecad_techdraw_A4.pdf");
const haveCorpus = existsSync(plan);
if (!haveCorpus) process.stderr.write(`stamps: ${plan} missing\n`);

let data: { dir: string; cleanup: () => void };
let files: { dir: string; cleanup: () => void };

/** A picture of the plan made by pdftoppm at a resolution, as a file. */
function rendered(format: "png" | "jpeg", dpi: number): string {
  const base = path.join(files.dir, `plan-${dpi}`);
  // The plan's own syntax warnings on stderr are not ours to show.
  execFileSync(
    "pdftoppm",
    [`-${format}`, "-r", String(dpi), "-singlefile", plan, base],
    { stdio: ["ignore", "ignore", "ignore"] },
  );
  return `${base}.${format === "png" ? "png" : "jpg"}`;
}

function stampAdd(...args: string[]) {
  return runCli(["stamp", "add", "--data", data.dir, ...args]);
}

describe.skipIf(!haveCorpus)("service stamps", () => {
  let server: ServerProcess | null = null;
  let member: HostClient | null = null;
  let other: HostClient | null = null;

  beforeAll(async () => {
    data = tempDataDir();
    files = tempDataDir();
    await seedCommission(data.dir, {
      services: [
        { key: "pc", name: "Protection civile" },
        { key: "au", name: "Agence urbaine", binding: true },
      ],
      commission: {
        name: "Commission Khemisset",
        commune: "Khemisset",
        quorum: 1,
      },
      users: [
        {
          username: "pcivile",
          password: "pcivile-pass-42",
          name: "Karim P.",
          role: "member",
          service: "pc",
        },
        {
          username: "agence",
          password: "agence-pass-42",
          name: "Salma A.",
          role: "member",
          service: "au",
        },
      ],
    });
  });

  afterAll(async () => {
    await Promise.all([
      member?.process.kill(),
      other?.process.kill(),
      server?.process.kill(),
    ]);
    data?.cleanup();
    files?.cleanup();
  });

  it("adds stamps from words, a PNG and a JPEG", async () => {
    const words = await stampAdd(
      "--service",
      "pc",
      "--text",
      "Vu — Protection civile",
    );
    expect(words.code).toBe(0);
    expect(words.stdout).toContain("stamp 'Vu — Protection civile' added");

    const png = rendered("png", 8);
    const withPng = await stampAdd("--service", "pc", "--image", png);
    expect(withPng.stdout).toContain("with a image/png picture");
    // The picture is kept by its hash, like a document.
    const sha = createHash("sha256").update(readFileSync(png)).digest("hex");
    expect(existsSync(path.join(data.dir, "blobs", sha.slice(0, 2), sha))).toBe(
      true,
    );

    const jpeg = rendered("jpeg", 8);
    const withJpeg = await stampAdd(
      ...["--service", "pc", "--image", jpeg, "--text", "Conforme"],
    );
    expect(withJpeg.code).toBe(0);
    expect(withJpeg.stdout).toContain("image/jpeg");
  });

  it("refuses bad pictures in a sentence saying what to do", async () => {
    const svg = path.join(files.dir, "stamp.svg");
    writeFileSync(
      svg,
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg">' +
        "<script>alert(1)</script></svg>",
    );
    const svgRun = await stampAdd("--service", "pc", "--image", svg);
    expect(svgRun.code).toBe(1);
    expect(svgRun.stderr).toMatch(/SVG .*scripts.*PNG or JPEG/);

    const fake = path.join(files.dir, "fake.png");
    writeFileSync(fake, "this is not a picture\n");
    const fakeRun = await stampAdd("--service", "pc", "--image", fake);
    expect(fakeRun.stderr).toMatch(/not a PNG or JPEG picture/);

    const big = rendered("jpeg", 600);
    expect(statSync(big).size).toBeGreaterThan(STAMP_IMAGE_MAX_BYTES);
    const bigRun = await stampAdd("--service", "pc", "--image", big);
    expect(bigRun.stderr).toMatch(/at most 256 KB/);

    const missing = await stampAdd(
      "--service",
      "pc",
      "--image",
      "/nonexistent.png",
    );
    expect(missing.stderr).toMatch(/cannot be read/);
    const noService = await stampAdd("--service", "nope", "--text", "Vu");
    expect(noService.stderr).toMatch(/No service has this key/);
    // The message names the keys that do exist, "pc" among them.
    expect(noService.stderr).toMatch(/Known keys: [^;]*\bpc\b/);
    const nothing = await stampAdd("--service", "pc");
    expect(nothing.stderr).toMatch(/--text, --image or both/);
    for (const run of [svgRun, fakeRun, bigRun, missing, noService, nothing]) {
      expect(run.code).toBe(1);
      expect(run.stderr).not.toContain("    at ");
    }
  });

  it("reaches the service's member through sync, and only them", async () => {
    server = await startServer(data.dir);
    [member, other] = await Promise.all([
      HostClient.start(path.join(files.dir, "ws-pc"), server.url),
      HostClient.start(path.join(files.dir, "ws-au"), server.url),
    ]);
    await member.call("session.signIn", {
      username: "pcivile",
      password: "pcivile-pass-42",
    });
    await other.call("session.signIn", {
      username: "agence",
      password: "agence-pass-42",
    });

    const mine = await waitFor(async () => {
      await member!.answer("sync.now", {});
      const { stamps } = await member!.call<{ stamps: ServiceStamp[] }>(
        "stamps.mine",
        {},
      );
      return stamps.length === 3 ? stamps : undefined;
    });
    expect(mine.map((s) => s.text)).toEqual([
      "Vu — Protection civile",
      "plan-8",
      "Conforme",
    ]);
    const png = mine[1]?.image;
    expect(png?.mediaType).toBe("image/png");
    const bytes = Buffer.from(png?.dataBase64 ?? "", "base64");
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(png?.sha256);
    expect(png?.widthPx).toBeGreaterThan(10);

    await other.answer("sync.now", {});
    const theirs = await other.call<{ stamps: ServiceStamp[] }>(
      "stamps.mine",
      {},
    );
    expect(theirs.stamps).toEqual([]);
  });
});
