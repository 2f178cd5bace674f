/**
 * A small reader of PDF object syntax, enough to read signature
 * dictionaries straight from the file's bytes with their offsets. Offsets
 * matter: a signature is only sound if its /ByteRange leaves out exactly
 * its own /Contents string, which a full PDF library would hide.
 */

/** A PDF value with where it sits in the file. */
export type PdfValue =
  | { readonly kind: "dict"; readonly entries: ReadonlyMap<string, Located> }
  | { readonly kind: "array"; readonly items: readonly Located[] }
  | { readonly kind: "name"; readonly name: string }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "string"; readonly text: string; readonly hex: boolean }
  | { readonly kind: "ref" }
  | { readonly kind: "keyword"; readonly word: string };

/** A value and its byte span: `start` inclusive, `end` exclusive. */
export interface Located {
  readonly value: PdfValue;
  readonly start: number;
  readonly end: number;
}

const whitespace = new Set([" ", "\n", "\r", "\t", "\f", "\0"]);
const delimiters = new Set(["(", ")", "<", ">", "[", "]", "{", "}", "/", "%"]);

/** Nesting limit, so a hostile file cannot exhaust the stack. */
const maxDepth = 64;

/**
 * Parses one value at `offset` of `text` (the file decoded one character
 * per byte). Returns null on malformed syntax.
 */
export function parsePdfValue(text: string, offset: number): Located | null {
  try {
    return new Reader(text).value(offset, 0);
  } catch {
    return null;
  }
}

class Reader {
  constructor(private readonly text: string) {}

  value(from: number, depth: number): Located {
    if (depth > maxDepth) throw new Error("too deep");
    const start = this.skip(from);
    const c = this.text[start];
    const next = this.text[start + 1];

    if (c === "<" && next === "<") return this.dict(start, depth);
    if (c === "<") return this.hexString(start);
    if (c === "(") return this.literalString(start);
    if (c === "[") return this.array(start, depth);
    if (c === "/") return this.name(start);
    if (c !== undefined && /[-+.\d]/.test(c)) return this.numberOrRef(start);
    return this.keyword(start);
  }

  private skip(from: number): number {
    let i = from;
    for (;;) {
      const c = this.text[i];
      if (c === undefined) throw new Error("end of file");
      if (c === "%") {
        while (i < this.text.length && !"\r\n".includes(this.text[i] ?? ""))
          i++;
      } else if (whitespace.has(c)) {
        i++;
      } else {
        return i;
      }
    }
  }

  private dict(start: number, depth: number): Located {
    const entries = new Map<string, Located>();
    let i = start + 2;
    for (;;) {
      i = this.skip(i);
      if (this.text.startsWith(">>", i)) {
        return { value: { kind: "dict", entries }, start, end: i + 2 };
      }
      const key = this.name(i);
      const value = this.value(key.end, depth + 1);
      if (key.value.kind === "name") entries.set(key.value.name, value);
      i = value.end;
    }
  }

  private array(start: number, depth: number): Located {
    const items: Located[] = [];
    let i = start + 1;
    for (;;) {
      i = this.skip(i);
      if (this.text[i] === "]") {
        return { value: { kind: "array", items }, start, end: i + 1 };
      }
      const item = this.value(i, depth + 1);
      items.push(item);
      i = item.end;
    }
  }

  private name(start: number): Located {
    if (this.text[start] !== "/") throw new Error("name expected");
    let i = start + 1;
    while (i < this.text.length && !this.endsToken(i)) i++;
    const raw = this.text.slice(start + 1, i);
    const name = raw.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) =>
      String.fromCharCode(parseInt(h, 16)),
    );
    return { value: { kind: "name", name }, start, end: i };
  }

  private hexString(start: number): Located {
    const close = this.text.indexOf(">", start);
    if (close < 0) throw new Error("unterminated hex string");
    const text = this.text.slice(start + 1, close).replace(/\s+/g, "");
    if (!/^[0-9a-fA-F]*$/.test(text)) throw new Error("bad hex string");
    return {
      value: { kind: "string", text, hex: true },
      start,
      end: close + 1,
    };
  }

  /**
   * A literal string. Escapes keep only the escaped character (no octal
   * or \n decoding): enough for the dates and names read here, and the
   * span, which is what matters, is exact.
   */
  private literalString(start: number): Located {
    let depth = 0;
    let out = "";
    for (let i = start; i < this.text.length; i++) {
      const c = this.text[i] ?? "";
      if (c === "\\") {
        out += this.text[i + 1] ?? "";
        i++;
      } else if (c === "(") {
        if (depth++ > 0) out += c;
      } else if (c === ")") {
        if (--depth === 0) {
          return {
            value: { kind: "string", text: out, hex: false },
            start,
            end: i + 1,
          };
        }
        out += c;
      } else {
        out += c;
      }
    }
    throw new Error("unterminated string");
  }

  private numberOrRef(start: number): Located {
    const first = this.number(start);
    // "12 0 R" is a reference; look ahead without committing.
    const ref = /^\s+\d+\s+R(?![^\s<>[\]()/%])/.exec(
      this.text.slice(first.end, first.end + 24),
    );
    if (ref && /^\d+$/.test(this.text.slice(start, first.end))) {
      return { value: { kind: "ref" }, start, end: first.end + ref[0].length };
    }
    return first;
  }

  private number(start: number): Located {
    let i = start;
    while (i < this.text.length && /[-+.\d]/.test(this.text[i] ?? "")) i++;
    const value = Number(this.text.slice(start, i));
    if (!Number.isFinite(value) || i === start) throw new Error("bad number");
    return { value: { kind: "number", value }, start, end: i };
  }

  private keyword(start: number): Located {
    let i = start;
    while (i < this.text.length && !this.endsToken(i)) i++;
    if (i === start) throw new Error("unexpected delimiter");
    const word = this.text.slice(start, i);
    return { value: { kind: "keyword", word }, start, end: i };
  }

  private endsToken(i: number): boolean {
    const c = this.text[i] ?? "";
    return whitespace.has(c) || delimiters.has(c);
  }
}
