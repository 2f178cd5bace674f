/**
 * A small vector sheet made on the spot (no file shipped): a grid of
 * stroked lines, curves and filled boxes, as a CAD plot draws. The raster
 * worker draws it once at start-up, so WebAssembly's optimising compiler
 * has already met PDFium's parsing and drawing code when the reviewer's
 * first heavy sheet arrives, and the heap has grown to a working size.
 */
export function warmupSheetBytes(segments = 20_000): Uint8Array {
  const content = drawing(segments);
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 1224 792] /Contents 4 0 R >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  return new TextEncoder().encode(assemble(objects));
}

/** The content stream: rows of short segments, arcs and small boxes. */
function drawing(segments: number): string {
  const ops: string[] = ["0.2 w 0 0 0 RG"];
  const perRow = 200;
  for (let i = 0; i < segments; i++) {
    const x = 12 + (i % perRow) * 6;
    const y = 12 + Math.floor(i / perRow) * 7;
    if (i % 10 === 0) ops.push(`${x} ${y} 3 3 re f`);
    else if (i % 3 === 0)
      ops.push(`${x} ${y} m ${x + 2} ${y + 4} ${x + 4} ${y} c S`);
    else ops.push(`${x} ${y} m ${x + 5} ${y + 5} l S`);
  }
  return ops.join("\n");
}

/** Numbers the objects and writes the cross-reference table and trailer. */
function assemble(objects: readonly string[]): string {
  let pdf = "%PDF-1.7\n";
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) {
    pdf += `${String(offset).padStart(10, "0")} 00000 n \n`;
  }
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\n`;
  return `${pdf}startxref\n${xref}\n%%EOF\n`;
}
