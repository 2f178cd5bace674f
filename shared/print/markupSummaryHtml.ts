import type { Dossier, Markup } from "../domain/entities";
import {
  kindLabels,
  statusLabels,
  summaryLabels,
  type SummaryLanguage,
  type Trilingual,
} from "./markupSummaryLabels";
import { pageMarginsMm, printFontFamily } from "./printPage";
import { html, SafeHtml } from "./safeHtml";

/** A sheet's page box in PDF user space, for the locator drawing. */
export interface SheetBox {
  readonly x: number;
  readonly y: number;
  readonly widthPt: number;
  readonly heightPt: number;
}

/**
 * A picture of a sheet region: a PNG data URL, its size in pixels, and
 * the user-space rectangle it shows, so the markup is drawn over it.
 */
export interface SheetCrop {
  readonly png: string;
  readonly widthPx: number;
  readonly heightPx: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly top: number;
}

/** One remark of the summary with what the list shows beside it. */
export interface MarkupSummaryEntry {
  readonly markup: Markup;
  readonly documentTitle: string;
  /** Its living replies, oldest first. */
  readonly replies: readonly Markup[];
  /** The round of the remark it was carried from, when carried. */
  readonly carriedFromRound: number | null;
  /** The sheet's page box, when known, to show where the markup lies. */
  readonly sheet: SheetBox | null;
  /**
   * A picture of the sheet around the markup, when the workstation could
   * draw it; else the locator drawing shows.
   */
  readonly crop?: SheetCrop | null;
}

/** What the printed markups summary shows. */
export interface MarkupSummaryInput {
  readonly language: SummaryLanguage;
  readonly dossier: Dossier;
  /** The round the list was filtered to; null for every round. */
  readonly round: number | null;
  /** The filtered list, in the order the table showed it. */
  readonly entries: readonly MarkupSummaryEntry[];
  readonly generatedAt: Date;
  /** @font-face rules with the embedded print font (see fonts.ts). */
  readonly fontCss?: string;
}

/**
 * The markups list as an A4 document in the reviewer's language: the
 * dossier number, print date, round and count, then one row per remark
 * with a small drawing of where it lies on its sheet, its kind, sheet,
 * author, service, status, round, comment and replies. Right to left for
 * Arabic. Every value is HTML-escaped; the document loads nothing.
 */
export function markupSummaryHtml(input: MarkupSummaryInput): string {
  const say = (label: Trilingual) => label[input.language];
  const dir = input.language === "ar" ? "rtl" : "ltr";
  const body = html`<header>
      <h1>${say(summaryLabels.title)}</h1>
      <span>${input.dossier.number}</span>
    </header>
    ${facts(input, say)}
    ${
      input.entries.length === 0
        ? html`<p>${say(summaryLabels.none)}</p>`
        : entriesTable(input, say)
    }`;

  const fontCss = (input.fontCss ?? "").replace(/<\/style/gi, "<\\/style");
  return `<!doctype html>
<html lang="${input.language}" dir="${dir}"><head><meta charset="utf-8">
<title>${html`${say(summaryLabels.title)} ${input.dossier.number}`.value}</title>
<style>${fontCss}</style><style>${summaryCss}</style>
</head><body>${body.value}</body></html>`;
}

type Say = (label: Trilingual) => string;

function facts(input: MarkupSummaryInput, say: Say): SafeHtml {
  const round =
    input.round === null ? say(summaryLabels.allRounds) : String(input.round);
  const printedOn = input.generatedAt.toISOString().slice(0, 10);
  return html`<table class="facts">
    <tr>
      <th>${say(summaryLabels.dossierNumber)}</th>
      <td><bdi>${input.dossier.number}</bdi></td>
      <th>${say(summaryLabels.printedOn)}</th>
      <td><bdi>${printedOn}</bdi></td>
    </tr>
    <tr>
      <th>${say(summaryLabels.roundShown)}</th>
      <td>${round}</td>
      <th>${say(summaryLabels.count)}</th>
      <td>${input.entries.length}</td>
    </tr>
  </table>`;
}

