import {
  pullResponseSchema,
  pushResponseSchema,
  signInResponseSchema,
  type Mutation,
  type PullResponse,
  type PushResponse,
  type SignInResponse,
} from "../../../shared/contract/sync";
import { UserError } from "../../../shared/contract/errors";

/**
 * The server could not be reached (network down, server stopped, or a
 * gateway error). Sync treats it as "offline" and retries with backoff.
 */
export class ServerUnreachableError extends Error {
  constructor(cause: unknown) {
    super("server unreachable", { cause });
    this.name = "ServerUnreachableError";
  }
}

/** The server answered with an unexpected HTTP status. */
export class ServerStatusError extends Error {
  constructor(readonly status: number) {
    super(`server answered HTTP ${status}`);
    this.name = "ServerStatusError";
  }
}

const REQUEST_TIMEOUT_MS = 15_000;
const DOWNLOAD_TIMEOUT_MS = 300_000;
/** Signing out is best effort: never keep the member waiting long. */
const SIGN_OUT_TIMEOUT_MS = 5_000;

/**
 * The HTTP calls of the sync protocol (shared/contract/sync.ts). Answers
 * are validated with the protocol's schemas. `token` is read at each call
 * so that a sign-in takes effect at once.
 */
export class ServerClient {
  constructor(
    readonly baseUrl: string,
    private readonly token: () => string | null,
  ) {}

  /** Exchanges a username and password for a token and the user. */
  async signIn(username: string, password: string): Promise<SignInResponse> {
    const response = await this.call("/api/auth/sign-in", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username, password }),
    });
    if (response.status === 401 || response.status === 403) {
      throw new UserError("session.error.badCredentials");
    }
    return signInResponseSchema.parse(await this.json(response));
  }

  /**
   * Revokes a token on the server (204), so that a copy of it left on
   * this workstation no longer opens anything. The token is passed in
   * because the session forgets it at the same moment.
   */
  async signOut(token: string): Promise<void> {
    const response = await this.call(
      "/api/auth/sign-out",
      { method: "POST", headers: { authorization: `Bearer ${token}` } },
      SIGN_OUT_TIMEOUT_MS,
    );
    await response.arrayBuffer();
    if (!response.ok) throw this.statusError(response);
  }

  /** Pulls the changes after `since` (null for the first pull). */
  async pull(since: string | null, limit: number): Promise<PullResponse> {
    const query = new URLSearchParams({ limit: String(limit) });
    if (since !== null) query.set("since", since);
    const response = await this.call(`/api/sync/changes?${query}`, {
      headers: this.authHeaders(),
    });
    return pullResponseSchema.parse(await this.json(response));
  }

  /** Pushes a batch of local mutations. */
  async push(mutations: readonly Mutation[]): Promise<PushResponse> {
    const response = await this.call("/api/sync/push", {
      method: "POST",
      headers: { ...this.authHeaders(), "content-type": "application/json" },
      body: JSON.stringify({ mutations }),
    });
    return pushResponseSchema.parse(await this.json(response));
  }

  /** Downloads a document's bytes by content hash. */
  async downloadDocument(sha256: string): Promise<Uint8Array<ArrayBuffer>> {
    const response = await this.call(
      `/api/documents/${sha256}`,
      { headers: this.authHeaders() },
      DOWNLOAD_TIMEOUT_MS,
    );
    if (!response.ok) throw this.statusError(response);
    return new Uint8Array(await response.arrayBuffer());
  }

  /** Uploads a document (a signed opinion) under its content hash. */
  async uploadDocument(sha256: string, bytes: Uint8Array): Promise<void> {
    const response = await this.call(
      `/api/documents/${sha256}`,
      {
        method: "PUT",
        headers: {
          ...this.authHeaders(),
          "content-type": "application/pdf",
        },
        body: new Blob([bytes as Uint8Array<ArrayBuffer>]),
      },
      DOWNLOAD_TIMEOUT_MS,
    );
    if (!response.ok) throw this.statusError(response);
    await response.arrayBuffer();
  }

  private authHeaders(): Record<string, string> {
    const token = this.token();
    if (token === null) throw new UserError("session.error.signedOut");
    return { authorization: `Bearer ${token}` };
  }

  /** Runs one request; network failures and gateway errors mean offline. */
  private async call(
    pathAndQuery: string,
    init: RequestInit,
    timeoutMs = REQUEST_TIMEOUT_MS,
  ): Promise<Response> {
    let response: Response;
    try {
      response = await fetch(new URL(pathAndQuery, this.baseUrl), {
        ...init,
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new ServerUnreachableError(error);
    }
    if ([502, 503, 504].includes(response.status)) {
      throw new ServerUnreachableError(this.statusError(response));
    }
    return response;
  }

  private async json(response: Response): Promise<unknown> {
    if (!response.ok) throw this.statusError(response);
    return response.json();
  }

  private statusError(response: Response): Error {
    if (response.status === 401) return new UserError("session.error.expired");
    if (response.status === 404) return new UserError("document.error.missing");
    return new ServerStatusError(response.status);
  }
}
