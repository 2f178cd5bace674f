import { describe, expect, it } from "vitest";
import { committeeOutcome } from "../../shared/domain/outcome";
import { decisionHtml, escapeHtml, opinionHtml } from "../../shared/print";
import {
  commission,
  dossier,
  markup,
  opinionOf,
  opinions,
  session,
} from "./printFixtures";

const generatedAt = new Date("2026-12-10T09:30:00Z");
const hostile = `<script>alert("x")</script><img src=x onerror=alert(1)>`;

describe("escapeHtml", () => {
  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });
});

describe("opinionHtml", () => {
  const html = opinionHtml({
    dossier,
    opinion: opinionOf({}),
    markups: [markup],
    generatedAt,
  });

  it("shows the dossier, member, service and verdict in both languages", () => {
    expect(html).toContain("KH-2026-0147");
    expect(html).toContain("Tiflet");
    expect(html).toContain("Amina El Idrissi");
    expect(html).toContain("Agence urbaine de Khémisset");
    expect(html).toContain("Favorable avec réserves");
    expect(html).toContain("موافق بشروط");
    expect(html).toContain("Autorisation de construire");
    expect(html).toContain("رخصة البناء");
    expect(html).toContain("10/12/2026 10:30"); // Morocco is UTC+1.
  });

  it("prints each condition with the sheet and comment it points at", () => {
    expect(html).toContain("Respecter un retrait de 5 m sur rue.");
    expect(html).toMatch(/Feuille\s+3/);
    expect(html).toContain("Retrait sur rue insuffisant");
  });

  it("tags Arabic blocks right to left", () => {
    expect(html).toContain('<span dir="rtl" lang="ar">رأي عضو اللجنة</span>');
  });

  it("escapes hostile text in every field", () => {
    const page = opinionHtml({
      dossier: { ...dossier, number: hostile, commune: hostile },
      opinion: opinionOf({
        memberName: hostile,
        conditions: [{ text: hostile, markupIds: ["m-1"] }],
      }),
      markups: [{ ...markup, comment: hostile }],
      generatedAt,
    });
    expect(page).not.toContain("<script>");
    expect(page).not.toContain("<img");
    expect(page).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });

  it("skips deleted markups", () => {
    const page = opinionHtml({
      dossier,
      opinion: opinionOf({}),
      markups: [{ ...markup, deleted: true }],
      generatedAt,
    });
    expect(page).not.toContain("Retrait sur rue insuffisant");
  });
});

describe("decisionHtml", () => {
  const outcome = committeeOutcome(opinions, {
    quorum: commission.quorum,
    requireBinding: true,
  });
  const html = decisionHtml({
    dossier,
    commission,
    session,
    opinions,
    outcome,
    generatedAt,
  });

  it("has the bilingual title and the dossier's facts", () => {
    expect(html).toContain("قرار اللجنة");
    expect(html).toContain("Décision de la commission");
    expect(html).toContain("KH-2026-0147");
    expect(html).toContain("10/12/2026");
    expect(html).toContain("Commission des grands projets de Tiflet");
  });

  it("lists each member with service, binding or advisory, opinion", () => {
    expect(html).toContain("Agence urbaine de Khémisset");
    expect(html).toContain("جماعة تيفلت");
    expect(html).toContain("يوسف الإدريسي");
    expect(html).toContain("Avis conforme");
    expect(html).toContain("Avis consultatif");
    expect(html).toContain("Respecter un retrait de 5 m sur rue.");
  });

  it("states the outcome in French and in Arabic", () => {
    expect(outcome.outcome).toBe("favourable_with_conditions");
    expect(html).toContain(
      "La commission émet un avis favorable sous réserve des conditions ci-dessus.",
    );
    expect(html).toContain(
      '<p dir="rtl" lang="ar">قررت اللجنة الموافقة على الملف مع التقيد بالشروط المبينة أعلاه.</p>',
    );
    expect(html).toContain('<p lang="fr">');
  });

  it("says why there is no decision yet, and marks unsigned opinions", () => {
    const unsigned = opinions.map((o) => ({ ...o, signedAt: null }));
    const page = decisionHtml({
      dossier,
      commission,
      session: null,
      opinions: unsigned,
      outcome: committeeOutcome(unsigned, { quorum: 2, requireBinding: true }),
      generatedAt,
    });
    expect(page).toContain("le quorum n&#39;est pas atteint");
    expect(page).toContain("النصاب غير مكتمل");
    expect(page).toContain("non signé");
    expect(page).toContain("non fixée");
  });

  it("escapes a <script> in a condition", () => {
    const page = decisionHtml({
      dossier,
      commission,
      session,
      opinions: [opinionOf({ conditions: [{ text: hostile, markupIds: [] }] })],
      outcome,
      generatedAt,
    });
    expect(page).not.toContain("<script>");
    expect(page).toContain("&lt;script&gt;");
  });
});
