import type { Language } from "./catalog";

/**
 * Plural-aware messages. A template may hold blocks like
 * `{count, plural, one {# annotation importée} other {# annotations
 * importées}}`: the branch is chosen by the language's plural rules
 * (Arabic has zero, one, two, few, many and other), `=N` picks an exact
 * number first, and `#` stands for the number. The chosen branch may hold
 * the ordinary `{name}` placeholders, which `translate` fills afterwards.
 */

const BLOCK_START = /\{(\w+),\s*plural,/g;

/** Replaces every plural block of `template` by its chosen branch. */
export function selectPlurals(
  template: string,
  language: Language,
  params: Readonly<Record<string, string | number>>,
): string {
  let result = "";
  let from = 0;
  BLOCK_START.lastIndex = 0;
  for (let m = BLOCK_START.exec(template); m; m = BLOCK_START.exec(template)) {
    const end = closingBrace(template, m.index);
    if (end === -1) break;
    const body = template.slice(m.index + m[0].length, end);
    const value = Number(params[m[1] ?? ""]);
    result += template.slice(from, m.index) + chosen(body, language, value);
    from = end + 1;
    BLOCK_START.lastIndex = from;
  }
  return result + template.slice(from);
}

/** The index of the brace closing the one at `open`, or -1. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

/** The branches of a block's body, by selector (`one`, `=0`…). */
function branches(body: string): Map<string, string> {
  const found = new Map<string, string>();
  const selector = /\s*(=?\w+)\s*\{/g;
  for (let m = selector.exec(body); m; m = selector.exec(body)) {
    const open = m.index + m[0].length - 1;
    const close = closingBrace(body, open);
    if (close === -1) break;
    found.set(m[1] ?? "", body.slice(open + 1, close));
    selector.lastIndex = close + 1;
  }
  return found;
}

function chosen(body: string, language: Language, value: number): string {
  const options = branches(body);
  if (!Number.isFinite(value)) return options.get("other") ?? "";
  const category = new Intl.PluralRules(language).select(value);
  const text =
    options.get(`=${value}`) ?? options.get(category) ?? options.get("other");
  return (text ?? "").replaceAll("#", String(value));
}
