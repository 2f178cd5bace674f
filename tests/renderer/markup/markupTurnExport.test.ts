import { describe, expect, it } from "vitest";
import { markupsFromXfdf } from "../../../shared/annotations/markupFromXfdf";
import { readXfdf } from "../../../shared/annotations/xfdfReader";
import { writeXfdf } from "../../../shared/annotations/xfdfWriter";
import type { Markup } from "../../../shared/domain/entities";
import { turnedDraft } from "../../../renderer/markup/markupArrange";

/*
 * What an XFDF exchange keeps of turning: the rotation of a stamp or a
 * text travels as XFDF's rotation attribute; a polygon turned here has
 * its vertices turned, so any reader draws it turned.
 */

const base: Markup = {
  id: "m",
  dossierId: "d",
  documentId: "doc",
  sheetIndex: 0,
  kind: "stamp",
  points: [
    { x: 100, y: 700 },
    { x: 220, y: 700 },
    { x: 220, y: 660 },
    { x: 100, y: 660 },
  ],
  comment: "",
  color: "#1c4e80",
  authorId: "u",
  authorName: "Karim Benali",
  service: "Agence urbaine",
  createdAt: "2026-12-04T10:00:00.000Z",
  updatedAt: "2026-12-04T10:00:00.000Z",
  deleted: false,
  strokes: [],
  style: { stampLabel: "Vu — Agence urbaine", rotationDeg: 105 },
  status: "open",
  inReplyTo: null,
  round: 1,
  subject: "",
  origin: "lajna",
};

function roundTrip(markups: readonly Markup[]) {
  const xfdf = writeXfdf(markups, "plan.pdf");
  const read = markupsFromXfdf(readXfdf(xfdf), {
    pageCount: 1,
    nowIso: "2026-12-04T11:00:00.000Z",
  });
  return { xfdf, markups: read.markups };
}

describe("turned markups in XFDF", () => {
  it("keeps the rotation of a service stamp and a text", () => {
    const text: Markup = {
      ...base,
      id: "t",
      kind: "text",
      points: [{ x: 300, y: 500 }],
      comment: "Recul 5 m",
      style: { rotationDeg: 30 },
    };
    const { xfdf, markups } = roundTrip([base, text]);
    expect(xfdf).toContain('rotation="105"');
    expect(xfdf).toContain("Vu — Agence urbaine");
    const stamp = markups.find((m) => m.kind === "stamp");
    expect(stamp?.style.rotationDeg).toBe(105);
    expect(stamp?.style.stampLabel).toBe("Vu — Agence urbaine");
    expect(markups.find((m) => m.kind === "text")?.style.rotationDeg).toBe(30);
  });

  it("writes a turned polygon with its turned vertices", () => {
    const polygon: Markup = {
      ...base,
      id: "p",
      kind: "polygon",
      style: {},
      points: [
        { x: 100, y: 100 },
        { x: 200, y: 100 },
        { x: 200, y: 150 },
      ],
    };
    const turned = turnedDraft(polygon, 90);
    const { markups } = roundTrip([
      { ...polygon, points: turned?.points ?? [] },
    ]);
    const read = markups[0]?.points ?? [];
    (turned?.points ?? []).forEach((p, i) => {
      expect(read[i]?.x).toBeCloseTo(p.x, 1);
      expect(read[i]?.y).toBeCloseTo(p.y, 1);
    });
    // Really turned: the first side now runs down the page, not across.
    expect(Math.abs((read[1]?.x ?? 0) - (read[0]?.x ?? 0))).toBeLessThan(0.1);
  });

  it("writes markups in drawing order, so readers stack them alike", () => {
    const low = { ...base, id: "low", zOrder: -1 };
    const top = { ...base, id: "top", zOrder: 3 };
    const plain = { ...base, id: "plain" };
    const { xfdf } = roundTrip([top, plain, low]);
    const at = (id: string) => xfdf.indexOf(`name="${id}"`);
    expect(at("low")).toBeGreaterThan(-1);
    expect(at("low")).toBeLessThan(at("plain"));
    expect(at("plain")).toBeLessThan(at("top"));
  });
});
