import { decodeXmlText } from "./xmlText";

/*
 * An XFDF file names the PDF its annotations were made on (`<f href>`).
 * Imported onto another document they land on the wrong drawing, often
 * off the sheet, where nobody sees them; the reviewer is asked first.
 */

/** The `href` of the file's `<f>` element, or null when it has none. */
export function xfdfTargetFile(text: string): string | null {
  const match = /<f\s[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(text);
  const href = match?.[1] ?? match?.[2];
  return href === undefined ? null : decodeXmlText(href);
}

/**
 * Whether an XFDF naming `href` was made for a document saved as
 * `fileName`: the same file name, whatever folder the href adds, in any
 * letter case (Windows names files case-blind).
 */
export function namesDocument(href: string, fileName: string): boolean {
  const base = (name: string) =>
    (name.split(/[\\/]/).pop() ?? name).trim().toLowerCase();
  return base(href) === base(fileName);
}
