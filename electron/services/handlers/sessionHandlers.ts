import { UserError } from "../../../shared/contract/errors";
import type { RequestHandlers } from "../../../shared/contract/dispatch";
import type { HandlerDeps } from "./context";

type SessionHandlers = Pick<
  RequestHandlers,
  "session.status" | "session.signIn" | "session.signOut"
>;

/** Who is signed in; signing in and out. */
export function sessionHandlers(deps: HandlerDeps): SessionHandlers {
  return {
    "session.status": async () => ({
      user: deps.session.user(),
      serverUrl: deps.session.serverUrl,
    }),

    "session.signIn": async ({ username, password }) => {
      const user = await deps.session.signIn(username, password);
      deps.sync.kick();
      return user;
    },

    "session.signOut": async () => {
      await pushBeforeSignOut(deps);
      await deps.session.signOut();
      deps.sync.kick();
      return {};
    },
  };
}

/**
 * Signing out with changes still in the outbox would leave them to be
 * sent only by this member's next sign-in here, and block everyone else's:
 * so they are pushed first, and sign-out is refused when that fails
 * (offline, or the server refuses the token).
 *
 * @throws UserError `session.error.signOutPending`.
 */
async function pushBeforeSignOut(deps: HandlerDeps): Promise<void> {
  if (deps.store.pendingCount() === 0) return;

  const status = await deps.sync.syncNow();
  if (status.pendingChanges > 0) {
    throw new UserError("session.error.signOutPending", {
      pendingChanges: status.pendingChanges,
    });
  }
}
