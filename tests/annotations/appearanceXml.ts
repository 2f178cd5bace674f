import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFString,
  type PDFContext,
  type PDFObject,
} from "pdf-lib";

/*
 * What an XFDF importer such as Acrobat does with an <appearance>: turns
 * its XML form of PDF objects (ISO 19444-1) back into the objects, so a
 * test can put them in a PDF and have another renderer draw them.
 */

interface Node {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: Node[];
  text: string;
}

/** The PDF object the first element of appearance XML describes. */
export function pdfObjectOfXml(xml: string, context: PDFContext): PDFObject {
  const root = parse(xml);
  const first = root.children[0];
  if (!first) throw new Error("empty appearance XML");
  return objectOf(first, context);
}

function parse(xml: string): Node {
  const root: Node = { tag: "", attrs: {}, children: [], text: "" };
  const stack = [root];
  const token =
    /<(\/?)([A-Za-z]+)((?:\s+[A-Za-z]+="[^"]*")*)\s*(\/?)>|([^<]+)/g;
  for (const m of xml.matchAll(token)) {
    const top = stack[stack.length - 1] ?? root;
    if (m[5] !== undefined) {
      top.text += m[5];
      continue;
    }
    if (m[1] === "/") {
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (m[3] ?? "").matchAll(/([A-Za-z]+)="([^"]*)"/g)) {
      attrs[a[1] ?? ""] = unescape(a[2] ?? "");
    }
    const node: Node = { tag: m[2] ?? "", attrs, children: [], text: "" };
    top.children.push(node);
    if (m[4] !== "/") stack.push(node);
  }
  return root;
}

function unescape(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

function objectOf(node: Node, context: PDFContext): PDFObject {
  const value = node.attrs["VAL"] ?? "";
  switch (node.tag) {
    case "NAME":
      return PDFName.of(value);
    case "INT":
    case "FIXED":
      return PDFNumber.of(Number(value));
    case "BOOL":
      return context.obj(value === "true");
    case "STRING":
      return node.attrs["ENCODING"] === "HEX"
        ? PDFHexString.of(value)
        : PDFString.of(value);
    case "ARRAY": {
      const array = PDFArray.withContext(context);
      for (const child of node.children) array.push(objectOf(child, context));
      return array;
    }
    case "DICT":
      return dictOf(node, context);
    case "STREAM":
      return context.register(streamOf(node, context));
  }
  throw new Error(`unknown appearance element ${node.tag}`);
}

function dictOf(node: Node, context: PDFContext): PDFDict {
  const dict = PDFDict.withContext(context);
  for (const child of node.children) {
    if (child.tag === "DATA") continue;
    dict.set(PDFName.of(child.attrs["KEY"] ?? ""), objectOf(child, context));
  }
  return dict;
}

function streamOf(node: Node, context: PDFContext) {
  const dict = dictOf(node, context);
  const data = node.children.find((c) => c.tag === "DATA");
  const raw = data?.attrs["MODE"] === "RAW";
  const text = unescape(data?.text ?? "");
  const bytes =
    data?.attrs["ENCODING"] === "HEX"
      ? Uint8Array.from(text.match(/../g) ?? [], (h) => parseInt(h, 16))
      : new TextEncoder().encode(text);
  if (!raw) dict.delete(PDFName.of("Filter"));
  dict.delete(PDFName.of("Length"));
  return PDFRawStream.of(dict, bytes);
}
