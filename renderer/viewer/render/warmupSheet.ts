/**
 * A vector sheet made on the spot (no file shipped) with what CAD plots
 * carry: a deflated content stream, strokes, curves, filled boxes, dash
 * patterns, clipping, transformed copies of a form and text in a
 * standard font. The raster worker draws it once at start-up, so
 * WebAssembly's optimising compiler has already met PDFium's inflating,
 * parsing and drawing code when the reviewer's first heavy sheet
 * arrives, and the heap has grown to a working size.
 */
export async function warmupSheetBytes(segments = 20_000): Promise<Uint8Array> {
  const content = await deflated(drawing(segments));
  const symbol = await deflated(symbolDrawing());
  const header = new TextEncoder();
  const objects: (string | Uint8Array)[] = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 1224 792] " +
      "/Resources << /Font << /F1 5 0 R >> /XObject << /S 6 0 R >> >> " +
      "/Contents 4 0 R >>",
    stream(header, content, ""),
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    stream(header, symbol, "/Type /XObject /Subtype /Form /BBox [0 0 10 10] "),
  ];
  return assemble(objects);
}

/** The content stream: rows of segments, arcs, boxes, dashes and text. */
function drawing(segments: number): string {
  const ops: string[] = ["0.2 w 0 0 0 RG"];
  const perRow = 200;
  for (let i = 0; i < segments; i++) {
    const x = 12 + (i % perRow) * 6;
    const y = 12 + Math.floor(i / perRow) * 7;
    if (i % 10 === 0) ops.push(`${x} ${y} 3 3 re f`);
    else if (i % 7 === 0)
      ops.push(`[1 1] 0 d ${x} ${y} m ${x + 5} ${y} l S []0 d`);
    else if (i % 3 === 0)
      ops.push(`${x} ${y} m ${x + 2} ${y + 4} ${x + 4} ${y} c S`);
    else ops.push(`${x} ${y} m ${x + 5} ${y + 5} l S`);
    if (i % 250 === 0) ops.push(`q 1 0 0 1 ${x} ${y} cm /S Do Q`);
    if (i % 400 === 0) ops.push(`BT /F1 4 Tf ${x} ${y} Td (ROOM ${i}) Tj ET`);
  }
  return `q 10 10 1200 770 re W n\n${ops.join("\n")}\nQ`;
}

/** A small symbol drawn many times through its form, as blocks are. */
function symbolDrawing(): string {
  return "0.1 w 0 0 m 10 10 l S 0 10 m 10 0 l S 5 5 4 0 360 arc";
}

/** Bytes as zlib data, what /FlateDecode reads. */
async function deflated(text: string): Promise<Uint8Array> {
  const source = new Blob([text]).stream();
  const squeezed = source.pipeThrough(new CompressionStream("deflate"));
  return new Uint8Array(await new Response(squeezed).arrayBuffer());
}

/** A deflated stream object with its dictionary entries before /Length. */
function stream(
  encoder: TextEncoder,
  data: Uint8Array,
  entries: string,
): Uint8Array {
  const head = encoder.encode(
    `<< ${entries}/Length ${data.length} /Filter /FlateDecode >>\nstream\n`,
  );
  const tail = encoder.encode("\nendstream");
  const whole = new Uint8Array(head.length + data.length + tail.length);
  whole.set(head);
  whole.set(data, head.length);
  whole.set(tail, head.length + data.length);
  return whole;
}

/** Numbers the objects and writes the cross-reference table and trailer. */
function assemble(objects: readonly (string | Uint8Array)[]): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [encoder.encode("%PDF-1.7\n")];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(length);
    const bytes = typeof body === "string" ? encoder.encode(body) : body;
    for (const part of [
      encoder.encode(`${index + 1} 0 obj\n`),
      bytes,
      encoder.encode("\nendobj\n"),
    ]) {
      parts.push(part);
      length += part.length;
    }
  });
  let trailer = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) {
    trailer += `${String(offset).padStart(10, "0")} 00000 n \n`;
  }
  trailer += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\n`;
  parts.push(encoder.encode(`${trailer}startxref\n${length}\n%%EOF\n`));
  const whole = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}
