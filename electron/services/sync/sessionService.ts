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

  /** Signs in against the server and keeps the session. */
  async signIn(username: string, password: string): Promise<User> {
    const { token, user } = await this.server
      .signIn(username, password)
      .catch((error: unknown) => {
        // Signing in needs the server; say so rather than "internal error".
        if (error instanceof ServerUnreachableError) {
          throw new UserError("sync.error.offline", {}, { cause: error });
        }
        throw error;
      });
    await this.secrets.save(TOKEN_SECRET, token);
    this.store.saveSession({ user, serverUrl: this.serverUrl });
    this.currentToken = token;
    this.currentUser = user;
    this.log.info({ userId: user.id }, "signed in");
    return user;
  }

  /** Forgets the token; the local data stays for the next sign-in. */
  async signOut(): Promise<void> {
    await this.secrets.remove(TOKEN_SECRET);
    this.store.clearSession();
    this.currentToken = null;
    this.currentUser = null;
    this.log.info("signed out");
  }
}
