import type { Language } from "../i18n/catalog";
import { availableLanguages } from "../i18n/LanguageContext";
import { useLanguage, useT } from "../i18n/useT";

/** The ar / fr / en switcher; the choice is remembered across restarts. */
export function LanguageSelect() {
  const t = useT();
  const { language, setLanguage } = useLanguage();
  return (
    <label className="language">
      <span className="sr-only">{t("language.label")}</span>
      <select
        data-testid="language-select"
        aria-label={t("language.label")}
        value={language}
        onChange={(e) => setLanguage(e.target.value as Language)}
      >
        {availableLanguages.map((l) => (
          <option key={l} value={l}>
            {t(`language.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
