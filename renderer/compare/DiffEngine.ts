import type { DiffReply, DiffRequest } from "./diffMessages";

type Answer = Extract<DiffReply, { type: "diffed" }>;

/**
 * The main thread's side of the diff worker: one worker per Compare
 * panel, each comparison a promise. The bitmaps sent are transferred,
 * so the caller must not use them afterwards.
 */
export class DiffEngine {
  private readonly worker: Worker;
  private readonly pending = new Map<
    number,
    { resolve: (a: Answer) => void; reject: (e: Error) => void }
  >();
  private nextId = 1;

  constructor() {
    this.worker = new Worker(new URL("./diffWorker.ts", import.meta.url), {
      type: "module",
      name: "lajna-diff",
    });
    this.worker.onmessage = (event: MessageEvent<DiffReply>) => {
      const reply = event.data;
      const settle = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (reply.type === "diffed") settle?.resolve(reply);
      else settle?.reject(new Error(reply.message));
    };
  }

  /** Compares two renders; see DiffRequest for the fields. */
  diff(request: Omit<DiffRequest, "id">): Promise<Answer> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...request, id } satisfies DiffRequest, [
        request.older,
        request.newer,
      ]);
    });
  }

  /** Stops the worker; pending comparisons never settle. */
  dispose(): void {
    this.worker.terminate();
    this.pending.clear();
  }
}
