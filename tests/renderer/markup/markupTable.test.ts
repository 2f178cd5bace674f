import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { csvCell, toCsv, UTF8_BOM } from "../../../renderer/markup/markupCsv";
import { spreadsheetTime } from "../../../renderer/markup/markupExport";
import {
  buildRows,
  filterChoices,
  filterRows,
  groupRows,
  sortRows,
} from "../../../renderer/markup/markupTable";
import { syntheticMarkups } from "../../../scripts/bench/markupFixtures";

const small = syntheticMarkups(40);
const rows = buildRows(small.markups, small.documents);

describe("markups list rows", () => {
  it("lists remarks, not replies, and counts each remark's replies", () => {
    expect(rows).toHaveLength(40);
    expect(rows.find((r) => r.markup.id === "m0")?.replies).toBe(1);
    expect(rows.find((r) => r.markup.id === "m1")?.replies).toBe(0);
    expect(rows[0]?.documentTitle).toBe("Plan 1");
  });

  it("leaves out deleted markups and their replies' counts", () => {
    const withTombstone = [
      ...small.markups.filter((m) => m.id !== "r0"),
      { ...small.markups.find((m) => m.id === "r0")!, deleted: true },
    ];
    const again = buildRows(withTombstone, small.documents);
    expect(again.find((r) => r.markup.id === "m0")?.replies).toBe(0);
  });
});

describe("filter", () => {
  it("narrows by status, author, service, kind and text, all at once", () => {
    const open = filterRows(rows, { statuses: ["open"] });
    expect(open.every((r) => r.markup.status === "open")).toBe(true);
    expect(open.length).toBeGreaterThan(0);

    const narrow = filterRows(rows, {
      authorId: "u1",
      service: "Agence urbaine",
      kind: "cloud",
    });
    expect(narrow.map((r) => r.markup.id)).toEqual(["m0", "m12", "m24", "m36"]);
  });

  it("finds text in comments, authors and documents, any case, Arabic too", () => {
    expect(filterRows(rows, { text: "POMPIERS" })).toHaveLength(7);
    expect(filterRows(rows, { text: "الارتفاع" })).toHaveLength(6);
    expect(filterRows(rows, { text: "youssef" })).toHaveLength(10);
    expect(filterRows(rows, { text: "plan 12" })).toHaveLength(3);
    expect(filterRows(rows, { text: "  " })).toHaveLength(40);
  });

  it("filters 20,000 markups in well under 100 ms", () => {
    const big = syntheticMarkups(20_000);
    const bigRows = buildRows(big.markups, big.documents);
    const start = performance.now();
    const found = filterRows(bigRows, { statuses: ["open"], text: "recul" });
    const elapsedMs = performance.now() - start;
    expect(found.length).toBeGreaterThan(0);
    expect(elapsedMs).toBeLessThan(100);
  });
});

describe("sort and group", () => {
  it("sorts by a column both ways, ties in creation order", () => {
    const byAuthor = sortRows(rows, "author", "asc").map(
      (r) => r.markup.authorName,
    );
    expect(byAuthor[0]).toBe("Amal");
    expect(byAuthor[byAuthor.length - 1]).toBe("Youssef");
    const byReplies = sortRows(rows, "replies", "desc");
    expect(byReplies.slice(0, 4).every((r) => r.replies === 1)).toBe(true);
    const byRound = sortRows(rows, "round", "asc");
    expect(byRound[0]?.markup.round).toBe(1);
    const dates = byRound
      .filter((r) => r.markup.round === 1)
      .map((r) => r.markup.createdAt);
    expect(dates).toEqual([...dates].sort());
  });

  it("sorts sheets by document title then sheet, numbers as numbers", () => {
    const sheets = sortRows(rows, "sheet", "asc").map((r) => r.documentTitle);
    expect(sheets.indexOf("Plan 2")).toBeLessThan(sheets.indexOf("Plan 10"));
  });

  it("groups by sheet, author or status in order of first appearance", () => {
    const byStatus = groupRows(sortRows(rows, "status", "asc"), "status");
    expect(byStatus.map((g) => g.key)).toEqual([
      "accepted",
      "open",
      "rejected",
      "resolved",
    ]);
    expect(byStatus.reduce((n, g) => n + g.rows.length, 0)).toBe(40);
    expect(groupRows(rows, "author")).toHaveLength(4);
    expect(groupRows(rows, "sheet")).toHaveLength(12);
    expect(groupRows(rows, "none")).toHaveLength(1);
  });

  it("offers each author and service once for the filter menus", () => {
    const choices = filterChoices(rows);
    expect(choices.authors).toHaveLength(4);
    expect(choices.services).toEqual([
      "Agence urbaine",
      "Commune",
      "ONEE eau",
      "Protection civile",
    ]);
  });
});

describe("CSV export", () => {
  it("quotes commas, quotes, line breaks and edge spaces", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a, b")).toBe('"a, b"');
    expect(csvCell('say "non"')).toBe('"say ""non"""');
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
    expect(csvCell(" padded")).toBe('" padded"');
    expect(csvCell(3)).toBe("3");
  });

  it("keeps a comment from running as a spreadsheet formula", () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell("-2 m")).toBe("'-2 m");
    expect(csvCell(-2)).toBe("-2");
  });

  it("starts with a UTF-8 BOM and ends lines with CRLF, Arabic intact", () => {
    const csv = toCsv(["التعليق", "n"], [["الارتفاع, R+3", 1]]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv).toBe(`${UTF8_BOM}التعليق,n\r\n"الارتفاع, R+3",1\r\n`);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("separates with semicolons for French Excel, quoting only those", () => {
    const csv = toCsv(["Commentaire", "n"], [["Recul 4,5 m; voir", 1]], ";");
    expect(csv).toBe(`${UTF8_BOM}Commentaire;n\r\n"Recul 4,5 m; voir";1\r\n`);
    expect(toCsv(["a"], [["4,5 m"]], ";")).toBe(`${UTF8_BOM}a\r\n4,5 m\r\n`);
  });

  it("writes times as local dates and times spreadsheets recognise", () => {
    const iso = "2026-12-05T09:07:00.000Z";
    const local = new Date(iso);
    expect(spreadsheetTime(iso)).toBe(
      `${local.getFullYear()}-12-0${local.getDate()} ` +
        `${String(local.getHours()).padStart(2, "0")}:07`,
    );
    expect(spreadsheetTime("not a date")).toBe("not a date");
  });
});
