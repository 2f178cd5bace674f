import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { markupsFromXfdf } from "../../shared/annotations/markupFromXfdf";
import { readXfdf } from "../../shared/annotations/xfdfReader";
import { writeXfdf } from "../../shared/annotations/xfdfWriter";
import { UserError } from "../../shared/contract/errors";
import type { Markup } from "../../shared/domain/entities";
import { asMarkups, corpusDir, corpusFile, pageCountOf } from "./support";

const NOW = "2026-01-01T00:00:00.000Z";

const acrobatFiles = (() => {
  const dir = corpusFile("annotations");
  if (dir === null) return [];
  return readdirSync(dir).filter((f) => /^acrobat_.*\.xfdf$/.test(f));
})();

/** Reads an XFDF text as stored markups, onto a document of `pages`. */
function importXfdf(text: string, pages: number): Markup[] {
  return asMarkups(
    readXfdf(text) &&
      markupsFromXfdf(readXfdf(text), {
        pageCount: pages,
        nowIso: NOW,
      }).markups,
  );
}

/** The largest distance between matching points of two markups. */
function geometryGap(a: Markup, b: Markup): number {
  const pairs = [
    ...a.points.map((p, i) => [p, b.points[i]] as const),
    ...a.strokes.flatMap((s, j) =>
      s.map((p, i) => [p, b.strokes[j]?.[i]] as const),
    ),
  ];
  let gap = 0;
  for (const [p, q] of pairs) {
    gap = Math.max(gap, q ? Math.hypot(p.x - q.x, p.y - q.y) : Infinity);
  }
  return gap;
}

describe.skipIf(acrobatFiles.length === 0)("Acrobat XFDF round trip", () => {
  it.each(acrobatFiles)(
    "%s: import, export, re-import keeps everything",
    async (file) => {
      const xfdf = readFileSync(
        path.join(corpusDir, "annotations", file),
        "utf8",
      );
      const pdf = path.join(
        corpusDir,
        "annotations",
        file.replace(/\.xfdf$/, ".pdf"),
      );
      const pdfPages = await pageCountOf(pdf);

      // Some of these Acrobat files name page index 1 while the PDF kept
      // beside them has one page: onto that PDF the import is refused (as
      // any wrong page is); the round trip is then read onto two sheets.
      const pages = Math.max(
        pdfPages,
        ...readXfdf(xfdf).map((a) => Number(a.attrs["page"]) + 1),
      );
      if (pages > pdfPages) {
        expect(() => importXfdf(xfdf, pdfPages)).toThrow(UserError);
      }

      const first = importXfdf(xfdf, pages);
      const exported = writeXfdf(first, file.replace(/\.xfdf$/, ".pdf"));
      const second = importXfdf(exported, pages);

      expect(second).toHaveLength(first.length);
      expect(first.length).toBeGreaterThan(0);
      let worstGapPt = 0;
      for (const a of first) {
        const b = second.find((m) => m.id === a.id);
        expect(b, a.id).toBeDefined();
        if (!b) continue;
        worstGapPt = Math.max(worstGapPt, geometryGap(a, b));
        expect(b.kind).toBe(a.kind);
        expect(b.sheetIndex).toBe(a.sheetIndex);
        expect(b.comment).toBe(a.comment);
        expect(b.authorName).toBe(a.authorName);
        expect(b.createdAt).toBe(a.createdAt);
        expect(b.updatedAt).toBe(a.updatedAt);
        expect(b.inReplyTo).toBe(a.inReplyTo);
        expect(b.status).toBe(a.status);
        expect(b.color.toLowerCase()).toBe(a.color.toLowerCase());
        expect(b.style).toEqual(a.style);
        expect(b.subject).toBe(a.subject);
        expect(b.foreign?.["state"]).toBe(a.foreign?.["state"]);
        expect(b.foreign?.["statemodel"]).toBe(a.foreign?.["statemodel"]);
        expect(b.foreign?.["appearance"]).toBe(a.foreign?.["appearance"]);
      }
      expect(worstGapPt).toBeLessThan(0.01);
      process.stdout.write(
        `${file}: ${first.length} markups, worst geometry gap ${worstGapPt} pt\n`,
      );
    },
  );

  it("reads Acrobat's clouds, ink, stamps, replies and review states", () => {
    const read = (name: string) =>
      importXfdf(
        readFileSync(path.join(corpusDir, "annotations", name), "utf8"),
        2,
      );
    const cloudFile = read("acrobat_cloud_polygon.xfdf");
    const cloud = cloudFile.find((m) => m.kind === "cloud");
    expect(cloud?.style.cloudIntensity).toBe(2);
    expect(cloud?.points[0]).toEqual({ x: 149.211, y: 667.923 });
    expect(cloud?.authorName).toBe("Alex");
    expect(cloud?.createdAt).toBe("2019-06-06T10:51:16.000Z");

    // A reply's Review state becomes its parent's status.
    const parent = cloudFile.find(
      (m) => m.id === "b1bad174-210b-44d8-8cf7-47b7fc724d4a",
    );
    expect(parent?.status).toBe("accepted");
    const replies = cloudFile.filter((m) => m.kind === "reply");
    expect(replies.length).toBe(6);
    expect(
      cloudFile.find((m) => m.id === "c8f23a8d-3acd-4a1f-8a32-081d59ad7189")
        ?.status,
    ).toBe("resolved");

    const ink = read("acrobat_ink.xfdf").find((m) => m.kind === "ink");
    expect(ink?.strokes[0]?.[0]).toEqual({ x: 185.915, y: 712.607 });

    const stamp = read("acrobat_stamp_approved.xfdf")[0];
    expect(stamp?.kind).toBe("stamp");
    expect(stamp?.style.stampLabel).toBe("SBApproved");
    expect(stamp?.foreign?.["appearance"]?.length).toBeGreaterThan(1000);
  });
});

