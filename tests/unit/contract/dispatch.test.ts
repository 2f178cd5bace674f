import { describe, expect, it } from "vitest";
import {
  dispatchRequest,
  type RequestHandlers,
} from "../../../shared/contract/dispatch";
import { UserError } from "../../../shared/contract/errors";
import { decodeWire, encodeWire } from "../../../shared/contract/wire";
import { eventSchema } from "../../../shared/contract/events";

function failing(): never {
  throw new Error("not called in this test");
}

// Every handler fails unless a test overrides it, so a test proves which
// handler ran.
const base = new Proxy({} as RequestHandlers, {
  get: () => async () => failing(),
});

function handlers(overrides: Partial<RequestHandlers>): RequestHandlers {
  return { ...base, ...overrides } as RequestHandlers;
}

const noLog = () => undefined;

describe("contract dispatch", () => {
  it("refuses an unknown request kind", async () => {
    const answer = await dispatchRequest(
      handlers({}),
      "files.delete",
      {},
      noLog,
    );
    expect(answer).toEqual({
      ok: false,
      error: { key: "error.badRequest", params: { kind: "files.delete" } },
    });
  });

  it("refuses a payload that does not match the schema", async () => {
    let called = false;
    const h = handlers({
      "markups.delete": async () => {
        called = true;
        return {};
      },
    });
    const answer = await dispatchRequest(
      h,
      "markups.delete",
      { markupId: 42 },
      noLog,
    );
    expect(answer.ok).toBe(false);
    expect(called).toBe(false);
  });

  it("refuses a markup with non-finite coordinates", async () => {
    const answer = await dispatchRequest(
      handlers({}),
      "markups.save",
      {
        id: "m1",
        dossierId: "d1",
        documentId: "doc1",
        sheetIndex: 0,
        kind: "cloud",
        points: [{ x: Number.POSITIVE_INFINITY, y: 0 }],
        comment: "",
        color: "#ff0000",
      },
      noLog,
    );
    expect(answer).toMatchObject({
      ok: false,
      error: { key: "error.badRequest" },
    });
  });

  it("passes a handler's user error through and hides other errors", async () => {
    const logged: string[] = [];
    const h = handlers({
      "markups.delete": async () => {
        throw new UserError("markup.error.notAuthor");
      },
      "sync.now": async () => {
        throw new Error("disk on fire");
      },
    });
    const userFacing = await dispatchRequest(
      h,
      "markups.delete",
      { markupId: "m1" },
      noLog,
    );
    const internal = await dispatchRequest(h, "sync.now", {}, (kind) =>
      logged.push(kind),
    );

    expect(userFacing).toEqual({
      ok: false,
      error: { key: "markup.error.notAuthor", params: {} },
    });
    expect(internal).toEqual({
      ok: false,
      error: { key: "error.internal", params: {} },
    });
    expect(logged).toEqual(["sync.now"]);
  });

  it("refuses a handler result that breaks the contract", async () => {
    const h = handlers({
      "sync.status": async () => ({ online: "yes" }) as never,
    });
    const answer = await dispatchRequest(h, "sync.status", {}, noLog);
    expect(answer).toMatchObject({
      ok: false,
      error: { key: "error.internal" },
    });
  });
});

describe("wire encoding", () => {
  it("round-trips byte arrays inside messages", () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    const decoded = decodeWire(encodeWire({ result: { bytes } })) as {
      result: { bytes: Uint8Array };
    };
    expect(decoded.result.bytes).toBeInstanceOf(Uint8Array);
    expect([...decoded.result.bytes]).toEqual([0, 1, 2, 250, 255]);
  });
});

describe("events", () => {
  it("refuses an event of an unknown type", () => {
    expect(eventSchema.safeParse({ type: "dossiers.burned" }).success).toBe(
      false,
    );
  });
});
