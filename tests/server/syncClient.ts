import { createHash } from "node:crypto";
import { expect } from "vitest";
import type { PullResponse, PushResponse } from "../../shared/contract/sync";
import { signInAs } from "./serverTestKit";

/** One mutation as a workstation pushes it. */
export interface Mutation {
  readonly mutationId: string;
  readonly change: unknown;
}

/** The server's verdict on one pushed mutation. */
export type PushResult = PushResponse["results"][number];

/**
 * A member signed in to a test server, talking to its sync and document
 * API as a workstation does, over real HTTP.
 */
export class SyncClient {
  private constructor(
    readonly url: string,
    readonly auth: string,
    readonly userId: string,
  ) {}

  /** Signs in, with the seeded password unless given another. */
  static async signIn(
    url: string,
    username: string,
    password?: string,
  ): Promise<SyncClient> {
    const auth = await signInAs(url, username, password);
    const response = await fetch(`${url}/api/auth/me`, {
      headers: { authorization: auth },
    });
    const { user } = (await response.json()) as { user: { id: string } };
    return new SyncClient(url, auth, user.id);
  }

  /** One page of the changes after `since`. */
  async pull(since: string, limit: number): Promise<PullResponse> {
    const response = await fetch(
      `${this.url}/api/sync/changes?since=${since}&limit=${limit}`,
      { headers: { authorization: this.auth } },
    );
    return (await response.json()) as PullResponse;
  }

  /** Every change after `since`, pulled in pages of three. */
  async pullAll(since = "0"): Promise<PullResponse> {
    let cursor = since;
    const changes: PullResponse["changes"] = [];
    for (;;) {
      const page = await this.pull(cursor, 3);
      changes.push(...page.changes);
      cursor = page.cursor;
      if (!page.more) return { changes, cursor, more: false };
    }
  }

  /** Pushes mutations in one request, which must be answered 200. */
  async push(mutations: readonly Mutation[]): Promise<PushResult[]> {
    const response = await fetch(`${this.url}/api/sync/push`, {
      method: "POST",
      headers: { authorization: this.auth, "content-type": "application/json" },
      body: JSON.stringify({ mutations }),
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as PushResponse).results;
  }

  /** Pushes one change, under a fresh mutation id unless given one. */
  async pushOne(
    change: unknown,
    mutationId: string = crypto.randomUUID(),
  ): Promise<PushResult> {
    const [result] = await this.push([{ mutationId, change }]);
    return result!;
  }

  /** Uploads a document's bytes, which must be taken; answers its hash. */
  async upload(bytes: Uint8Array): Promise<string> {
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const response = await fetch(`${this.url}/api/documents/${sha256}`, {
      method: "PUT",
      headers: { authorization: this.auth, "content-type": "application/pdf" },
      body: new Uint8Array(bytes),
    });
    expect(response.status).toBeLessThan(300);
    return sha256;
  }
}
