import type { Logger } from "pino";
import type { User } from "../../../shared/domain/entities";
import type { SecretStore } from "../secrets/secretStore";
import type { WorkstationStore } from "../store/workstationStore";
import { UserError } from "../../../shared/contract/errors";
import { ServerClient, ServerUnreachableError } from "./serverClient";

const TOKEN_SECRET = "server-token";

/**
 * Who is signed in, and the token that proves it to the server. The user
 * lives in the local store, the token in the SecretStore; both are read
 * back at launch so that a member works offline after a restart.
 */
export class SessionService {
  private currentToken: string | null = null;
  private currentUser: User | null = null;
  readonly server: ServerClient;

  constructor(
    private readonly store: WorkstationStore,
    private readonly secrets: SecretStore,
    readonly serverUrl: string,
    private readonly log: Logger,
  ) {
    this.server = new ServerClient(serverUrl, () => this.currentToken);
  }

  /** Restores the session of the last launch, if any. */
  async restore(): Promise<void> {
    const session = this.store.session();
    if (!session || session.serverUrl !== this.serverUrl) return;

    this.currentToken = await this.secrets.load(TOKEN_SECRET);
    this.currentUser = this.currentToken ? session.user : null;
  }

  /** The signed-in user, or null. */
  user(): User | null {
    return this.currentUser;
  }

  /** Whether calls to the server can be made. */
  hasToken(): boolean {
    return this.currentToken !== null;
  }

  /**
   * Signs in against the server and keeps the session. While the outbox
   * holds the previous user's changes, another user is refused (before
   * asking the server when the username already tells, and after it
   * otherwise, revoking the token just issued).
   *
   * @throws UserError `session.error.pendingChanges` ({ name }),
   *   `session.error.badCredentials`, `sync.error.offline`.
   */
  async signIn(username: string, password: string): Promise<User> {
    this.refuseOtherUserWhilePending(username);
    const { token, user } = await this.server
      .signIn(username, password)
      .catch((error: unknown) => {
        // Signing in needs the server; say so rather than "internal error".
        if (error instanceof ServerUnreachableError) {
          throw new UserError("sync.error.offline", {}, { cause: error });
        }
        throw error;
      });

    try {
      this.store.saveSession({ user, serverUrl: this.serverUrl });
    } catch (error) {
      await this.revoke(token);
      throw error;
    }
    await this.secrets.save(TOKEN_SECRET, token);
    this.currentToken = token;
    this.currentUser = user;
    this.log.info({ userId: user.id }, "signed in");
    return user;
  }

  /**
   * Forgets the token and revokes it on the server (best effort: offline,
   * the server forgets it when it expires). The local data stays for the
   * next sign-in. Callers make sure the outbox is empty first.
   */
  async signOut(): Promise<void> {
    const token = this.currentToken;
    await this.secrets.remove(TOKEN_SECRET);
    this.store.clearSession();
    this.currentToken = null;
    this.currentUser = null;
    if (token !== null) await this.revoke(token);
    this.log.info("signed out");
  }

  private refuseOtherUserWhilePending(username: string): void {
    const waiting = this.store.pendingOwner();
    if (!waiting) return;
    const sameUser =
      waiting.serverUrl === this.serverUrl &&
      (waiting.user.username === "" || waiting.user.username === username);
    if (sameUser) return;
    throw new UserError("session.error.pendingChanges", {
      name: waiting.user.displayName,
    });
  }

  /** Tells the server a token is no longer used; never fails. */
  private async revoke(token: string): Promise<void> {
    try {
      await this.server.signOut(token);
    } catch (error) {
      const offline = error instanceof ServerUnreachableError;
      this.log.info(
        { offline },
        "the server could not be told of the sign-out; the token expires there",
      );
    }
  }
}