function entriesTable(input: MarkupSummaryInput, say: Say): SafeHtml {
  const head = [
    summaryLabels.number,
    summaryLabels.sheet,
    summaryLabels.kind,
    summaryLabels.author,
    summaryLabels.status,
    summaryLabels.round,
    summaryLabels.comment,
  ].map((label) => html`<th>${say(label)}</th>`);
  const rows = input.entries.map((entry, i) => entryRow(entry, i + 1, say));
  return html`<table class="entries">
    <thead>
      <tr>
        ${head}
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
  </table>`;
}

function entryRow(entry: MarkupSummaryEntry, n: number, say: Say): SafeHtml {
  const m = entry.markup;
  const carried =
    entry.carriedFromRound === null
      ? null
      : html`<div class="muted">
          ${say(summaryLabels.carriedFrom).replace(
            "{round}",
            String(entry.carriedFromRound),
          )}
        </div>`;
  return html`<tr>
    <td>${n}</td>
    <td class="sheet">
      <bdi>${entry.documentTitle}</bdi> · ${m.sheetIndex + 1}
      ${cropImage(entry) ?? locator(entry)}
    </td>
    <td>${say(kindLabels[m.kind])}</td>
    <td>
      <bdi>${m.authorName}</bdi>
      <div class="muted">${m.service}</div>
    </td>
    <td>${say(statusLabels[m.status])}</td>
    <td>${m.round}${carried}</td>
    <td class="comment">
      <div class="text" dir="auto">${m.comment}</div>
      ${replyList(entry.replies, say)}
    </td>
  </tr>`;
}

function replyList(replies: readonly Markup[], say: Say): SafeHtml | null {
  if (replies.length === 0) return null;
  const items = replies.map(
    (r) =>
      html`<li dir="auto">
        <strong><bdi>${r.authorName}</bdi></strong>
        <span class="muted">${r.createdAt.slice(0, 10)}</span>
        ${r.comment}
      </li>`,
  );
  return html`<div class="replies">
    ${say(summaryLabels.replies)}
    <ul>
      ${items}
    </ul>
  </div>`;
}

/**
 * The sheet around the markup with the markup's extent outlined in its
 * colour. Only an inline PNG is accepted: the page loads nothing.
 */
function cropImage(entry: MarkupSummaryEntry): SafeHtml | null {
  const crop = entry.crop ?? null;
  if (
    crop === null ||
    !/^data:image\/png;base64,[A-Za-z0-9+/=]+$/.test(crop.png)
  ) {
    return null;
  }
  const w = crop.right - crop.left;
  const h = crop.top - crop.bottom;
  if (!(w > 0 && h > 0)) return null;

  const points = [...entry.markup.points, ...entry.markup.strokes.flat()];
  const xs = points.map((p) => p.x - crop.left);
  // PDF y grows upwards, SVG y downwards.
  const ys = points.map((p) => crop.top - p.y);
  const pad = Math.max(w, h) / 60;
  const box = {
    x: Math.min(...xs) - pad,
    y: Math.min(...ys) - pad,
    width: Math.max(...xs) - Math.min(...xs) + 2 * pad,
    height: Math.max(...ys) - Math.min(...ys) + 2 * pad,
  };
  // Markup built directly: numbers we formatted, the PNG checked above
  // and the colour checked by the markup schema (#rrggbb).
  return new SafeHtml(
    `<svg class="crop" width="${crop.widthPx}" height="${crop.heightPx}" ` +
      `viewBox="0 0 ${fixed(w)} ${fixed(h)}" preserveAspectRatio="none" ` +
      `aria-hidden="true"><image href="${crop.png}" x="0" y="0" ` +
      `width="${fixed(w)}" height="${fixed(h)}" preserveAspectRatio="none"/>` +
      `<rect x="${fixed(box.x)}" y="${fixed(box.y)}" ` +
      `width="${fixed(box.width)}" height="${fixed(box.height)}" ` +
      `fill="none" stroke="${entry.markup.color}" stroke-width="2" ` +
      `vector-effect="non-scaling-stroke"/></svg>`,
  );
}

