import type { GlyphReply, GlyphRequest } from "./glyphMessages";
import type { PageGlyphs } from "./pageGlyphs";

/**
 * After this long with no document open, the worker is ended: its
 * PDFium heap grows to the largest document read and never shrinks.
 */
const IDLE_MS = 30_000;

interface Pending {
  resolve(glyphs: PageGlyphs): void;
  reject(error: Error): void;
}

/**
 * The page's handle on the glyph worker (glyphWorker.ts): started on the
 * first document, ended once idle. Reads reject when the worker fails,
 * and the search then does without glyphs.
 */
class GlyphReader {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private readonly open = new Set<string>();
  private nextId = 1;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;

  /** Hands the worker a copy of a document's bytes under `key`. */
  openDocument(key: string, bytes: Uint8Array): void {
    const copy = bytes.slice();
    this.open.add(key);
    this.send({ type: "open", key, bytes: copy }, [copy.buffer]);
  }

  /** The glyphs of a sheet (from 0) of a document opened under `key`. */
  sheet(key: string, sheetIndex: number): Promise<PageGlyphs> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ type: "read", id, key, sheetIndex });
    });
  }

  /** Lets a document go; the worker ends once none is left for a while. */
  closeDocument(key: string): void {
    if (!this.open.delete(key)) return;
    this.send({ type: "close", key });
    if (this.open.size > 0) return;
    this.idleTimer = setTimeout(() => this.stop(), IDLE_MS);
  }

  private send(request: GlyphRequest, transfer: Transferable[] = []) {
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    this.started().postMessage(request, transfer);
  }

  private started(): Worker {
    if (this.worker !== null) return this.worker;
    const worker = new Worker(new URL("./glyphWorker.ts", import.meta.url), {
      type: "module",
      name: "lajna-search-glyphs",
    });
    worker.onmessage = (event: MessageEvent<GlyphReply>) =>
      this.answer(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.stop(new Error(`glyph worker failed: ${event.message}`));
    };
    this.worker = worker;
    return worker;
  }

  private answer(message: GlyphReply): void {
    const waiting = this.pending.get(message.id);
    this.pending.delete(message.id);
    if (message.type === "glyphs") {
      const { codes, origins, frames } = message;
      waiting?.resolve({ codes, origins, frames });
    } else {
      waiting?.reject(new Error(message.message));
    }
  }

  /** Ends the worker; reads still waiting fail with `cause`. */
  private stop(cause = new Error("glyph worker stopped")): void {
    this.worker?.terminate();
    this.worker = null;
    this.open.clear();
    for (const waiting of this.pending.values()) waiting.reject(cause);
    this.pending.clear();
  }
}

/** The one glyph reader of the page. */
export const glyphReader = new GlyphReader();
