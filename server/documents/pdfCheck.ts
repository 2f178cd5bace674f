import { Worker } from "node:worker_threads";
import type { Logger } from "../log";

/** What the server learned from reading a PDF. */
export interface PdfCheckResult {
  /** Page count, or null when the file could not be read. */
  readonly pageCount: number | null;
  /** A translation key (`document.error.*`) or null when the file is fine. */
  readonly error: string | null;
}

/** How long one file may take before we give up on it. */
export const PDF_CHECK_TIMEOUT_MS = 10_000;

const WORKER_URL = new URL("./pdfCheckWorker.mjs", import.meta.url);

interface WorkerAnswer {
  readonly pageCount: number | null;
  readonly error: string | null;
  readonly cause?: string;
}

/**
 * Reads a PDF with pdf.js in a worker thread, with a time limit and memory
 * limits, so a hostile file (page-tree loop, absurd nesting, huge page
 * count) costs at most one terminated worker. Never throws: every failure
 * becomes an `error` key the user can read.
 */
export function checkPdf(
  bytes: Uint8Array,
  logger: Logger,
  timeoutMs: number = PDF_CHECK_TIMEOUT_MS,
): Promise<PdfCheckResult> {
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_URL, {
      workerData: { bytes },
      resourceLimits: { maxOldGenerationSizeMb: 512, stackSizeMb: 8 },
    });
    let settled = false;
    const finish = (result: PdfCheckResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };

    const timer = setTimeout(() => {
      logger.warn({ timeoutMs }, "pdf check timed out");
      finish({ pageCount: null, error: "document.error.timeout" });
    }, timeoutMs);

    worker.on("message", (answer: WorkerAnswer) => {
      if (answer.cause !== undefined) {
        logger.info({ cause: answer.cause }, "pdf unreadable");
      }
      finish({ pageCount: answer.pageCount, error: answer.error });
    });
    worker.on("error", (error: Error) => {
      logger.warn({ err: error }, "pdf check worker failed");
      finish({ pageCount: null, error: "document.error.unreadable" });
    });
    worker.on("exit", () =>
      finish({ pageCount: null, error: "document.error.unreadable" }),
    );
  });
}
