/**
 * Messages to the search's glyph worker. `open` hands it a copy of a
 * document's bytes under a key the caller chose; `read` asks for one
 * sheet's glyphs (from 0); `close` lets the document go. Requests on a
 * key are answered in the order sent.
 */
export type GlyphRequest =
  | {
      readonly type: "open";
      readonly key: string;
      readonly bytes: Uint8Array;
    }
  | {
      readonly type: "read";
      readonly id: number;
      readonly key: string;
      readonly sheetIndex: number;
    }
  | { readonly type: "close"; readonly key: string };

/**
 * Answers to `read`, by its id: the sheet's glyphs (see PageGlyphs), or
 * why PDFium could not read them (the search then measures that sheet's
 * characters by equal shares).
 */
export type GlyphReply =
  | {
      readonly type: "glyphs";
      readonly id: number;
      readonly codes: Uint32Array;
      readonly origins: Float64Array;
      readonly frames: Float32Array;
    }
  | { readonly type: "failed"; readonly id: number; readonly message: string };
