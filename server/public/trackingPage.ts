import type { PublicDossier } from "./publicDossier";
import { trackingMessages } from "./trackingMessages";
import type { TrackingLanguage } from "./trackingMessages";

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Reads `?lang=`; French unless Arabic is asked for. */
export function trackingLanguage(value: unknown): TrackingLanguage {
  return value === "ar" ? "ar" : "fr";
}

/** The page with the number form. */
export function renderTrackingForm(language: TrackingLanguage): string {
  const m = trackingMessages(language);
  const body =
    `<form method="get" action="/track/lookup">` +
    `<input type="hidden" name="lang" value="${language}">` +
    `<label>${escapeHtml(m.formLabel)} ` +
    `<input name="number" required maxlength="60"></label> ` +
    `<button type="submit">${escapeHtml(m.formButton)}</button></form>`;
  return page(language, m.title, body, "/track");
}

/** The page of one dossier: public fields only. */
export function renderTrackedDossier(
  language: TrackingLanguage,
  dossier: PublicDossier,
): string {
  const m = trackingMessages(language);
  const stages = dossier.stages
    .map(
      (s) =>
        `<li><time datetime="${escapeHtml(s.at)}">${escapeHtml(s.at.slice(0, 10))}` +
        `</time> ${escapeHtml(m.stageNames[s.stage])}</li>`,
    )
    .join("");
  const body =
    `<dl><dt>${escapeHtml(m.number)}</dt><dd>${escapeHtml(dossier.number)}</dd>` +
    `<dt>${escapeHtml(m.procedure)}</dt>` +
    `<dd>${escapeHtml(m.procedures[dossier.procedure])}</dd>` +
    `<dt>${escapeHtml(m.commune)}</dt><dd>${escapeHtml(dossier.commune)}</dd></dl>` +
    `<h2>${escapeHtml(m.stages)}</h2><ol>${stages}</ol>`;
  return page(language, m.title, body, trackPath(dossier.number));
}

/** The page for an unknown number. */
export function renderUnknownDossier(
  language: TrackingLanguage,
  number: string,
): string {
  const m = trackingMessages(language);
  return page(
    language,
    m.title,
    `<p>${escapeHtml(m.notFound(number))}</p>`,
    trackPath(number),
  );
}

function trackPath(number: string): string {
  return `/track/${encodeURIComponent(number)}`;
}

function page(
  language: TrackingLanguage,
  title: string,
  body: string,
  path: string,
): string {
  const dir = language === "ar" ? "rtl" : "ltr";
  const links =
    `<nav><a href="${escapeHtml(path)}?lang=fr" lang="fr">Français</a> | ` +
    `<a href="${escapeHtml(path)}?lang=ar" lang="ar">العربية</a></nav>`;
  return (
    `<!doctype html><html lang="${language}" dir="${dir}"><head>` +
    `<meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
    `<title>${escapeHtml(title)}</title></head><body>${links}` +
    `<h1>${escapeHtml(title)}</h1>${body}</body></html>`
  );
}
