import type { User } from "../../shared/domain/entities";
import { useT } from "../i18n/useT";
import { LanguageSelect } from "./LanguageSelect";
import { SyncIndicator } from "./SyncIndicator";
import type { SyncState } from "./useSyncStatus";

/** The bar over every screen once signed in. */
export function TopBar(props: {
  user: User;
  sync: SyncState;
  onHome: () => void;
  onSignOut: () => void;
}) {
  const t = useT();
  return (
    <header className="top-bar">
      <button type="button" className="brand" onClick={props.onHome}>
        {t("app.title")}
      </button>
      <SyncIndicator sync={props.sync} />
      <div className="top-bar-end">
        <span className="user-name">{props.user.displayName}</span>
        <LanguageSelect />
        <button type="button" data-testid="sign-out" onClick={props.onSignOut}>
          {t("signOut")}
        </button>
      </div>
    </header>
  );
}
