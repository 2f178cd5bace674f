/**
 * A PDF written object by object, for tests that need bytes no library
 * would write (an empty page tree, a stray page, 200,000 nested `q`):
 * `objects[0]` becomes object 1, the catalog, and a classic
 * cross-reference table and trailer follow. Text is written as Latin-1.
 */
export function rawPdf(objects: readonly string[]): Uint8Array {
  let text = "%PDF-1.7\n";
  const offsets = objects.map((body, index) => {
    const offset = text.length;
    text += `${index + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) {
    text += `${String(offset).padStart(10, "0")} 00000 n \n`;
  }
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\n`;
  text += `startxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(text, "latin1"));
}
