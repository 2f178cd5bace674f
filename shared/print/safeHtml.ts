/**
 * Safe-by-default HTML building for printed documents. Every value put
 * into the `html` template is escaped unless it is already a `SafeHtml`
 * (the result of another `html` call), so user text such as a condition
 * containing `<script>` prints as text and never runs.
 */

/** A fragment of HTML whose values have been escaped. */
export class SafeHtml {
  readonly value: string;

  constructor(value: string) {
    this.value = value;
  }

  toString(): string {
    return this.value;
  }
}

/** What may be put into an `html` template. */
export type HtmlValue =
  string | number | SafeHtml | readonly SafeHtml[] | null | undefined;

const entities: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

/** Tagged template: escapes each value; nested fragments pass through. */
export function html(
  strings: TemplateStringsArray,
  ...values: readonly HtmlValue[]
): SafeHtml {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? "");
  });
  return new SafeHtml(out);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map((v: SafeHtml) => v.value).join("");
  return escapeHtml(String(value));
}
