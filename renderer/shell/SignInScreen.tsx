import { useState, type FormEvent } from "react";
import type { User } from "../../shared/domain/entities";
import type { LajnaClient } from "../client/LajnaClient";
import { ErrorMessage } from "../errors/ErrorMessage";
import { useT } from "../i18n/useT";
import { LanguageSelect } from "./LanguageSelect";

/** Username and password, checked by the services ('session.signIn'). */
export function SignInScreen(props: {
  client: LajnaClient;
  onSignedIn: (user: User) => void;
}) {
  const t = useT();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const user = await props.client.request("session.signIn", {
        username: username.trim(),
        password,
      });
      props.onSignedIn(user);
    } catch (cause) {
      setError(cause);
      setPassword("");
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="sign-in">
      <form className="sign-in-card" onSubmit={(e) => void submit(e)}>
        <div className="sign-in-head">
          <h1>{t("app.title")}</h1>
          <LanguageSelect />
        </div>
        <p className="muted">{t("app.subtitle")}</p>
        <h2>{t("signIn.title")}</h2>
        <label>
          {t("signIn.username")}
          <input
            data-testid="signin-username"
            autoComplete="username"
            autoFocus
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </label>
        <label>
          {t("signIn.password")}
          <input
            data-testid="signin-password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {error !== null && <ErrorMessage error={error} context="signIn" />}
        <button
          type="submit"
          className="primary"
          data-testid="signin-submit"
          disabled={busy}
        >
          {busy ? t("signIn.busy") : t("signIn.submit")}
        </button>
      </form>
    </div>
  );
}
