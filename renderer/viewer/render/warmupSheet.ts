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
      "/Resources << /Font << /F1 5 0 R >> /XObject << /S 6 0 R >> " +
      "/ExtGState << /G0 << /OPM 1 >> /G1 << /ca 0.3 >> >> >> " +
      "/Contents 4 0 R >>",
    stream(header, content, ""),
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    stream(header, symbol, "/Type /XObject /Subtype /Form /BBox [0 0 10 10] "),
  ];
  return assemble(objects);
}

/**
 * The content stream: rows of segments, arcs, boxes, dashes and text,
 * most of them as CAD exporters write each entity: inside its own
 * q ... Q with a scale, a pen width, round caps and joins and a named
 * graphic state, some clipped or see-through, so that parsing and
 * stroking run the paths the reviewer's sheets will.
 */
function drawing(segments: number): string {
  const ops: string[] = ["0.2 w 0 0 0 RG"];
  const perRow = 200;
  for (let i = 0; i < segments; i++) {
    const x = 12 + (i % perRow) * 6;
    const y = 12 + Math.floor(i / perRow) * 7;
    ops.push(entity(i, x, y));
    if (i % 250 === 0) ops.push(`q 1 0 0 1 ${x} ${y} cm /S Do Q`);
    if (i % 400 === 0) ops.push(text(i, x, y));
  }
  return `q 10 10 1200 770 re W n\n${ops.join("\n")}\nQ`;
}

/** One drawn entity, in one of the forms CAD plots use. */
function entity(i: number, x: number, y: number): string {
  if (i % 10 === 0) return `${x} ${y} 3 3 re f`;
  if (i % 7 === 0) return `[1 1] 0 d ${x} ${y} m ${x + 5} ${y} l S []0 d`;
  if (i % 3 === 0) return `${x} ${y} m ${x + 2} ${y + 4} ${x + 4} ${y} c S`;
  if (i % 11 === 0) return clippedFill(x, y);
  // Coordinates in hundredths under a scale, as AutoCAD and Bluebeam do.
  const [u, v] = [x * 100, y * 100];
  const pen = `q 0.01 0 0 0.01 0 0 cm ${(i % 4) * 5 + 5} w 1 j 1 J /G0 gs`;
  const tint = i % 2 === 0 ? "0 G" : "0.5 0 0 RG";
  const path = `${u} ${v} m ${u + 250} ${v + 250} l ${u + 500} ${v} l`;
  return `${pen} ${tint} ${path} S Q`;
}

/** A see-through box cut by an even-odd clip, as hatched areas are. */
function clippedFill(x: number, y: number): string {
  const clip = `${x} ${y} m ${x + 5} ${y} l ${x + 5} ${y + 5} l h W* n`;
  return `q ${clip} /G1 gs 0.8 g ${x} ${y} 5 5 re f Q`;
}

/** A label as CAD text: placed by a matrix, kerned, in a standard font. */
function text(i: number, x: number, y: number): string {
  const place = `1 0 0 1 ${x} ${y} Tm`;
  const kerned = "[(A) 120 (B)] TJ 0 -5 Td (C) Tj";
  return `BT /F1 4 Tf ${place} (ROOM ${i}) Tj ${kerned} ET`;
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
