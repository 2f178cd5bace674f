/**
 * Text helpers for XML read with entity processing off: only the five
 * predefined entities and character references are decoded, so a file
 * cannot make the parser expand entities of its own.
 */

const PREDEFINED: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/** Decodes `&amp;`-style entities and `&#..;` references; others stay. */
export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, body) => {
    const name = String(body);
    if (name.startsWith("#")) {
      const code = name.startsWith("#x")
        ? parseInt(name.slice(2), 16)
        : parseInt(name.slice(1), 10);
      const valid = Number.isInteger(code) && code > 0 && code <= 0x10ffff;
      return valid ? String.fromCodePoint(code) : whole;
    }
    return PREDEFINED[name] ?? whole;
  });
}

/** Escapes text for an XML attribute value or element content. */
export function escapeXmlText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/**
 * The plain text of an XHTML rich-text body: paragraphs and line breaks
 * become newlines, tags go, entities are decoded.
 */
export function plainTextOfRichText(xhtml: string): string {
  const withBreaks = xhtml
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/p\s*>/gi, "\n");
  const text = decodeXmlText(withBreaks.replace(/<[^>]*>/g, ""));
  return text
    .split("\n")
    .map((line) => line.replace(/[\t\r ]+/g, " ").trim())
    .filter((line, i, all) => line !== "" || i < all.length - 1)
    .join("\n")
    .trim();
}
