import { useCallback, useEffect, useState } from "react";
import type { User } from "../shared/domain/entities";
import type { LajnaClient } from "./client/LajnaClient";
import { DossierScreen } from "./dossier/DossierScreen";
import { ErrorMessage } from "./errors/ErrorMessage";
import { useT } from "./i18n/useT";
import { InboxScreen } from "./inbox/InboxScreen";
import { SignInScreen } from "./shell/SignInScreen";
import { TopBar } from "./shell/TopBar";
import { useSyncStatus } from "./shell/useSyncStatus";

type Route = { screen: "inbox" } | { screen: "dossier"; dossierId: string };

type SessionState =
  | { phase: "checking" }
  | { phase: "signedOut" }
  | { phase: "signedIn"; user: User }
  | { phase: "failed"; error: unknown };

/**
 * The application frame: asks who is signed in, then shows the sign-in
 * screen, the inbox or one dossier under a top bar.
 */
export function App(props: { client: LajnaClient }) {
  const { client } = props;
  const t = useT();
  const [session, setSession] = useState<SessionState>({ phase: "checking" });
  const [route, setRoute] = useState<Route>({ screen: "inbox" });
  const sync = useSyncStatus(client, session.phase === "signedIn");

  const checkSession = useCallback(() => {
    client.request("session.status", {}).then(
      ({ user }) =>
        setSession(user ? { phase: "signedIn", user } : { phase: "signedOut" }),
      (error: unknown) => setSession({ phase: "failed", error }),
    );
  }, [client]);
  useEffect(checkSession, [checkSession]);

  // Sign-out is refused while the member's changes have not reached the
  // server; the member stays signed in and is told why.
  const [signOutError, setSignOutError] = useState<unknown>(null);
  const signOut = useCallback(async () => {
    try {
      await client.request("session.signOut", {});
    } catch (cause) {
      setSignOutError(cause);
      return;
    }
    setSignOutError(null);
    setRoute({ screen: "inbox" });
    setSession({ phase: "signedOut" });
  }, [client]);

  if (session.phase === "checking") {
    return <div className="centered muted">{t("loading")}</div>;
  }
  if (session.phase === "failed") {
    return (
      <div className="centered">
        <ErrorMessage error={session.error} context="session.status" />
        <button type="button" onClick={checkSession}>
          {t("retry")}
        </button>
      </div>
    );
  }
  if (session.phase === "signedOut") {
    return (
      <SignInScreen
        client={client}
        onSignedIn={(user) => setSession({ phase: "signedIn", user })}
      />
    );
  }

  return (
    <div className="app">
      <TopBar
        user={session.user}
        sync={sync}
        onHome={() => setRoute({ screen: "inbox" })}
        onSignOut={() => void signOut()}
      />
      <main className="app-main">
        {signOutError !== null && (
          <ErrorMessage
            error={signOutError}
            context="session.signOut"
            onDismiss={() => setSignOutError(null)}
          />
        )}
        {route.screen === "inbox" ? (
          <InboxScreen
            client={client}
            onOpen={(dossierId) => setRoute({ screen: "dossier", dossierId })}
          />
        ) : (
          <DossierScreen
            key={route.dossierId}
            client={client}
            user={session.user}
            dossierId={route.dossierId}
            onBack={() => setRoute({ screen: "inbox" })}
          />
        )}
      </main>
    </div>
  );
}