describe("PDFBox XFDF", () => {
  const file = corpusFile(
    "annotations/pdfbox_xfdf_test_document_annotations.xfdf",
  );
  it.skipIf(file === null)("imports its markups, skipping the links", () => {
    const set = markupsFromXfdf(readXfdf(readFileSync(file ?? "", "utf8")), {
      pageCount: 4,
      nowIso: NOW,
    });
    const kinds = set.markups.map((m) => m.kind).sort();
    expect(kinds).toEqual([
      "arrow",
      "callout",
      "highlight",
      "highlight",
      "highlight",
      "ink",
      "note",
      "text",
      "text",
    ]);
    expect(set.skipped).toBe(9);

    const callout = set.markups.find((m) => m.kind === "callout");
    expect(callout?.comment).toBe("A callout annotation");
    // The tip, then the box: the rect less its fringe (left, bottom,
    // right, top), whose bottom edge the leader's end (505.67, 543.3) meets.
    const expected = [
      [400.43, 487.27],
      [448.43, 571.31],
      [562.98, 571.31],
      [562.98, 543.27],
      [448.43, 543.27],
    ];
    expect(callout?.points).toHaveLength(5);
    callout?.points.forEach((p, i) => {
      expect(p.x).toBeCloseTo(expected[i]?.[0] ?? NaN, 6);
      expect(p.y).toBeCloseTo(expected[i]?.[1] ?? NaN, 6);
    });
    expect(callout?.color).toBe("#d76c00");
    const rich = set.markups.find((m) => m.name.endsWith("C90F09"));
    expect(rich?.comment).toBe("P&1 P&2 P&3");
    const arrow = set.markups.find((m) => m.kind === "arrow");
    expect(arrow?.points).toEqual([
      { x: 563.49, y: 245.44 },
      { x: 563.49, y: 121.69 },
    ]);
    expect(arrow?.foreign["head"]).toBe("Square");
  });
});