/** Side of the locator drawing, in CSS pixels. */
const LOCATOR_PX = 56;

/**
 * A small drawing of the sheet's outline with the markup's extent
 * marked, so a reader of the paper finds the remark on the plan. Drawn
 * from geometry alone: the summary never embeds the applicant's sheets.
 */
function locator(entry: MarkupSummaryEntry): SafeHtml | null {
  const sheet = entry.sheet;
  if (sheet === null || sheet.widthPt <= 0 || sheet.heightPt <= 0) return null;
  const scale = LOCATOR_PX / Math.max(sheet.widthPt, sheet.heightPt);
  const w = sheet.widthPt * scale;
  const h = sheet.heightPt * scale;

  const points = [...entry.markup.points, ...entry.markup.strokes.flat()];
  const xs = points.map((p) => (p.x - sheet.x) * scale);
  // PDF y grows upwards, SVG y downwards.
  const ys = points.map((p) => h - (p.y - sheet.y) * scale);
  const pad = 2;
  const left = Math.max(0, Math.min(...xs) - pad);
  const top = Math.max(0, Math.min(...ys) - pad);
  const right = Math.min(w, Math.max(...xs) + pad);
  const bottom = Math.min(h, Math.max(...ys) + pad);
  const box = `x="${fixed(left)}" y="${fixed(top)}" width="${fixed(
    Math.max(right - left, 1),
  )}" height="${fixed(Math.max(bottom - top, 1))}"`;

  // Built as markup directly: every value is a number we formatted, and
  // the colour passed the markup schema's #rrggbb check.
  return new SafeHtml(
    `<svg class="locator" width="${fixed(w)}" height="${fixed(h)}" ` +
      `viewBox="0 0 ${fixed(w)} ${fixed(h)}" aria-hidden="true">` +
      `<rect x="0.5" y="0.5" width="${fixed(w - 1)}" height="${fixed(h - 1)}" ` +
      `fill="#fff" stroke="#888"/>` +
      `<rect ${box} fill="none" stroke="${entry.markup.color}" ` +
      `stroke-width="1.5"/></svg>`,
  );
}

function fixed(value: number): string {
  return Number.isFinite(value) ? value.toFixed(1) : "0";
}

const summaryCss = `
@page { size: A4; margin: ${pageMarginsMm.top}mm ${pageMarginsMm.right}mm
  ${pageMarginsMm.bottom}mm ${pageMarginsMm.left}mm; }
* { box-sizing: border-box; }
body { font-family: "${printFontFamily}", "Noto Naskh Arabic", "Noto Sans",
  serif; font-size: 9.5pt; line-height: 1.4; color: #111; margin: 0; }
html[lang="ar"] body { font-size: 10.5pt; }
header { display: flex; justify-content: space-between; align-items: baseline;
  border-bottom: 1.5pt solid #333; padding-bottom: 3mm; margin-bottom: 4mm; }
h1 { font-size: 15pt; margin: 0; }
table { width: 100%; border-collapse: collapse; }
th, td { border: 0.5pt solid #888; padding: 1.2mm 1.6mm; vertical-align: top;
  text-align: start; }
th { background: #eee; font-weight: 700; }
table.facts { margin-bottom: 4mm; }
table.entries thead { display: table-header-group; }
table.entries tr { break-inside: avoid; }
td.comment { width: 40%; overflow-wrap: anywhere; }
td.comment .text { white-space: pre-wrap; }
td.sheet { min-width: 22mm; max-width: 50mm; }
.locator { display: block; margin-top: 1mm; }
.crop { display: block; margin-top: 1mm; max-width: 46mm; max-height: 32mm;
  border: 0.5pt solid #888; }
.replies { margin-top: 1.5mm; font-size: 8.5pt; color: #333; }
.replies ul { margin: 0.5mm 0 0; padding-inline-start: 4mm; }
.muted { color: #555; font-size: 8.5pt; }
`;
