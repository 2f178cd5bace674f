import { html, type SafeHtml } from "./safeHtml";
import type { Bilingual } from "./labels";

/**
 * The page frame shared by printed documents: A4, margins that keep the
 * lower band free for the signature stamp, and the embedded fonts.
 */

/** Page margins, also passed to the PDF renderer. */
export const pageMarginsMm = { top: 16, right: 16, bottom: 24, left: 16 };

/** Family name of the embedded print font (see the fonts' @font-face). */
export const printFontFamily = "Lajna Print";

const baseCss = `
@page { size: A4; margin: ${pageMarginsMm.top}mm ${pageMarginsMm.right}mm
  ${pageMarginsMm.bottom}mm ${pageMarginsMm.left}mm; }
* { box-sizing: border-box; }
body { font-family: "${printFontFamily}", "Noto Naskh Arabic", "Noto Sans",
  serif; font-size: 10.5pt; line-height: 1.45; color: #111; margin: 0; }
header { display: flex; justify-content: space-between; align-items: baseline;
  border-bottom: 1.5pt solid #333; padding-bottom: 4mm; margin-bottom: 5mm; }
h1 { font-size: 16pt; margin: 0; }
h2 { font-size: 12pt; margin: 6mm 0 2mm; display: flex;
  justify-content: space-between; }
table { width: 100%; border-collapse: collapse; }
th, td { border: 0.5pt solid #888; padding: 1.5mm 2mm; vertical-align: top; }
th { background: #eee; font-weight: 700; text-align: start; }
table.facts th { width: 28%; }
[lang="ar"] { font-size: 11.5pt; }
.both { display: flex; justify-content: space-between; gap: 4mm; }
.outcome { border: 1pt solid #333; padding: 3mm 4mm; margin-top: 6mm; }
.outcome p { margin: 1mm 0; font-weight: 700; }
ol { margin: 0; padding-inline-start: 6mm; }
li { margin-bottom: 2mm; }
.markup { color: #444; font-size: 9.5pt; }
.muted { color: #555; }
footer { margin-top: 8mm; font-size: 9pt; color: #444; }
`;

/** A complete, self-contained HTML document (no external resources). */
export function printDocument(input: {
  readonly title: string;
  readonly fontCss: string;
  readonly body: SafeHtml;
}): string {
  // The font CSS comes from our own code (data: URLs), not from users; it
  // is inserted as is, but a closing tag inside it is neutralised anyway.
  const fontCss = input.fontCss.replace(/<\/style/gi, "<\\/style");
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8">
<title>${html`${input.title}`.value}</title>
<style>${fontCss}</style><style>${baseCss}</style>
</head><body>${input.body.value}</body></html>`;
}

/** A French label followed by its Arabic counterpart, each tagged. */
export function bilingual(label: Bilingual): SafeHtml {
  return html`<span lang="fr">${label.fr}</span> /
    <span dir="rtl" lang="ar">${label.ar}</span>`;
}

/** A heading row: French at the start, Arabic at the end. */
export function headingPair(tag: "h1" | "h2", label: Bilingual): SafeHtml {
  const fr = html`<span lang="fr">${label.fr}</span>`;
  const ar = html`<span dir="rtl" lang="ar">${label.ar}</span>`;
  return tag === "h1"
    ? html`<header>
        <h1>${fr}</h1>
        <h1>${ar}</h1>
      </header>`
    : html`<h2>${fr}${ar}</h2>`;
}

/** A row of facts: French label, value, Arabic label. */
export function factRow(label: Bilingual, value: SafeHtml | string): SafeHtml {
  return html`<tr>
    <th lang="fr">${label.fr}</th>
    <td dir="auto"><bdi>${value}</bdi></td>
    <th dir="rtl" lang="ar">${label.ar}</th>
  </tr>`;
}

/** A sentence in both languages, as two paragraphs. */
export function sentencePair(sentence: Bilingual): SafeHtml {
  return html`<p lang="fr">${sentence.fr}</p>
    <p dir="rtl" lang="ar">${sentence.ar}</p>`;
}
